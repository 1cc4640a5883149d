/**
 * GET /api/dev/outbox: the newest mail in the outbox, for the development outbox viewer (never registered in
 * production). Lets a demo follow an invitation link without an SMTP server.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Database } from '../db/index.js';
import { listOutboxMail } from './queries.js';

const OUTBOX_LIMIT = 100;

const OutboxMailView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  to: Type.String(),
  language: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  html: Type.String(),
  state: Type.String(),
  attempts: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export function outboxViewerRoutes(app: FastifyInstance, deps: { db: Database }): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/dev/outbox',
    {
      schema: {
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 200: Type.Object({ mail: Type.Array(OutboxMailView) }) },
      },
    },
    async () => {
      const mail = await listOutboxMail(deps.db.orm, OUTBOX_LIMIT);
      return {
        mail: mail.map((m) => ({
          id: m.id,
          kind: m.kind,
          to: m.recipient,
          language: m.language,
          subject: m.subject,
          text: m.textBody,
          html: m.htmlBody,
          state: m.state,
          attempts: m.attempts,
          createdAt: m.createdAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
        })),
      };
    },
  );
}
