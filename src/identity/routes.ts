/**
 * Identity routes: the enabled identification providers' own routes,
 * GET /api/identity/providers (public: which providers the login page offers), and
 * POST /api/session/logout (any logged-in person; ends the session and clears the cookie).
 * GET /api/session (who am I, with organisations and roles) is served by accounts, which knows memberships.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.js';
import { clearSessionCookie } from './cookie.js';
import { actorOf, sessionSupport } from './guard.js';
import { allowMissingBody, NoInput } from './http.js';
import { enabledProviders } from './providers.js';
import { endSession } from './sessions.js';

export async function identityPlugin(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const auth = await sessionSupport(scope, deps);
  const providers = enabledProviders(deps.config);
  for (const provider of providers) provider.registerRoutes(scope, deps);
  const names = providers.map((p) => p.name);
  scope.get('/api/identity/providers', async () => ({ providers: names }));

  scope
    .withTypeProvider<TypeBoxTypeProvider>()
    .post(
      '/api/session/logout',
      { onRequest: auth.required, preValidation: allowMissingBody, schema: { body: NoInput } },
      async (request, reply) => {
        const actor = actorOf(request);
        await deps.db.orm.transaction((tx) => endSession(tx, actor, deps.clock.now()));
        clearSessionCookie(reply, request, deps.config);
        return reply.status(204).send();
      },
    );
}
