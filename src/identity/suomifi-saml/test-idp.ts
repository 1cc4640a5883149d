/**
 * A local stand-in for the Suomi.fi test IdP, for route tests: auth0's `samlp` (as in eVaka's dummy-idp)
 * behind a real HTTP server on an ephemeral port. It checks the signature of each AuthnRequest with the SP's
 * certificate, and answers with samlp's real signed and encrypted XML carrying the Suomi.fi attributes, as an
 * auto-posting HTML form. What the next answer looks like (who, which level of assurance, or a deliberately
 * wrong response) is set by the test. Key pairs are made with openssl at test time. Test-only.
 */
import { execFileSync } from 'node:child_process';
import { createPublicKey, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import samlp from 'samlp';
import { ATTR_FIRST_NAMES, ATTR_GIVEN_NAME, ATTR_HETU, ATTR_SURNAME, LOA_HIGH } from './attributes.js';

export interface SamlKeyPair {
  key: string;
  cert: string;
  keyFile: string;
  certFile: string;
}

/** Self-signed RSA-2048 key pairs (the kind Suomi.fi accepts in its test environment), in a temporary folder. */
export function makeSamlKeyPairs<N extends string>(
  names: readonly N[],
): { dir: string; pairs: Record<N, SamlKeyPair>; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tietolupa-saml-'));
  const pairs = {} as Record<N, SamlKeyPair>;
  for (const name of names) {
    const keyFile = path.join(dir, `${name}.key`);
    const certFile = path.join(dir, `${name}.crt`);
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '30',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-subj',
        `/CN=${name}/O=Tietolupa test`,
      ],
      { stdio: 'pipe' },
    );
    pairs[name] = {
      key: readFileSync(keyFile, 'utf8'),
      cert: readFileSync(certFile, 'utf8'),
      keyFile,
      certFile,
    };
  }
  return { dir, pairs, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface IdpPerson {
  hetu: string;
  /** All first names. */
  firstNames: string;
  /** Calling name; the first of the first names when not given. */
  givenName?: string;
  lastName: string;
}

/** How the IdP answers the next AuthnRequest. Everything but `person` defaults to what Suomi.fi does. */
export interface IdpAnswer {
  person: IdpPerson;
  /** AuthnContextClassRef; loa3 by default. */
  loa?: string;
  /** Audience of the assertion; the requesting SP by default. */
  audience?: string;
  signResponse?: boolean;
  signAssertion?: boolean;
  encrypt?: boolean;
  /** Sign with this pair instead of the IdP's own (an impostor). */
  signWith?: { key: string; cert: string };
  /** Answer with a signed error status (the person cancelled) instead of an assertion. */
  cancel?: boolean;
}

export interface ServiceProviderRegistration {
  entityId: string;
  acsUrl: string;
  /** Verifies the AuthnRequest signatures. */
  signingCert: string;
  /** Assertions are encrypted to this. */
  encryptionCert: string;
}

const TRANSIENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';

/** The attributes Suomi.fi sends for the limited data scope (§2.2), as URIs. */
function suomifiProfileMapper(person: unknown) {
  const p = person as IdpPerson;
  const givenName = p.givenName ?? p.firstNames.split(' ')[0]!;
  return {
    getClaims: () => ({
      [ATTR_HETU]: p.hetu,
      'urn:oid:2.5.4.3': `${p.lastName} ${p.firstNames}`,
      'urn:oid:2.16.840.1.113730.3.1.241': `${givenName} ${p.lastName}`,
      [ATTR_FIRST_NAMES]: p.firstNames,
      [ATTR_GIVEN_NAME]: givenName,
      [ATTR_SURNAME]: p.lastName,
    }),
    getNameIdentifier: () => ({
      nameIdentifier: `AA${randomBytes(16).toString('hex')}`,
      nameIdentifierFormat: TRANSIENT,
    }),
  };
}
suomifiProfileMapper.prototype.metadata = [
  { id: ATTR_HETU, displayName: 'nationalIdentificationNumber' },
  { id: ATTR_FIRST_NAMES, displayName: 'FirstName' },
  { id: ATTR_GIVEN_NAME, displayName: 'givenName' },
  { id: ATTR_SURNAME, displayName: 'sn' },
];

export class TestIdp {
  /** What the next AuthnRequest is answered with; set by the test before the browser gets here. */
  answer: IdpAnswer | undefined;
  /** The last AuthnRequest as samlp parsed it. */
  lastRequest: { id?: string; issuer?: string; acsUrl?: string; authnContextClassRef?: string } | undefined;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly entityId: string,
    private readonly keys: { key: string; cert: string },
    private readonly sp: ServiceProviderRegistration,
  ) {}

  get ssoUrl(): string {
    return `${this.url}/sso`;
  }

  get metadataUrl(): string {
    return `${this.url}/metadata`;
  }

  static async start(options: {
    entityId: string;
    keys: { key: string; cert: string };
    sp: ServiceProviderRegistration;
  }): Promise<TestIdp> {
    let idp: TestIdp | undefined;
    const server = createServer((req, res) => {
      idp?.handle(req, res).catch((error: unknown) => reply(res, 500, String(error)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    idp = new TestIdp(server, `http://127.0.0.1:${port}`, options.entityId, options.keys, options.sp);
    return idp;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const request = {
      method: req.method ?? 'GET',
      query: Object.fromEntries(url.searchParams),
      body: {},
      headers: req.headers,
      protocol: 'http',
      originalUrl: req.url ?? '/',
    };
    const response = expressLike(res);
    const fail = (error: unknown) => reply(res, 400, error instanceof Error ? error.message : String(error));

    if (req.method === 'GET' && url.pathname === '/metadata') {
      samlp.metadata({
        issuer: this.entityId,
        cert: this.keys.cert,
        profileMapper: suomifiProfileMapper,
        redirectEndpointPath: '/sso',
        postEndpointPath: '/sso',
      })(request, response);
      return;
    }
    if (req.method !== 'GET' || url.pathname !== '/sso') return reply(res, 404, 'not found');

    const parsed = await new Promise<Parameters<Parameters<typeof samlp.parseRequest>[1]>[1]>(
      (resolve, reject) => samlp.parseRequest(request, (e, data) => (e ? reject(e) : resolve(data))),
    ).catch((e: unknown) => e as Error);
    if (parsed instanceof Error || !parsed) return fail(parsed ?? 'no SAMLRequest');
    this.lastRequest = {
      ...(parsed.id ? { id: parsed.id } : {}),
      ...(parsed.issuer ? { issuer: parsed.issuer } : {}),
      ...(parsed.assertionConsumerServiceURL ? { acsUrl: parsed.assertionConsumerServiceURL } : {}),
      ...(parsed.requestedAuthnContext
        ? { authnContextClassRef: parsed.requestedAuthnContext.authnContextClassRef }
        : {}),
    };
    // Like Suomi.fi: only a registered SP, and only to its registered ACS.
    if (parsed.issuer !== this.sp.entityId) return fail('unknown service provider');
    if (parsed.assertionConsumerServiceURL && parsed.assertionConsumerServiceURL !== this.sp.acsUrl) {
      return fail('unregistered AssertionConsumerServiceURL');
    }
    const answer = this.answer;
    if (!answer) return fail('the test did not say who logs in');
    const signer = answer.signWith ?? this.keys;
    const getPostURL = (...args: unknown[]) => {
      const callback = args[args.length - 1] as (error: unknown, url?: string) => void;
      callback(null, this.sp.acsUrl);
    };

    if (answer.cancel) {
      samlp.sendError({
        issuer: this.entityId,
        key: signer.key,
        cert: signer.cert,
        getPostURL,
        error: { code: 'urn:oasis:names:tc:SAML:2.0:status:Requester', description: 'Cancelled' },
        ...(parsed.id ? { inResponseTo: parsed.id } : {}),
        destination: this.sp.acsUrl,
        RelayState: request.query.RelayState ?? '',
        signResponse: true,
        signatureAlgorithm: 'rsa-sha256',
        digestAlgorithm: 'sha256',
      })(request, response, fail);
      return;
    }

    const encrypt = answer.encrypt ?? true;
    samlp.auth({
      issuer: this.entityId,
      key: signer.key,
      cert: signer.cert,
      // samlp verifies the AuthnRequest's Signature/SigAlg with this and refuses an unsigned request.
      signingCert: this.sp.signingCert,
      getPostURL,
      getUserFromRequest: () => answer.person,
      profileMapper: suomifiProfileMapper,
      ...(answer.audience ? { audience: answer.audience } : {}),
      destination: this.sp.acsUrl,
      recipient: this.sp.acsUrl,
      signatureAlgorithm: 'rsa-sha256',
      digestAlgorithm: 'sha256',
      signResponse: answer.signResponse ?? true,
      signAssertion: answer.signAssertion ?? true,
      ...(encrypt
        ? {
            encryptionCert: this.sp.encryptionCert,
            encryptionPublicKey: createPublicKey(this.sp.encryptionCert)
              .export({ type: 'spki', format: 'pem' })
              .toString(),
          }
        : {}),
      authnContextClassRef: answer.loa ?? LOA_HIGH,
      lifetimeInSeconds: 300,
      sessionIndex: `_${randomBytes(8).toString('hex')}`,
      includeAttributeNameFormat: true,
    })(request, response, fail);
  }
}

function reply(res: ServerResponse, status: number, body: string): void {
  if (res.headersSent) return;
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(body);
}

function expressLike(res: ServerResponse) {
  return {
    set(name: string, value: string) {
      res.setHeader(name, value);
    },
    send(statusOrBody: number | string | Buffer, body?: unknown) {
      if (typeof statusOrBody === 'number') {
        res.statusCode = statusOrBody;
        res.end(body === undefined ? '' : String(body));
      } else {
        res.end(statusOrBody);
      }
    },
  };
}

/** The auto-posting form an IdP answers with, read as a browser would: where it posts, and its fields. */
export function readAutoPostForm(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form[^>]*\saction="([^"]*)"/i.exec(html)?.[1];
  if (action === undefined) throw new Error('no form in the IdP page');
  const fields: Record<string, string> = {};
  for (const input of html.matchAll(/<input\b[^>]*>/gi)) {
    const name = /\sname="([^"]*)"/i.exec(input[0])?.[1];
    const value = /\svalue="([^"]*)"/i.exec(input[0])?.[1];
    if (name !== undefined) fields[unescapeHtml(name)] = unescapeHtml(value ?? '');
  }
  return { action: unescapeHtml(action), fields };
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
