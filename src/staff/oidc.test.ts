/**
 * The staff OIDC login against a real OpenID provider (oidc-provider) on an ephemeral local port, with our
 * client registered and a small interaction that logs in whichever subject the test names and grants
 * consent. The browser is played by following redirects: fetch (with a cookie jar) at the provider, inject
 * at our app (its public address is a name that does not resolve).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../db/index.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { loginStaff, type StaffTestSession } from './test-login.js';

const PUBLIC = 'http://tietolupa.test';
const CLIENT = { id: 'tietolupa-back-office', secret: 'a-long-test-client-secret-0123456789' };
const PEOPLE: Record<string, { name: string; email: string }> = {
  'sub-registered': { name: 'Reetta Rekisteröity', email: 'reetta@dvv.example.fi' },
  'sub-stranger': { name: 'Tuntematon Henkilö', email: 'stranger@example.com' },
  'sub-bootstrap': { name: 'Bertta Bootstrap', email: 'bertta@dvv.example.fi' },
  'sub-disabled': { name: 'Dora Disabled', email: 'dora@dvv.example.fi' },
};

let idp: Server;
let issuer: string;
let t: TestApp;
let aino: StaffTestSession;
/** Who the provider's interaction logs in next; `deny` makes the person decline at the provider. */
let next: { subject: string; deny?: boolean } = { subject: 'sub-registered' };
let browsers = 0;

beforeAll(async () => {
  let provider: Provider | undefined;
  idp = createServer((req, res) => {
    const p = provider as Provider;
    if (req.url?.startsWith('/interaction/')) {
      void interact(p, req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    p.callback()(req, res);
  });
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [`${PUBLIC}/api/back-office/login/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({ sub, ...PEOPLE[sub] }),
    }),
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    cookies: { keys: ['oidc-test-cookie-key'] },
  });

  t = await buildTestApp({
    env: {
      MAIL_POLL_SECONDS: '0',
      PUBLIC_BASE_URL: PUBLIC,
      STAFF_OIDC_ISSUER: issuer,
      STAFF_OIDC_CLIENT_ID: CLIENT.id,
      STAFF_OIDC_CLIENT_SECRET: CLIENT.secret,
      STAFF_OIDC_ADMIN_SUBJECTS: 'sub-bootstrap,sub-other-admin',
    },
  });
  aino = await loginStaff(t.app, 'dev-admin');
  for (const [subject, role] of [
    ['sub-registered', 'handler'],
    ['sub-disabled', 'handler'],
  ] as const) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/back-office/staff',
      headers: aino.headers,
      payload: { subject, name: `${subject} as added`, email: `${subject}@dvv.example.fi`, role },
    });
    expect(res.statusCode).toBe(201);
    if (subject === 'sub-disabled') {
      await t.app.inject({
        method: 'PATCH',
        url: `/api/back-office/staff/${(res.json() as { id: string }).id}`,
        headers: aino.headers,
        payload: { disabled: true },
      });
    }
  }
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => idp.close(resolve));
});

/** The provider's login and consent pages, answered at once for `next.subject`. */
async function interact(provider: Provider, req: IncomingMessage, res: ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  if (next.deny) {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'The person declined' },
      { mergeWithLastSubmission: false },
    );
  } else if (details.prompt.name === 'login') {
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: next.subject } },
      {
        mergeWithLastSubmission: false,
      },
    );
  } else {
    const grant = new provider.Grant({
      accountId: details.session?.accountId as string,
      clientId: details.params.client_id as string,
    });
    grant.addOIDCScope('openid profile email');
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      {
        mergeWithLastSubmission: true,
      },
    );
  }
}

interface Outcome {
  /** Where our app finally sent the browser. */
  location: string;
  staffCookie: string | undefined;
  authorizationUrl: URL;
}

/**
 * A browser logging in: our /login/oidc, then the provider's redirects (its cookies kept), until the
 * provider sends the browser back to our callback, which is answered by our app with its pending cookie.
 */
async function browserLogin(
  returnTo = '/back-office/cases',
  tamper?: (callback: URL) => void,
): Promise<Outcome> {
  // Each login from its own address, as different browsers' would, so the login rate limit does not pace the file.
  const remoteAddress = `192.0.2.${++browsers}`;
  const start = await t.app.inject({
    method: 'GET',
    url: `/api/back-office/login/oidc?returnTo=${encodeURIComponent(returnTo)}`,
    remoteAddress,
  });
  expect(start.statusCode).toBe(302);
  const pendingCookie = start.cookies.find((c) => c.name === 'tietolupa_staff_oidc');
  expect(pendingCookie).toMatchObject({
    httpOnly: true,
    sameSite: 'Lax',
    path: '/api/back-office/login/oidc',
  });
  const authorizationUrl = new URL(start.headers.location as string);
  const jar = new Map<string, string>();
  let url = authorizationUrl.href;
  for (let hop = 0; hop < 12; hop++) {
    if (url.startsWith(PUBLIC)) break;
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair as string).split('=');
      jar.set(name as string, value.join('='));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`the provider stopped at ${res.status}: ${await res.text()}`);
    url = new URL(location, url).href;
  }
  const callback = new URL(url);
  expect(callback.pathname).toBe('/api/back-office/login/oidc/callback');
  tamper?.(callback);
  const done = await t.app.inject({
    method: 'GET',
    url: callback.pathname + callback.search,
    remoteAddress,
    headers: { cookie: `tietolupa_staff_oidc=${pendingCookie?.value}` },
  });
  expect(done.statusCode).toBe(302);
  return {
    location: done.headers.location as string,
    staffCookie: done.cookies.find((c) => c.name === 'tietolupa_staff' && c.value !== '')?.value,
    authorizationUrl,
  };
}

const sessionOf = async (cookie: string | undefined) =>
  (
    await t.app.inject({
      method: 'GET',
      url: '/api/back-office/session',
      headers: { cookie: `tietolupa_staff=${cookie}` },
    })
  ).json() as { staff: { id: string; name: string; email: string; role: string } };

describe('staff OIDC login', () => {
  it('offers OIDC beside the development login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/back-office/login/providers' });
    expect(res.json()).toEqual({ providers: ['oidc', 'development'] });
  });

  it('logs a registered staff member in with the code flow (PKCE S256, state, nonce) and returns them', async () => {
    next = { subject: 'sub-registered' };
    const outcome = await browserLogin('/back-office/cases?state=submitted');
    const params = outcome.authorizationUrl.searchParams;
    expect(outcome.authorizationUrl.origin).toBe(issuer);
    expect(params.get('response_type')).toBe('code');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    expect(params.get('redirect_uri')).toBe(`${PUBLIC}/api/back-office/login/oidc/callback`);
    expect(outcome.location).toBe('/back-office/cases?state=submitted');
    expect(outcome.staffCookie).toBeTruthy();
    // Name and e-mail are refreshed from the provider's claims.
    expect((await sessionOf(outcome.staffCookie)).staff).toMatchObject({
      name: 'Reetta Rekisteröity',
      email: 'reetta@dvv.example.fi',
      role: 'handler',
    });
  });

  it('refuses a subject no administrator has added: no session, a clear error for the login page', async () => {
    next = { subject: 'sub-stranger' };
    const outcome = await browserLogin();
    expect(outcome.location).toBe('/back-office/login?error=not_registered');
    expect(outcome.staffCookie).toBeUndefined();
    const rows = await query(t.db.orm, sql`SELECT 1 FROM staff_user WHERE subject = 'sub-stranger'`);
    expect(rows).toHaveLength(0);
  });

  it('makes a bootstrap subject an administrator at the first login, and only once', async () => {
    next = { subject: 'sub-bootstrap' };
    const first = await browserLogin();
    expect(first.location).toBe('/back-office/cases');
    const me = (await sessionOf(first.staffCookie)).staff;
    expect(me).toMatchObject({ name: 'Bertta Bootstrap', role: 'admin' });
    await browserLogin();
    const rows = await query(t.db.orm, sql`SELECT id FROM staff_user WHERE subject = 'sub-bootstrap'`);
    expect(rows).toEqual([{ id: me.id }]);
  });

  it('keeps a disabled staff member out', async () => {
    next = { subject: 'sub-disabled' };
    const outcome = await browserLogin();
    expect(outcome.location).toBe('/back-office/login?error=staff_disabled');
    expect(outcome.staffCookie).toBeUndefined();
  });

  it('tells the login page when the person declined at the provider', async () => {
    next = { subject: 'sub-registered', deny: true };
    const outcome = await browserLogin();
    expect(outcome.location).toBe('/back-office/login?error=cancelled');
    next = { subject: 'sub-registered' };
  });

  it('refuses a response whose state was changed, and a callback without the pending login', async () => {
    next = { subject: 'sub-registered' };
    const forged = await browserLogin('/back-office', (callback) =>
      callback.searchParams.set('state', 'forged'),
    );
    expect(forged.location).toBe('/back-office/login?error=login_failed');
    expect(forged.staffCookie).toBeUndefined();
    const bare = await t.app.inject({
      method: 'GET',
      url: '/api/back-office/login/oidc/callback?code=x&state=y',
    });
    expect(bare.headers.location).toBe('/back-office/login?error=login_failed');
    const signedByAnother = await t.app.inject({
      method: 'GET',
      url: '/api/back-office/login/oidc/callback?code=x&state=y',
      headers: { cookie: `tietolupa_staff_oidc=${Buffer.from('{}').toString('base64url')}.bad` },
    });
    expect(signedByAnother.headers.location).toBe('/back-office/login?error=login_failed');
  });

  it('returns only inside the back office (no open redirect)', async () => {
    next = { subject: 'sub-registered' };
    for (const returnTo of [
      'https://evil.example/',
      '//evil.example/back-office',
      '/api/session',
      '/back-officer',
    ]) {
      expect((await browserLogin(returnTo)).location).toBe('/back-office');
    }
  });
});
