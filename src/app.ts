/**
 * The application as a Fastify plugin tree: everything a request can reach is registered here, each
 * capability explicitly. `server.ts` only listens. Tests build this and send real requests with inject.
 */
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import { customerAccessPlugin } from './access/routes.js';
import { accountsPlugin } from './accounts/index.js';
import { applicationsPlugin } from './applications/index.js';
import { backOfficePlugin } from './back-office/index.js';
import { citizenPlugin } from './citizen/index.js';
import type { Config } from './config.js';
import { type Database, databaseStatus } from './db/index.js';
import { demoRoutes } from './demo/routes.js';
import { AppError } from './errors.js';
import { identityPlugin } from './identity/index.js';
import { muutosrajapintaPlugin } from './interfaces/muutosrajapinta/index.js';
import { vtjkyselyPlugin } from './interfaces/vtjkysely/index.js';
import { mailPlugin } from './mail/index.js';
import { customerPermitsPlugin } from './permits/index.js';
import type { Clock } from './platform/clock.js';
import type { Logger } from './platform/logger.js';
import { metricsPlugin } from './platform/metrics.js';
import { staffPlugin } from './staff/index.js';
import { webPlugin } from './web/index.js';

export interface AppDeps {
  config: Config;
  db: Database;
  clock: Clock;
  logger: Logger;
  /** PEM material when the server speaks HTTPS (read from config.tls by main.ts). */
  tls?: TlsMaterial;
}

export interface TlsMaterial {
  key: string;
  cert: string;
  /** CAs whose client certificates are verified; without it no client certificate is asked for. */
  clientCa?: string;
}

/**
 * HTTPS with optional client certificates. An unauthenticated client is let through the handshake
 * (rejectUnauthorized: false) so that routes that need no certificate work; only `socket.authorized`
 * certificates ever count as an identity (access/transport.ts).
 */
export function httpsOptions(tls: TlsMaterial) {
  return {
    key: tls.key,
    cert: tls.cert,
    ...(tls.clientCa ? { ca: tls.clientCa, requestCert: true, rejectUnauthorized: false } : {}),
  };
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.tls ? { https: httpsOptions(deps.tls) } : {}),
    loggerInstance: deps.logger as FastifyBaseLogger,
    // Unknown fields are an error, never silently dropped (STYLE: "do not copy" removeAdditional).
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    bodyLimit: 1_048_576,
    // The request id is not derived from anything personal.
    genReqId: () => crypto.randomUUID(),
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send({ error: error.code, message: error.message });
    }
    if (error.validation) {
      // Paths and codes only: the values may be personal data.
      return reply.status(400).send({
        error: 'invalid_request',
        message: 'The request does not match the schema',
        details: error.validation.map((v) => ({ path: v.instancePath || '/', code: v.keyword })),
      });
    }
    const status = error.statusCode;
    if (status && status >= 400 && status < 500) {
      // Fastify's own 4xx (malformed JSON, body too large, wrong content type) keep their code.
      return reply
        .status(status)
        .send({ error: error.code?.toLowerCase() ?? 'bad_request', message: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: 'internal_error', message: 'Internal error' });
  });

  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ error: 'not_found', message: 'No such route' }),
  );

  await app.register(metricsPlugin);

  app.get('/health', async (_request, reply) => {
    try {
      const database = await databaseStatus(deps.db);
      return { status: 'ok', database: { ...database, status: 'up' }, time: deps.clock.now().toISOString() };
    } catch {
      return reply
        .status(503)
        .send({ status: 'unavailable', database: { engine: deps.db.engine, status: 'down' } });
    }
  });

  // Each interface in its own encapsulated scope: its own body parsers and its own wire-format errors.
  await app.register(async (scope) => muutosrajapintaPlugin(scope, deps));
  await app.register(async (scope) => vtjkyselyPlugin(scope, deps));
  await app.register(async (scope) => mailPlugin(scope, deps));
  await app.register(async (scope) => identityPlugin(scope, deps));
  await app.register(async (scope) => accountsPlugin(scope, deps));
  await app.register(async (scope) => customerAccessPlugin(scope, deps));
  await app.register(async (scope) => applicationsPlugin(scope, deps));
  await app.register(async (scope) => citizenPlugin(scope, deps));
  await app.register(async (scope) => staffPlugin(scope, deps));
  await app.register(async (scope) => backOfficePlugin(scope, deps));
  await app.register(async (scope) => customerPermitsPlugin(scope, deps));

  if (deps.config.demo) demoRoutes(app, deps);
  await app.register(async (scope) => webPlugin(scope));

  return app;
}
