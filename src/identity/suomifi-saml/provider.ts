/**
 * Suomi.fi e-Identification: our SAML 2.0 service provider (@node-saml/node-saml, used directly as eVaka
 * does). Enabled by providers.ts when SUOMIFI_SAML_* is configured, in production too.
 *
 * GET  /api/identity/suomifi-saml/metadata             our SP metadata, to register in Palveluhallinta
 * GET  /api/identity/suomifi-saml/login?returnTo=/path  302 to the IdP with a signed AuthnRequest
 *                                                       (HTTP-Redirect, RSA-SHA256, LoA minimum loa2/loa3)
 * POST /api/identity/suomifi-saml/acs                  the IdP's answer (HTTP-POST): session cookie and 303 to
 *                                                       returnTo, or 303 to /login?error=<code>
 *
 * What a response must be: signed as a whole and in its assertion by a configured IdP certificate, the
 * assertion encrypted to us, for our audience, within its validity (30 s clock skew), in response to a
 * request this browser started here and not answered before, at the required level of assurance, with a
 * valid hetu and names.
 *
 * Logout is local: POST /api/session/logout ends our session. SAML Single Logout (which Suomi.fi requires
 * before production) is NOT implemented: it needs the NameID and SessionIndex stored with the session and
 * the LogoutRequest/LogoutResponse endpoints in the metadata.
 */
import { randomBytes } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { SAML, type SamlConfig, SamlStatusError, ValidateInResponseTo } from '@node-saml/node-saml';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Config, SuomifiSamlConfig } from '../../config.js';
import { badRequest } from '../../errors.js';
import { cookieSecure } from '../cookie.js';
import { completeLogin, type LoginDeps, loginRateLimit } from '../login.js';
import type { IdentityProvider } from '../providers.js';
import {
  assertAssurance,
  IdentificationRefused,
  personFromProfile,
  type RefusalCode,
  requestedClassRef,
} from './attributes.js';
import { PendingRequests } from './pending-requests.js';
import { checkResponseShape } from './response.js';
import { resolveSamlSettings, SAML_ROUTES, type SamlSettings } from './settings.js';

export const PROVIDER_NAME = 'suomifi-saml';
/** Binds a response to the browser that started the login (against login CSRF). */
export const REQUEST_COOKIE = 'tietolupa_saml_request';
/** How long a person has at the IdP. */
export const REQUEST_TTL_MS = 10 * 60_000;
export const CLOCK_SKEW_MS = 30_000;
export const DEFAULT_RETURN_TO = '/my-page';
/** Where a refused identification lands: the web app's login page shows the code. */
export const ERROR_PAGE = '/login';

export type LoginErrorCode =
  | RefusalCode
  | 'identification_failed'
  | 'identification_cancelled'
  | 'login_expired';

const TRANSIENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';

const LoginQuery = Type.Object(
  {
    returnTo: Type.Optional(Type.String({ maxLength: 1024 })),
    /** The IdP's user interface language. */
    locale: Type.Optional(Type.Union([Type.Literal('fi'), Type.Literal('sv'), Type.Literal('en')])),
  },
  { additionalProperties: false },
);

const AcsBody = Type.Object(
  {
    SAMLResponse: Type.String({ minLength: 1, maxLength: 400_000 }),
    RelayState: Type.Optional(Type.String({ maxLength: 1024 })),
  },
  { additionalProperties: false },
);

export function suomifiSamlProvider(
  saml: SuomifiSamlConfig,
  config: Pick<Config, 'publicBaseUrl'>,
): IdentityProvider {
  // Read and checked now, at start: a bad key or certificate stops the process with the setting's name.
  const settings = resolveSamlSettings(saml, config);
  return {
    name: PROVIDER_NAME,
    registerRoutes(scope, deps) {
      // A child scope: the IdP posts a form, and only the ACS should parse one.
      scope.register(async (child) => routes(child, deps, settings));
    },
  };
}

function samlOptions(settings: SamlSettings, pending: PendingRequests): SamlConfig {
  return {
    entryPoint: settings.idp.entryPoint,
    idpCert: settings.idp.certs,
    ...(settings.idp.entityId ? { idpIssuer: settings.idp.entityId } : {}),
    issuer: settings.spEntityId,
    audience: settings.spEntityId,
    callbackUrl: settings.acsUrl,
    privateKey: settings.signing.key,
    publicCert: settings.signing.cert,
    decryptionPvk: settings.encryption.key,
    signatureAlgorithm: 'sha256',
    digestAlgorithm: 'sha256',
    identifierFormat: TRANSIENT,
    authnContext: [requestedClassRef(settings.minimumLoa)],
    racComparison: 'minimum',
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: true,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_TTL_MS,
    cacheProvider: pending,
  };
}

async function routes(scope: FastifyInstance, deps: LoginDeps, settings: SamlSettings): Promise<void> {
  const pending = new PendingRequests(deps.clock, REQUEST_TTL_MS);
  const options = samlOptions(settings, pending);
  const validator = new SAML(options);
  const metadata = validator.generateServiceProviderMetadata(settings.encryption.cert, settings.signing.cert);

  scope.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 512 * 1024 },
    (_request, body, done) => {
      const form: Record<string, string> = {};
      for (const [key, value] of new URLSearchParams(body as string)) {
        if (key in form) return done(badRequest('invalid_request', `Repeated form field ${key}`));
        form[key] = value;
      }
      done(null, form);
    },
  );
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(`${SAML_ROUTES}/metadata`, async (_request, reply) =>
    reply.type('application/samlmetadata+xml; charset=utf-8').send(metadata),
  );

  app.get(`${SAML_ROUTES}/login`, { schema: { querystring: LoginQuery } }, async (request, reply) => {
    const returnTo = safeReturnTo(request.query.returnTo ?? DEFAULT_RETURN_TO);
    if (returnTo === undefined) {
      throw badRequest('invalid_return_to', 'returnTo must be a path on this site, such as /my-page');
    }
    // Our own id, so that the request, the pending entry and the browser's cookie name the same thing.
    const requestId = `_${randomBytes(20).toString('hex')}`;
    pending.begin(requestId, returnTo);
    const saml = new SAML({ ...options, generateUniqueId: () => requestId });
    const url = await saml.getAuthorizeUrlAsync('', undefined, {});
    reply.setCookie(REQUEST_COOKIE, requestId, {
      ...requestCookie(deps, request),
      maxAge: REQUEST_TTL_MS / 1000,
    });
    reply.header('cache-control', 'no-store');
    // Suomi.fi reads the language from a last, unsigned parameter.
    return reply.redirect(request.query.locale ? `${url}&locale=${request.query.locale}` : url, 302);
  });

  app.post(
    `${SAML_ROUTES}/acs`,
    { onRequest: loginRateLimit(deps), schema: { body: AcsBody } },
    async (request, reply) => {
      const expectedRequest = request.cookies[REQUEST_COOKIE];
      reply.clearCookie(REQUEST_COOKIE, requestCookie(deps, request));
      reply.header('cache-control', 'no-store');
      const refuse = (code: LoginErrorCode, reason: string) => {
        request.log.warn({ code, reason }, 'Suomi.fi identification refused');
        return reply.redirect(`${ERROR_PAGE}?error=${code}`, 303);
      };
      if (!expectedRequest) return refuse('login_expired', 'no login in progress in this browser');

      let profile: Awaited<ReturnType<SAML['validatePostResponseAsync']>>['profile'];
      try {
        checkResponseShape(request.body.SAMLResponse, settings.acsUrl);
        ({ profile } = await validator.validatePostResponseAsync({
          SAMLResponse: request.body.SAMLResponse,
        }));
      } catch (error) {
        const reason = error instanceof Error ? error.message : 'unreadable response';
        return refuse(
          error instanceof SamlStatusError ? 'identification_cancelled' : 'identification_failed',
          reason,
        );
      }
      if (!profile) return refuse('identification_failed', 'no assertion');
      if (profile.inResponseTo !== expectedRequest) {
        return refuse('identification_failed', 'InResponseTo is a request of another browser');
      }
      // Once only, even when two copies of the response race through node-saml's check.
      const returnTo = pending.finish(expectedRequest);
      if (returnTo === undefined) return refuse('login_expired', 'request already answered');
      if (settings.idp.entityId !== undefined && profile.issuer !== settings.idp.entityId) {
        return refuse('identification_failed', 'assertion from another issuer');
      }

      let person: ReturnType<typeof personFromProfile>;
      try {
        const loa = assertAssurance(profile, settings.minimumLoa);
        person = personFromProfile(profile);
        request.log.info({ loa }, 'Suomi.fi identification accepted');
      } catch (error) {
        if (error instanceof IdentificationRefused) return refuse(error.code, error.code);
        throw error;
      }
      await completeLogin(deps, request, reply, person, PROVIDER_NAME);
      return reply.redirect(safeReturnTo(returnTo) ?? DEFAULT_RETURN_TO, 303);
    },
  );
}

/** The IdP posts across sites: in a secure context the cookie must be SameSite=None to come along. */
function requestCookie(deps: LoginDeps, request: FastifyRequest) {
  const secure = cookieSecure(deps.config, request.protocol);
  return {
    path: SAML_ROUTES,
    httpOnly: true,
    secure,
    // Plain HTTP (development with a same-site IdP on 127.0.0.1) cannot use None, which requires Secure.
    sameSite: secure ? ('none' as const) : ('lax' as const),
  };
}

/**
 * A path on this site, or undefined: one leading slash (not `//`, which is another host), no backslash
 * (browsers read `/\` as `//`), no control characters, and nothing that makes a URL leave this origin.
 */
export function safeReturnTo(value: string): string | undefined {
  // Printable ASCII only (no spaces or control characters; anything else comes percent-encoded).
  if (!/^\/(?![/\\])[!-~]*$/.test(value) || value.includes('\\')) return undefined;
  const base = 'http://return-to.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return url.origin === base ? value : undefined;
}
