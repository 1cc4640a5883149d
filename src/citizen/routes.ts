/**
 * The citizen view: a person sees who has received their own data. Requires a customer session (401); the
 * person is the session's, never anyone named in the request.
 *
 * GET /api/citizen/disclosures?cursor=   the disclosures of the person's data, newest first (keyset paging)
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.js';
import { actorOf, sessionSupport } from '../identity/index.js';
import { listOwnDisclosures } from './own-disclosures.js';
import { DisclosuresQuery, OwnDisclosuresPage } from './schemas.js';

export async function citizenPlugin(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const auth = await sessionSupport(scope, deps);
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock } = deps;

  app.get(
    '/api/citizen/disclosures',
    {
      onRequest: auth.required,
      schema: { querystring: DisclosuresQuery, response: { 200: OwnDisclosuresPage } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const cursor = request.query.cursor === undefined ? undefined : Number(request.query.cursor);
      const page = await db.orm.transaction((tx) => listOwnDisclosures(tx, actor, cursor, clock.now()));
      // Personal data: never kept by a shared cache, nor by the browser after the session.
      return reply.header('cache-control', 'no-store').send(page);
    },
  );
}
