/**
 * Permits for customers. Every route needs a session (401) and membership of the organisation (403, the
 * same whether or not it exists); another organisation's permit or decision is a 404.
 *
 * GET  /api/organisations/:organisationId/permits/:permitId               members: PermitView with the terms
 * POST /api/organisations/:organisationId/permits/:permitId/accept-terms  main users: → active (PermitView)
 * GET  /api/organisations/:organisationId/decisions/:decisionId/document  members of the applicant (or of the
 *      supplier that prepared the application): the decision as PDF
 *
 * (GET /api/organisations/:organisationId/permits, the list, is served by access/routes.ts.)
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { requireMembership } from '../accounts/index.js';
import type { AppDeps } from '../app.js';
import type { Sql } from '../db/index.js';
import { actorOf, allowMissingBody, NoInput, recordAudit, sessionSupport } from '../identity/index.js';
import { decisionNotFound, permitNotFound } from './errors.js';
import { acceptTerms } from './lifecycle.js';
import { presentPermitView } from './presenters.js';
import { getDecisionDocument, getOrganisationPermit, listEndCustomers } from './queries.js';
import { DecisionParams, PermitParams, PermitView } from './schemas.js';

const NoQuery = Type.Object({}, { additionalProperties: false });

export async function customerPermitsPlugin(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const auth = await sessionSupport(scope, deps);
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock } = deps;
  const base = '/api/organisations/:organisationId/permits/:permitId';

  const view = async (tx: Sql, organisationId: string, permitId: string) => {
    const permit = await getOrganisationPermit(tx, organisationId, permitId);
    if (!permit) throw permitNotFound();
    return presentPermitView(permit, await listEndCustomers(tx, permitId));
  };

  app.get(
    base,
    {
      onRequest: auth.required,
      schema: { params: PermitParams, querystring: NoQuery, response: { 200: PermitView } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { organisationId, permitId } = request.params;
      return db.orm.transaction(async (tx) => {
        await requireMembership(tx, actor, organisationId);
        const permit = await view(tx, organisationId, permitId);
        await recordAudit(
          tx,
          { actorUserId: actor.userId, action: 'PermitView', organisationId, targetId: permitId },
          clock.now(),
        );
        return permit;
      });
    },
  );

  app.post(
    `${base}/accept-terms`,
    {
      onRequest: auth.required,
      preValidation: allowMissingBody,
      schema: { params: PermitParams, body: NoInput, response: { 200: PermitView } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { organisationId, permitId } = request.params;
      return db.orm.transaction(async (tx) => {
        await requireMembership(tx, actor, organisationId, { role: 'main_user' });
        await acceptTerms(tx, actor, organisationId, permitId, clock.now());
        return view(tx, organisationId, permitId);
      });
    },
  );

  app.get(
    '/api/organisations/:organisationId/decisions/:decisionId/document',
    { onRequest: auth.required, schema: { params: DecisionParams, querystring: NoQuery } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { organisationId, decisionId } = request.params;
      const decision = await db.orm.transaction(async (tx) => {
        await requireMembership(tx, actor, organisationId);
        const found = await getDecisionDocument(tx, decisionId);
        if (
          !found ||
          (found.organisationId !== organisationId && found.preparedByOrganisationId !== organisationId)
        ) {
          throw decisionNotFound();
        }
        await recordAudit(
          tx,
          { actorUserId: actor.userId, action: 'DecisionDocumentView', organisationId, targetId: decisionId },
          clock.now(),
        );
        return found;
      });
      return sendDecisionPdf(reply, decision);
    },
  );
}

/** The decision PDF as a download named after the case number. */
export function sendDecisionPdf(
  reply: FastifyReply,
  decision: { reference: string | null; language: 'fi' | 'sv'; document: Buffer },
) {
  const name = `${decision.language === 'sv' ? 'beslut' : 'paatos'}-${decision.reference ?? 'tietolupa'}.pdf`;
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(decision.document);
}
