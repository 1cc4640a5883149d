/**
 * VTJ-muutosrajapinta (REST change interface) under /VTJmutpa/api/v1/, wire-compatible with DVV's for the
 * public clients eVaka and OPH (specs/muutosrajapinta.md). Registered by app.ts in its own scope: its own
 * JSON errors, body limits per route, and an OpenAPI document generated from the route schemas.
 */
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app.js';
import { muutosrajapintaErrorHandler } from './errors.js';
import { BASE_PATH, muutosrajapintaRoutes } from './routes.js';
import { MUUTOKSET_PAGE_SIZE } from './wire.js';

const OPENAPI_PATH = `${BASE_PATH}/openapi.json`;

export async function muutosrajapintaPlugin(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  scope.setErrorHandler(muutosrajapintaErrorHandler);
  // Responses are built field by field (routes never pass a row through), so the schema-compiled
  // serializer would add nothing but time: for these free-form records it is 2–3× slower than JSON.stringify.
  scope.setSerializerCompiler(() => (data) => JSON.stringify(data));
  // Inside this scope, so that the document describes these routes and nothing else of the app.
  await scope.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'VTJ-muutosrajapinta',
        version: '1',
        description: [
          'Changes and base data of the Population Information System, for the persons a data permit covers.',
          `muutokset returns at most ${MUUTOKSET_PAGE_SIZE} changes a page, oldest first. While ajanTasalla is`,
          'false, ask again at once with the returned viimeisinKirjausavain; when it is true, keep the key for',
          'the next run. Every change is delivered exactly once, and the returned key never goes backwards.',
        ].join(' '),
      },
      components: {
        securitySchemes: {
          basic: { type: 'http', scheme: 'basic' },
          xAuthorization: {
            type: 'apiKey',
            in: 'header',
            name: 'x-authorization',
            description: 'Basic base64(user:password), when Authorization carries something else',
          },
          mutpTunnus: { type: 'apiKey', in: 'header', name: 'MUTP-Tunnus' },
          mutpSalasana: { type: 'apiKey', in: 'header', name: 'MUTP-Salasana' },
        },
      },
      security: [{ basic: [] }, { xAuthorization: [] }, { mutpTunnus: [], mutpSalasana: [] }],
    },
  });
  muutosrajapintaRoutes(scope, deps);
  scope.get(OPENAPI_PATH, { schema: { hide: true } }, async () => scope.swagger());
}
