/**
 * GET /api/back-office/disclosures/verify → DisclosureVerifyView
 *
 * A reviewer (handler or administrator) checks that the disclosure log's hash chain is intact: the walk of
 * `verifyDisclosureLog`, which the operator's `npm run disclosure-log -- verify` also runs, but through the
 * running server (the embedded database serves one process at a time). The answer says how many entries
 * were checked and, when the chain is broken, the first bad entry and why; never any personal data. Each
 * verification is audited.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { type Static, Type } from 'typebox';
import type { AppDeps } from '../app.js';
import { verifyDisclosureLog } from '../disclosure-log/index.js';
import { recordAudit } from '../identity/index.js';
import { type StaffSupport, staffOf } from '../staff/index.js';

export const DisclosureVerifyView = Type.Object(
  {
    ok: Type.Boolean(),
    /** Entries checked and found good. */
    entries: Type.Integer({ minimum: 0 }),
    /** The head's hash when the chain verifies (publish it elsewhere to pin the log). */
    lastHash: Type.Optional(Type.String()),
    firstBadSeq: Type.Optional(Type.Integer()),
    reason: Type.Optional(
      Type.Union([
        Type.Literal('hash_mismatch'),
        Type.Literal('broken_link'),
        Type.Literal('gap'),
        Type.Literal('reordered'),
      ]),
    ),
    verifiedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type DisclosureVerifyView = Static<typeof DisclosureVerifyView>;

export function disclosureVerifyRoute(
  scope: FastifyInstance,
  deps: Pick<AppDeps, 'db' | 'clock'>,
  staff: StaffSupport,
): void {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/back-office/disclosures/verify',
    {
      onRequest: staff.required,
      schema: {
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 200: DisclosureVerifyView },
      },
    },
    async (request): Promise<DisclosureVerifyView> => {
      const actor = staffOf(request);
      const now = deps.clock.now();
      const result = await verifyDisclosureLog(deps.db.orm);
      await recordAudit(deps.db.orm, { actorUserId: actor.staffUserId, action: 'DisclosureLogVerify' }, now);
      return { ...result, verifiedAt: now.toISOString() };
    },
  );
}
