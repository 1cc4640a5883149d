import { verify } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import { query } from '../../db/index.js';
import { makeTestHetu } from '../../register/hetu.js';
import { buildTestApp, type TestApp } from '../../test-app.js';
import { SESSION_COOKIE } from '../cookie.js';
import { enabledProviders } from '../providers.js';
import { TEST_PERSONS } from '../test-persons.js';
import { LOA_HIGH, LOA_SUBSTANTIAL } from './attributes.js';
import { readIdpMetadata } from './metadata.js';
import { REQUEST_COOKIE } from './provider.js';
import { type IdpAnswer, type IdpPerson, makeSamlKeyPairs, readAutoPostForm, TestIdp } from './test-idp.js';

const PUBLIC_BASE_URL = 'https://asiointi.tietolupa.test';
const SP_ENTITY_ID = 'https://asiointi.tietolupa.test/saml/sp';
const IDP_ENTITY_ID = 'https://idp.tietolupa.test/suomifi-test';
const ROUTES = '/api/identity/suomifi-saml';
const ACS_URL = `${PUBLIC_BASE_URL}${ROUTES}/acs`;
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const TRANSIENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';

const [tessaListed, joniListed] = TEST_PERSONS as [(typeof TEST_PERSONS)[0], (typeof TEST_PERSONS)[0]];
const tessa: IdpPerson = { hetu: tessaListed.hetu, firstNames: 'Tessa', lastName: 'Testilä' };
// Several first names, the calling name not the first of them.
const joni: IdpPerson = {
  hetu: joniListed.hetu,
  firstNames: 'Joni Kristian',
  givenName: 'Kristian',
  lastName: 'Kivi',
};
const unlisted: IdpPerson = {
  hetu: makeTestHetu('1990-03-15', 932),
  firstNames: 'Sanni Maria',
  lastName: 'Testinen',
};

const keys = makeSamlKeyPairs(['sp', 'sp-encryption', 'idp', 'impostor'] as const);
const { sp, idp: idpKeys, impostor } = keys.pairs;
const spEncryption = keys.pairs['sp-encryption'];

let idp: TestIdp;
let t: TestApp;

function samlEnv(idpSettings: Record<string, string>): Record<string, string> {
  return {
    MAIL_POLL_SECONDS: '0',
    PUBLIC_BASE_URL,
    SUOMIFI_SAML_SP_ENTITY_ID: SP_ENTITY_ID,
    SUOMIFI_SAML_SP_KEY_FILE: sp.keyFile,
    SUOMIFI_SAML_SP_CERT_FILE: sp.certFile,
    SUOMIFI_SAML_SP_ENCRYPTION_KEY_FILE: spEncryption.keyFile,
    SUOMIFI_SAML_SP_ENCRYPTION_CERT_FILE: spEncryption.certFile,
    ...idpSettings,
  };
}

beforeAll(async () => {
  idp = await TestIdp.start({
    entityId: IDP_ENTITY_ID,
    keys: idpKeys,
    sp: { entityId: SP_ENTITY_ID, acsUrl: ACS_URL, signingCert: sp.cert, encryptionCert: spEncryption.cert },
  });
  t = await buildTestApp({
    env: samlEnv({
      SUOMIFI_SAML_IDP_ENTRY_POINT: idp.ssoUrl,
      SUOMIFI_SAML_IDP_CERT_FILE: idpKeys.certFile,
      SUOMIFI_SAML_IDP_ENTITY_ID: IDP_ENTITY_ID,
    }),
  });
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
  keys.remove();
});
afterEach(() => {
  vi.useRealTimers();
  idp.answer = undefined;
});

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
});
const base64Of = (pem: string) => pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');

let clients = 0;
/** Each browser from its own address, so that the login rate limit does not pace this file. */
const nextAddress = () => `192.0.2.${++clients % 250}`;

/** The browser asks us to log in: our 302 to the IdP and the cookie that binds the answer to it. */
async function startLogin(app: FastifyInstance, queryString = 'returnTo=%2Fmy-page') {
  const res = await app.inject({ method: 'GET', url: `${ROUTES}/login?${queryString}` });
  expect(res.statusCode).toBe(302);
  const requestCookie = res.cookies.find((c) => c.name === REQUEST_COOKIE)?.value;
  expect(requestCookie).toMatch(/^_[0-9a-f]{40}$/);
  return { res, location: String(res.headers.location), requestCookie: requestCookie as string };
}

/** The browser follows the redirect to the IdP, which answers with an auto-posting form. */
async function visitIdp(location: string, answer: IdpAnswer) {
  idp.answer = answer;
  const res = await fetch(location);
  const html = await res.text();
  expect(res.status, html).toBe(200);
  const form = readAutoPostForm(html);
  expect(form.action).toBe(ACS_URL);
  expect(Object.keys(form.fields).sort()).toEqual(['RelayState', 'SAMLResponse']);
  return form.fields;
}

/** The browser posts the form to our ACS, with whatever request cookie it has. */
function postToAcs(app: FastifyInstance, fields: Record<string, string>, requestCookie: string | undefined) {
  return app.inject({
    method: 'POST',
    url: `${ROUTES}/acs`,
    payload: new URLSearchParams(fields).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(requestCookie ? { cookie: `${REQUEST_COOKIE}=${requestCookie}` } : {}),
    },
    remoteAddress: nextAddress(),
  });
}

async function loginThroughIdp(app: FastifyInstance, answer: IdpAnswer, queryString?: string) {
  const { location, requestCookie } = await startLogin(app, queryString);
  const fields = await visitIdp(location, answer);
  const res = await postToAcs(app, fields, requestCookie);
  return { res, fields, requestCookie };
}

const sessionCookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  res.cookies.find((c) => c.name === SESSION_COOKIE && c.value !== '')?.value;

/** The last refusal's reason in the log (which node-saml or our own check said no). */
function lastRefusal(): { code: string; reason: string } {
  const line = [...t.logLines].reverse().find((l) => l.includes('Suomi.fi identification refused'));
  expect(line).toBeDefined();
  return JSON.parse(line as string) as { code: string; reason: string };
}

function expectRefused(res: Awaited<ReturnType<typeof postToAcs>>, code: string) {
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe(`/login?error=${code}`);
  expect(sessionCookieOf(res)).toBeUndefined();
}

describe('GET /api/identity/suomifi-saml/metadata', () => {
  it('is well-formed SP metadata naming our entityID, the ACS and both certificates', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${ROUTES}/metadata` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/samlmetadata+xml; charset=utf-8');
    expect(XMLValidator.validate(res.body)).toBe(true);
    expect(res.body).not.toMatch(/PRIVATE KEY/);

    const entity = xml.parse(res.body).EntityDescriptor;
    expect(entity['@entityID']).toBe(SP_ENTITY_ID);
    const descriptor = entity.SPSSODescriptor;
    expect(descriptor['@AuthnRequestsSigned']).toBe('true');
    expect(descriptor['@WantAssertionsSigned']).toBe('true');
    expect(descriptor.NameIDFormat).toBe(TRANSIENT);
    expect(descriptor.AssertionConsumerService).toMatchObject({
      '@Binding': 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
      '@Location': ACS_URL,
    });
    const certOf = (use: string) => {
      const keyDescriptors = [descriptor.KeyDescriptor].flat();
      const found = keyDescriptors.find((k: Record<string, unknown>) => k['@use'] === use);
      return String(found.KeyInfo.X509Data.X509Certificate).replace(/\s+/g, '');
    };
    expect(certOf('signing')).toBe(base64Of(sp.cert));
    expect(certOf('encryption')).toBe(base64Of(spEncryption.cert));
    expect(certOf('signing')).not.toBe(certOf('encryption'));
  });
});

describe('GET /api/identity/suomifi-saml/login', () => {
  it('redirects to the IdP with an AuthnRequest signed with RSA-SHA256 by our key, asking for loa2 at minimum', async () => {
    const { res, location, requestCookie } = await startLogin(t.app, 'returnTo=%2Fmy-page&locale=sv');
    expect(location.startsWith(`${idp.ssoUrl}?`)).toBe(true);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(String(res.headers['set-cookie'])).toBe(
      `${REQUEST_COOKIE}=${requestCookie}; Max-Age=600; Path=${ROUTES}; HttpOnly; Secure; SameSite=None`,
    );

    // HTTP-Redirect binding: the signature covers the URL-encoded SAMLRequest, RelayState and SigAlg as sent.
    const rawQuery = location.slice(location.indexOf('?') + 1);
    const raw = Object.fromEntries(rawQuery.split('&').map((p) => p.split('=') as [string, string]));
    expect(Object.keys(raw)).toEqual(['SAMLRequest', 'SigAlg', 'Signature', 'locale']);
    expect(decodeURIComponent(raw.SigAlg as string)).toBe(RSA_SHA256);
    expect(raw.locale).toBe('sv');
    const signed = Buffer.from(`SAMLRequest=${raw.SAMLRequest}&SigAlg=${raw.SigAlg}`);
    const signature = Buffer.from(decodeURIComponent(raw.Signature as string), 'base64');
    expect(verify('RSA-SHA256', signed, sp.cert, signature)).toBe(true);
    expect(verify('RSA-SHA256', signed, impostor.cert, signature)).toBe(false);
    expect(verify('RSA-SHA256', Buffer.from(`${signed}x`), sp.cert, signature)).toBe(false);

    const requestXml = inflateRawSync(
      Buffer.from(decodeURIComponent(raw.SAMLRequest as string), 'base64'),
    ).toString('utf8');
    const request = xml.parse(requestXml).AuthnRequest;
    expect(request).toMatchObject({
      '@ID': requestCookie,
      '@Destination': idp.ssoUrl,
      '@AssertionConsumerServiceURL': ACS_URL,
      '@ProtocolBinding': 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
      Issuer: SP_ENTITY_ID,
      NameIDPolicy: { '@Format': TRANSIENT },
      RequestedAuthnContext: { '@Comparison': 'minimum', AuthnContextClassRef: LOA_SUBSTANTIAL },
    });
  });

  it.each([
    '//evil.example/steal',
    'https://evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    'my-page',
    '/my-page\r\nSet-Cookie: x=1',
    '/my page',
  ])('refuses returnTo %j (400, no redirect, no login started)', async (returnTo) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${ROUTES}/login?returnTo=${encodeURIComponent(returnTo)}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: 'invalid_return_to',
      message: 'returnTo must be a path on this site, such as /my-page',
    });
    expect(res.headers.location).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('POST /api/identity/suomifi-saml/acs', () => {
  it('logs the person in through the samlp IdP and returns to returnTo; GET /api/session shows them', async () => {
    const { res, fields, requestCookie } = await loginThroughIdp(
      t.app,
      { person: joni },
      `returnTo=${encodeURIComponent('/my-page/applications?tab=sent#top')}`,
    );
    // The IdP saw a request it verified with our certificate, asking for loa2 at minimum.
    expect(idp.lastRequest).toEqual({
      id: requestCookie,
      issuer: SP_ENTITY_ID,
      acsUrl: ACS_URL,
      authnContextClassRef: LOA_SUBSTANTIAL,
    });
    // What came back was signed, with an encrypted assertion and no readable personal data.
    const responseXml = Buffer.from(fields.SAMLResponse as string, 'base64').toString('utf8');
    expect(responseXml).toMatch(/<saml:EncryptedAssertion/);
    expect(responseXml).toMatch(/<Signature/);
    expect(responseXml).not.toContain(joni.hetu);
    expect(responseXml).not.toContain('Kivi');

    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/my-page/applications?tab=sent#top');
    const token = sessionCookieOf(res);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(String(res.headers['set-cookie'])).toMatch(
      new RegExp(`${REQUEST_COOKIE}=; Max-Age=0; Path=${ROUTES}`),
    );

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `${SESSION_COOKIE}=${token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { firstNames: 'Joni Kristian', givenName: 'Kristian', lastName: 'Kivi', language: 'fi' },
      organisations: [],
    });
    const sessions = await query<{ provider: string; user_id: string }>(
      t.db.orm,
      sql`SELECT provider, user_id FROM session ORDER BY created_at DESC LIMIT 1`,
    );
    expect(sessions).toEqual([{ provider: 'suomifi-saml', user_id: me.json().user.id }]);
    const log = t.logLines.join('');
    expect(log).toContain('"loa":"http://ftn.ficora.fi/2017/loa3"');
    expect(log).not.toContain(joni.hetu);

    // Local logout ends the session (SAML single logout is not implemented).
    const csrfToken = me.json().csrfToken as string;
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/session/logout',
      headers: { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrfToken },
    });
    expect(logout.statusCode).toBe(204);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `${SESSION_COOKIE}=${token}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it.each([
    [LOA_SUBSTANTIAL, tessa],
    [LOA_HIGH, unlisted],
  ])('accepts %s, and goes to /my-page without returnTo', async (loa, person) => {
    const { res } = await loginThroughIdp(t.app, { person, loa }, '');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/my-page');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `${SESSION_COOKIE}=${sessionCookieOf(res)}` },
    });
    expect(me.json().user).toMatchObject({
      firstNames: person.firstNames,
      givenName: person.firstNames.split(' ')[0],
      lastName: person.lastName,
    });
  });

  it('recognises a returning person by identity code: the same user as before', async () => {
    const first = await loginThroughIdp(t.app, { person: unlisted });
    const again = await loginThroughIdp(t.app, { person: { ...unlisted, lastName: 'Uusinimi' } });
    const userOf = async (res: typeof first.res) =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/session',
          headers: { cookie: `${SESSION_COOKIE}=${sessionCookieOf(res)}` },
        })
      ).json().user;
    const [a, b] = [await userOf(first.res), await userOf(again.res)];
    expect(b.id).toBe(a.id);
    expect(b.lastName).toBe('Uusinimi');
  });

  it('refuses an assertion at loa1 (below substantial)', async () => {
    const { res } = await loginThroughIdp(t.app, { person: tessa, loa: 'http://ftn.ficora.fi/2017/loa1' });
    expectRefused(res, 'assurance_level_too_low');
    expect(lastRefusal().code).toBe('assurance_level_too_low');
  });

  it('refuses a response where neither the response nor the assertion is signed', async () => {
    const { res } = await loginThroughIdp(t.app, {
      person: tessa,
      signResponse: false,
      signAssertion: false,
    });
    expectRefused(res, 'identification_failed');
    expect(lastRefusal().reason).toBe('Invalid document signature');
  });

  it('refuses a signed response whose encrypted assertion is not signed itself', async () => {
    const { res } = await loginThroughIdp(t.app, { person: tessa, signAssertion: false });
    expectRefused(res, 'identification_failed');
    expect(lastRefusal().reason).toBe('Invalid signature from encrypted assertion');
  });

  it('refuses a response signed by a key that is not the IdP’s', async () => {
    const { res } = await loginThroughIdp(t.app, { person: tessa, signWith: impostor });
    expectRefused(res, 'identification_failed');
    expect(lastRefusal().reason).toBe('Invalid document signature');
  });

  it('refuses a tampered response: a response to one request rewritten to answer another', async () => {
    const victim = await startLogin(t.app);
    const attacker = await startLogin(t.app);
    const fields = await visitIdp(attacker.location, { person: tessa });
    const original = Buffer.from(fields.SAMLResponse as string, 'base64').toString('utf8');
    const tampered = original.replace(
      `InResponseTo="${attacker.requestCookie}"`,
      `InResponseTo="${victim.requestCookie}"`,
    );
    expect(tampered).not.toBe(original);
    const res = await postToAcs(
      t.app,
      { ...fields, SAMLResponse: Buffer.from(tampered).toString('base64') },
      victim.requestCookie,
    );
    expectRefused(res, 'identification_failed');
    expect(lastRefusal().reason).toBe('Invalid document signature');
  });

  it('refuses an assertion for another audience', async () => {
    const { res } = await loginThroughIdp(t.app, { person: tessa, audience: 'https://other.example/sp' });
    expectRefused(res, 'identification_failed');
    expect(lastRefusal().reason).toBe(
      `SAML assertion audience mismatch. Expected: ${SP_ENTITY_ID} Received: https://other.example/sp`,
    );
  });

  it('refuses a signed assertion that is not encrypted', async () => {
    const { res, fields } = await loginThroughIdp(t.app, { person: tessa, encrypt: false });
    expect(Buffer.from(fields.SAMLResponse as string, 'base64').toString('utf8')).toContain(tessa.hetu);
    expectRefused(res, 'identification_failed');
    expect(lastRefusal().reason).toBe('assertion not encrypted');
  });

  it('refuses a replayed response (same InResponseTo), even with the original request cookie', async () => {
    const first = await loginThroughIdp(t.app, { person: tessa });
    expect(first.res.statusCode).toBe(303);
    expect(sessionCookieOf(first.res)).toBeDefined();
    const replay = await postToAcs(t.app, first.fields, first.requestCookie);
    expectRefused(replay, 'identification_failed');
    expect(lastRefusal().reason).toBe('InResponseTo is not valid');
  });

  it('refuses a response posted in a browser that started no login (login CSRF)', async () => {
    const { location } = await startLogin(t.app);
    const fields = await visitIdp(location, { person: tessa });
    const res = await postToAcs(t.app, fields, undefined);
    expectRefused(res, 'login_expired');
  });

  it('refuses a valid response to another browser’s request', async () => {
    const victim = await startLogin(t.app);
    const attacker = await startLogin(t.app);
    const fields = await visitIdp(attacker.location, { person: tessa });
    const res = await postToAcs(t.app, fields, victim.requestCookie);
    expectRefused(res, 'identification_failed');
    expect(lastRefusal().reason).toBe('InResponseTo is a request of another browser');
  });

  // samlp's assertions live 300 s; node-saml reads the system clock, which the test moves.
  it('accepts an assertion 15 s past its NotOnOrAfter, within the 30 s clock skew', async () => {
    const { location, requestCookie } = await startLogin(t.app);
    const fields = await visitIdp(location, { person: tessa });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 315_000);
    const res = await postToAcs(t.app, fields, requestCookie);
    vi.useRealTimers();
    expect(res.headers.location).toBe('/my-page');
    expect(sessionCookieOf(res)).toBeDefined();
  });

  it('refuses an expired assertion (past NotOnOrAfter and the 30 s clock skew)', async () => {
    const { location, requestCookie } = await startLogin(t.app);
    const fields = await visitIdp(location, { person: tessa });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 331_000);
    const res = await postToAcs(t.app, fields, requestCookie);
    vi.useRealTimers();
    expectRefused(res, 'identification_failed');
    // The first time check node-saml makes is the SubjectConfirmationData's NotOnOrAfter.
    expect(lastRefusal().reason).toBe(
      'No valid subject confirmation found among those available in the SAML assertion',
    );
  });

  it('sends a person who cancelled at the IdP back to the login page', async () => {
    const { res } = await loginThroughIdp(t.app, { person: tessa, cancel: true });
    expectRefused(res, 'identification_cancelled');
    expect(lastRefusal().reason).toMatch(/^SAML provider returned Requester error/);
  });

  it('refuses a login that was started longer ago than 10 minutes', async () => {
    const { location, requestCookie } = await startLogin(t.app);
    const fields = await visitIdp(location, { person: tessa });
    t.clock.advance(10 * 60_000);
    try {
      const res = await postToAcs(t.app, fields, requestCookie);
      expectRefused(res, 'identification_failed');
      expect(lastRefusal().reason).toBe('InResponseTo is not valid');
    } finally {
      t.clock.advance(-10 * 60_000);
    }
  });

  it('keeps identity codes out of the logs, refusals included', async () => {
    await loginThroughIdp(t.app, { person: unlisted, loa: 'http://ftn.ficora.fi/2017/loa1' });
    const log = t.logLines.join('');
    for (const person of [tessa, joni, unlisted]) expect(log).not.toContain(person.hetu);
  });
});

describe('configuration', () => {
  it('reads the IdP from samlp’s metadata file, and a login works with it', async () => {
    const metadataXml = await (await fetch(idp.metadataUrl)).text();
    const metadata = readIdpMetadata(metadataXml);
    expect(metadata).toEqual({
      entityId: IDP_ENTITY_ID,
      entryPoint: idp.ssoUrl,
      certs: [expect.stringContaining(base64Of(idpKeys.cert).slice(0, 64))],
    });
    expect(base64Of(metadata.certs[0] as string)).toBe(base64Of(idpKeys.cert));

    const metadataFile = path.join(keys.dir, 'idp-metadata.xml');
    writeFileSync(metadataFile, metadataXml);
    const fromMetadata = await buildTestApp({
      env: samlEnv({ SUOMIFI_SAML_IDP_METADATA_FILE: metadataFile }),
    });
    try {
      const { res } = await loginThroughIdp(fromMetadata.app, { person: tessa });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/my-page');
      expect(sessionCookieOf(res)).toBeDefined();
    } finally {
      await fromMetadata.close();
    }
  });

  it('reads Suomi.fi-style IdP metadata: prefixed names, the current and the next signing certificate', () => {
    const b64 = (pem: string) => base64Of(pem).replace(/(.{64})/g, '$1\n');
    const metadata = `<?xml version="1.0" encoding="UTF-8"?>
<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
  <md:EntityDescriptor entityID="https://testi.apro.tunnistus.fi/idp1">
    <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>
${b64(idpKeys.cert)}
      </ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
      <md:KeyDescriptor><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${b64(impostor.cert)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
      <md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${b64(sp.cert)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
      <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://testi.apro.tunnistus.fi/idp/profile/SAML2/POST/SSO"/>
      <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://testi.apro.tunnistus.fi/idp/profile/SAML2/Redirect/SSO"/>
    </md:IDPSSODescriptor>
  </md:EntityDescriptor>
</md:EntitiesDescriptor>`;
    const read = readIdpMetadata(metadata);
    expect(read.entityId).toBe('https://testi.apro.tunnistus.fi/idp1');
    expect(read.entryPoint).toBe('https://testi.apro.tunnistus.fi/idp/profile/SAML2/Redirect/SSO');
    expect(read.certs.map(base64Of)).toEqual([base64Of(idpKeys.cert), base64Of(impostor.cert)]);
    expect(() => readIdpMetadata(metadata.replace('HTTP-Redirect', 'SOAP'))).toThrow(
      'has no HTTP-Redirect SingleSignOnService with an http(s) Location',
    );
    expect(() => readIdpMetadata(`<!DOCTYPE x [<!ENTITY a "b">]>${metadata.slice(39)}`)).toThrow(
      'XML with a DOCTYPE or entity declaration',
    );
  });

  it('with SUOMIFI_SAML_LOA=high asks for loa3 and refuses loa2', async () => {
    const high = await buildTestApp({
      env: samlEnv({
        SUOMIFI_SAML_IDP_ENTRY_POINT: idp.ssoUrl,
        SUOMIFI_SAML_IDP_CERT_FILE: idpKeys.certFile,
        SUOMIFI_SAML_LOA: 'high',
      }),
    });
    try {
      const { res } = await loginThroughIdp(high.app, { person: tessa, loa: LOA_SUBSTANTIAL });
      expect(idp.lastRequest?.authnContextClassRef).toBe(LOA_HIGH);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/login?error=assurance_level_too_low');
      expect(sessionCookieOf(res)).toBeUndefined();
    } finally {
      await high.close();
    }
  });

  it('stops the start with the setting’s name when a key and its certificate do not match', () => {
    const config = loadConfig({
      ...samlEnv({ SUOMIFI_SAML_IDP_ENTRY_POINT: idp.ssoUrl, SUOMIFI_SAML_IDP_CERT_FILE: idpKeys.certFile }),
      SUOMIFI_SAML_SP_CERT_FILE: impostor.certFile,
    });
    expect(() => enabledProviders(config)).toThrow(ConfigError);
    expect(() => enabledProviders(config)).toThrow(
      'Invalid configuration: SUOMIFI_SAML_SP_CERT_FILE is not the certificate of the key in SUOMIFI_SAML_SP_KEY_FILE',
    );
    const missing = loadConfig(
      samlEnv({
        SUOMIFI_SAML_IDP_ENTRY_POINT: idp.ssoUrl,
        SUOMIFI_SAML_IDP_CERT_FILE: '/nonexistent/idp.crt',
      }),
    );
    expect(() => enabledProviders(missing)).toThrow(
      'Invalid configuration: SUOMIFI_SAML_IDP_CERT_FILE cannot be read (/nonexistent/idp.crt)',
    );
  });

  it('is enabled in production, where the development provider is not', async () => {
    const prod = await buildTestApp({
      env: {
        ...samlEnv({
          SUOMIFI_SAML_IDP_ENTRY_POINT: idp.ssoUrl,
          SUOMIFI_SAML_IDP_CERT_FILE: idpKeys.certFile,
        }),
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
      },
    });
    try {
      expect(enabledProviders(prod.config).map((p) => p.name)).toEqual(['suomifi-saml']);
      const offered = await prod.app.inject({ method: 'GET', url: '/api/identity/providers' });
      expect(offered.json()).toEqual({ providers: ['suomifi-saml'] });
      expect((await prod.app.inject({ method: 'GET', url: `${ROUTES}/metadata` })).statusCode).toBe(200);
      expect((await prod.app.inject({ method: 'GET', url: '/api/identity/dev/persons' })).statusCode).toBe(
        404,
      );
      const { res } = await loginThroughIdp(prod.app, { person: tessa });
      expect(res.headers.location).toBe('/my-page');
      expect(sessionCookieOf(res)).toBeDefined();
    } finally {
      await prod.close();
    }
  });

  it('is off without settings: no Suomi.fi routes', async () => {
    expect(enabledProviders(loadConfig({})).map((p) => p.name)).toEqual(['development']);
  });
});
