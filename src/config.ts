/**
 * Typed configuration, parsed once at start (STYLE: config is one validated object, passed to buildApp).
 * A wrong or missing setting stops the process with one line naming the setting.
 */
import path from 'node:path';

export type Environment = 'development' | 'test' | 'production';

export interface Config {
  /** NODE_ENV: production refuses demo seeding, the development IdP and fixed credentials. */
  environment: Environment;
  /** PORT: where the one process serves everything (DESIGN §5). */
  port: number;
  /** HOST: interface to bind; loopback by default so a demo is never exposed by accident. */
  host: string;
  /** DATABASE_URL: PostgreSQL; when unset the embedded PGlite database under DATA_DIR is used. */
  databaseUrl: string | undefined;
  /** DATA_DIR: where PGlite keeps its files (ignored with DATABASE_URL). "memory://" keeps nothing. */
  dataDir: string;
  /** DEMO: seed the demo world on an empty database. Default: on when DATABASE_URL is unset. */
  demo: boolean;
  /** DEMO_PERSONS: size of the demo population. */
  demoPersons: number;
  /** DEMO_SEED: seed of the deterministic demo world. */
  demoSeed: number;
  /**
   * TLS_CERT, TLS_KEY: PEM files; with them the server speaks HTTPS. TLS_CLIENT_CA: PEM of the CAs whose
   * client certificates are accepted (direct clients and X-Road security servers authenticate with them).
   */
  tls: { certFile: string; keyFile: string; clientCaFile: string | undefined } | undefined;
  /**
   * SECURITY_SERVER_CERT_SHA256: comma-separated SHA-256 fingerprints of the X-Road security servers whose
   * X-Road-Client headers are trusted (certificate pinning).
   */
  securityServerFingerprints: readonly string[];
  /** LOG_LEVEL: pino level. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /**
   * PUBLIC_BASE_URL: the address people open the e-service at, used in e-mailed links (no trailing slash).
   * Default: http://HOST:PORT. An https URL also makes the session cookie Secure behind a TLS-terminating proxy.
   */
  publicBaseUrl: string;
  /**
   * SMTP_URL: smtp:// or smtps:// server the mail outbox sends through (nodemailer connection URL). Unset:
   * outside production mail stays in the outbox for the development outbox viewer; in production it waits.
   */
  smtpUrl: string | undefined;
  /** MAIL_FROM: the From address of e-mail, `Name <address>` or a bare address. */
  mailFrom: string;
  /** MAIL_POLL_SECONDS: how often the outbox worker looks for due mail; 0 turns the background worker off. */
  mailPollSeconds: number;
  /** SESSION_IDLE_MINUTES: a session without requests for this long ends. */
  sessionIdleMinutes: number;
  /** SESSION_ABSOLUTE_HOURS: a session ends this long after login however active it is. */
  sessionAbsoluteHours: number;
  /**
   * LOGIN_ATTEMPTS_PER_MINUTE: login attempts (successful or not) per client address, customers' and staff's
   * each. Default 10; a test rig whose every browser comes from one address raises it.
   */
  loginAttemptsPerMinute: number;
  /**
   * DVV staff login to the back office through the agency's OpenID Connect provider (authorization code with
   * PKCE): STAFF_OIDC_ISSUER (the issuer URL; https in production), STAFF_OIDC_CLIENT_ID and
   * STAFF_OIDC_CLIENT_SECRET, all three or none. STAFF_OIDC_ADMIN_SUBJECTS: comma-separated subjects that
   * become administrators at their first login (the bootstrap); everyone else must be added by an
   * administrator first. The redirect URI to register is PUBLIC_BASE_URL/api/back-office/login/oidc/callback.
   */
  staffOidc: StaffOidcConfig | undefined;
  /** INVITATION_VALID_DAYS: how long an invitation link to a customer account can be used. */
  invitationValidDays: number;
  /**
   * Suomi.fi e-Identification, the SAML 2.0 service provider (src/identity/suomifi-saml/). Unset unless one of
   * the SUOMIFI_SAML_* settings is given; then all that are required must be, in any environment:
   *
   * - SUOMIFI_SAML_SP_ENTITY_ID: our entityID, as registered in Suomi.fi Palveluhallinta.
   * - SUOMIFI_SAML_SP_KEY_FILE, SUOMIFI_SAML_SP_CERT_FILE: PEM RSA key and certificate that sign our
   *   AuthnRequests and, unless the next pair is given, decrypt the assertions.
   * - SUOMIFI_SAML_SP_ENCRYPTION_KEY_FILE, SUOMIFI_SAML_SP_ENCRYPTION_CERT_FILE: optional separate PEM RSA
   *   pair for the encrypted assertions (both or neither).
   * - The IdP, either SUOMIFI_SAML_IDP_METADATA_FILE (the IdP metadata as downloaded: entityID, the
   *   HTTP-Redirect SingleSignOnService, every signing certificate), or explicitly
   *   SUOMIFI_SAML_IDP_ENTRY_POINT (the HTTP-Redirect SSO URL) with SUOMIFI_SAML_IDP_CERT_FILE (PEM; may hold
   *   several certificates, e.g. the current and the next one) and optionally SUOMIFI_SAML_IDP_ENTITY_ID
   *   (then the assertion's Issuer must be it).
   * - SUOMIFI_SAML_LOA: `substantial` (default: asks for loa2 at minimum, accepts loa2 and loa3) or `high`
   *   (asks for and accepts only loa3).
   *
   * Derived from PUBLIC_BASE_URL: the ACS URL `…/api/identity/suomifi-saml/acs`, and the SP metadata to
   * register at `…/api/identity/suomifi-saml/metadata`.
   */
  suomifiSaml: SuomifiSamlConfig | undefined;
}

export type SuomifiSamlLoa = 'substantial' | 'high';

export interface SuomifiSamlConfig {
  spEntityId: string;
  /** Signs AuthnRequests (absolute paths). */
  signing: { keyFile: string; certFile: string };
  /** Decrypts assertions: the signing pair unless a separate one is configured. */
  encryption: { keyFile: string; certFile: string };
  idp: { metadataFile: string } | { entryPoint: string; certFile: string; entityId: string | undefined };
  minimumLoa: SuomifiSamlLoa;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${setting} ${detail}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function databaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must use postgres:// (got "${url.protocol}")`);
  }
  return raw;
}

function httpUrl(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a URL (got "${raw}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(name, `must use http:// or https:// (got "${url.protocol}")`);
  }
  if (url.search || url.hash) throw new ConfigError(name, 'must not have a query or a fragment');
  return raw.replace(/\/+$/, '');
}

function smtpUrl(env: Env): string | undefined {
  const raw = env.SMTP_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The URL may hold a password: never echo it.
    throw new ConfigError('SMTP_URL', 'is not a URL (expected smtp://user:password@host:port)');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError('SMTP_URL', `must use smtp:// or smtps:// (got "${url.protocol}")`);
  }
  return raw;
}

function mailAddress(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^(?:[^<>@\r\n]+ <[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/.test(raw)) {
    throw new ConfigError(name, `must be an address or "Name <address>" (got "${raw}")`);
  }
  return raw;
}

const SUOMIFI_SAML_SETTINGS = [
  'SUOMIFI_SAML_SP_ENTITY_ID',
  'SUOMIFI_SAML_SP_KEY_FILE',
  'SUOMIFI_SAML_SP_CERT_FILE',
  'SUOMIFI_SAML_SP_ENCRYPTION_KEY_FILE',
  'SUOMIFI_SAML_SP_ENCRYPTION_CERT_FILE',
  'SUOMIFI_SAML_IDP_METADATA_FILE',
  'SUOMIFI_SAML_IDP_ENTRY_POINT',
  'SUOMIFI_SAML_IDP_CERT_FILE',
  'SUOMIFI_SAML_IDP_ENTITY_ID',
  'SUOMIFI_SAML_LOA',
] as const;

function suomifiSaml(env: Env, cwd: string): SuomifiSamlConfig | undefined {
  const value = (name: (typeof SUOMIFI_SAML_SETTINGS)[number]) => {
    const raw = env[name];
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  };
  const given = SUOMIFI_SAML_SETTINGS.filter((name) => value(name) !== undefined);
  if (given.length === 0) return undefined;
  const because = `is required when Suomi.fi SAML is configured (${given[0]} is set)`;
  const required = (name: (typeof SUOMIFI_SAML_SETTINGS)[number]) => {
    const v = value(name);
    if (v === undefined) throw new ConfigError(name, because);
    return v;
  };
  const file = (name: (typeof SUOMIFI_SAML_SETTINGS)[number]) => path.resolve(cwd, required(name));

  const spEntityId = required('SUOMIFI_SAML_SP_ENTITY_ID');
  if (/\s/.test(spEntityId) || spEntityId.length > 1024) {
    throw new ConfigError(
      'SUOMIFI_SAML_SP_ENTITY_ID',
      'must be a URI without spaces (at most 1024 characters)',
    );
  }
  const signing = { keyFile: file('SUOMIFI_SAML_SP_KEY_FILE'), certFile: file('SUOMIFI_SAML_SP_CERT_FILE') };
  const encKey = value('SUOMIFI_SAML_SP_ENCRYPTION_KEY_FILE');
  const encCert = value('SUOMIFI_SAML_SP_ENCRYPTION_CERT_FILE');
  if ((encKey === undefined) !== (encCert === undefined)) {
    throw new ConfigError(
      encKey ? 'SUOMIFI_SAML_SP_ENCRYPTION_CERT_FILE' : 'SUOMIFI_SAML_SP_ENCRYPTION_KEY_FILE',
      'must be set together with the other (SUOMIFI_SAML_SP_ENCRYPTION_KEY_FILE and _CERT_FILE)',
    );
  }
  const encryption =
    encKey && encCert
      ? { keyFile: path.resolve(cwd, encKey), certFile: path.resolve(cwd, encCert) }
      : signing;

  let idp: SuomifiSamlConfig['idp'];
  const metadataFile = value('SUOMIFI_SAML_IDP_METADATA_FILE');
  const explicit = (
    ['SUOMIFI_SAML_IDP_ENTRY_POINT', 'SUOMIFI_SAML_IDP_CERT_FILE', 'SUOMIFI_SAML_IDP_ENTITY_ID'] as const
  ).find((name) => value(name) !== undefined);
  if (metadataFile !== undefined) {
    if (explicit) {
      throw new ConfigError(explicit, 'must not be set together with SUOMIFI_SAML_IDP_METADATA_FILE');
    }
    idp = { metadataFile: path.resolve(cwd, metadataFile) };
  } else if (explicit) {
    const entryPoint = value('SUOMIFI_SAML_IDP_ENTRY_POINT');
    if (entryPoint === undefined) {
      throw new ConfigError('SUOMIFI_SAML_IDP_ENTRY_POINT', `is required with ${explicit}`);
    }
    let url: URL | undefined;
    try {
      url = new URL(entryPoint);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hash) {
      throw new ConfigError(
        'SUOMIFI_SAML_IDP_ENTRY_POINT',
        `must be an http:// or https:// URL without a fragment (got "${entryPoint}")`,
      );
    }
    if (value('SUOMIFI_SAML_IDP_CERT_FILE') === undefined) {
      throw new ConfigError('SUOMIFI_SAML_IDP_CERT_FILE', 'is required with SUOMIFI_SAML_IDP_ENTRY_POINT');
    }
    idp = {
      entryPoint,
      certFile: file('SUOMIFI_SAML_IDP_CERT_FILE'),
      entityId: value('SUOMIFI_SAML_IDP_ENTITY_ID'),
    };
  } else {
    throw new ConfigError(
      'SUOMIFI_SAML_IDP_METADATA_FILE',
      `(or SUOMIFI_SAML_IDP_ENTRY_POINT with SUOMIFI_SAML_IDP_CERT_FILE) ${because}`,
    );
  }
  return {
    spEntityId,
    signing,
    encryption,
    idp,
    minimumLoa: oneOf(env, 'SUOMIFI_SAML_LOA', ['substantial', 'high'] as const, 'substantial'),
  };
}

export interface StaffOidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  adminSubjects: readonly string[];
}

const STAFF_OIDC_SETTINGS = [
  'STAFF_OIDC_ISSUER',
  'STAFF_OIDC_CLIENT_ID',
  'STAFF_OIDC_CLIENT_SECRET',
] as const;

function staffOidc(env: Env, environment: Environment): StaffOidcConfig | undefined {
  const value = (name: string) => {
    const raw = env[name];
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  };
  const given = STAFF_OIDC_SETTINGS.filter((name) => value(name) !== undefined);
  const adminSubjects = (value('STAFF_OIDC_ADMIN_SUBJECTS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (given.length === 0) {
    if (adminSubjects.length > 0) {
      throw new ConfigError(
        'STAFF_OIDC_ADMIN_SUBJECTS',
        'needs STAFF_OIDC_ISSUER, STAFF_OIDC_CLIENT_ID and STAFF_OIDC_CLIENT_SECRET',
      );
    }
    return undefined;
  }
  const missing = STAFF_OIDC_SETTINGS.find((name) => value(name) === undefined);
  if (missing) {
    throw new ConfigError(missing, `is required when staff OIDC login is configured (${given[0]} is set)`);
  }
  const issuer = value('STAFF_OIDC_ISSUER') as string;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new ConfigError('STAFF_OIDC_ISSUER', `is not a URL (got "${issuer}")`);
  }
  if (url.protocol !== 'https:' && (environment === 'production' || url.protocol !== 'http:')) {
    throw new ConfigError(
      'STAFF_OIDC_ISSUER',
      environment === 'production' ? 'must use https:// in production' : 'must use https:// or http://',
    );
  }
  return {
    issuer,
    clientId: value('STAFF_OIDC_CLIENT_ID') as string,
    clientSecret: value('STAFF_OIDC_CLIENT_SECRET') as string,
    adminSubjects,
  };
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const environment = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const dbUrl = databaseUrl(env);
  if (environment === 'production' && dbUrl === undefined) {
    throw new ConfigError(
      'DATABASE_URL',
      'is required when NODE_ENV=production (the embedded database is for demos)',
    );
  }
  const demo = bool(env, 'DEMO', dbUrl === undefined);
  if (environment === 'production' && demo) {
    throw new ConfigError('DEMO', 'must not be enabled when NODE_ENV=production');
  }
  const certFile = env.TLS_CERT || undefined;
  const keyFile = env.TLS_KEY || undefined;
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new ConfigError(
      certFile ? 'TLS_KEY' : 'TLS_CERT',
      'must be set together with the other (TLS_CERT and TLS_KEY)',
    );
  }
  const fingerprints = (env.SECURITY_SERVER_CERT_SHA256 ?? '')
    .split(',')
    .map((f) => f.trim().replaceAll(':', '').toLowerCase())
    .filter((f) => f !== '');
  for (const f of fingerprints) {
    if (!/^[0-9a-f]{64}$/.test(f))
      throw new ConfigError('SECURITY_SERVER_CERT_SHA256', `must list SHA-256 fingerprints (got "${f}")`);
  }
  const dataDir = env.DATA_DIR === undefined || env.DATA_DIR === '' ? '.data/pglite' : env.DATA_DIR;
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST === undefined || env.HOST === '' ? '127.0.0.1' : env.HOST;
  const sessionIdleMinutes = integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60);
  const sessionAbsoluteHours = integer(env, 'SESSION_ABSOLUTE_HOURS', 8, 1, 72);
  if (sessionIdleMinutes > sessionAbsoluteHours * 60) {
    throw new ConfigError('SESSION_IDLE_MINUTES', 'must not be longer than SESSION_ABSOLUTE_HOURS');
  }
  return {
    environment,
    port,
    host,
    databaseUrl: dbUrl,
    dataDir: dataDir.startsWith('memory://') ? dataDir : path.resolve(cwd, dataDir),
    demo,
    demoPersons: integer(env, 'DEMO_PERSONS', 10_000, 100, 10_000_000),
    demoSeed: integer(env, 'DEMO_SEED', 2025, 0, 2 ** 31 - 1),
    tls:
      certFile && keyFile
        ? {
            certFile: path.resolve(cwd, certFile),
            keyFile: path.resolve(cwd, keyFile),
            clientCaFile: env.TLS_CLIENT_CA ? path.resolve(cwd, env.TLS_CLIENT_CA) : undefined,
          }
        : undefined,
    securityServerFingerprints: fingerprints,
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      'info',
    ),
    publicBaseUrl: httpUrl(
      env,
      'PUBLIC_BASE_URL',
      `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    ),
    smtpUrl: smtpUrl(env),
    mailFrom: mailAddress(env, 'MAIL_FROM', 'Tietolupa <no-reply@tietolupa.invalid>'),
    mailPollSeconds: integer(env, 'MAIL_POLL_SECONDS', 5, 0, 3600),
    sessionIdleMinutes,
    sessionAbsoluteHours,
    loginAttemptsPerMinute: integer(env, 'LOGIN_ATTEMPTS_PER_MINUTE', 10, 1, 100_000),
    staffOidc: staffOidc(env, environment),
    invitationValidDays: integer(env, 'INVITATION_VALID_DAYS', 7, 1, 30),
    suomifiSaml: suomifiSaml(env, cwd),
  };
}
