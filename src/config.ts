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
  return {
    environment,
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST === undefined || env.HOST === '' ? '127.0.0.1' : env.HOST,
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
  };
}
