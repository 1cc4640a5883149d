/**
 * The back-office API for DVV staff. Every route needs a staff session (401 without one; a customer's
 * session is not one) and, on unsafe methods, the staff CSRF token. Handlers and administrators alike;
 * what each may do to a case is decided in cases.ts and decide.ts, and when by the state machine (409).
 *
 * GET  /api/back-office/applications?state=&form=&organisation=&minAgeDays=&assigned=me|none|any → QueueItem[]
 * GET  /api/back-office/applications/:id                              → CaseView
 * GET  /api/back-office/applications/:id/attachments/:attachmentId    → the file
 * POST /api/back-office/applications/:id/assign          { staffUserId? }           → CaseView
 * POST /api/back-office/applications/:id/notes           { text }                   → CaseView
 * POST /api/back-office/applications/:id/info-requests   { message, deadline }      → CaseView
 * POST /api/back-office/applications/:id/decision        granted | denied           → CaseView
 * GET  /api/back-office/decisions/:id/document                        → application/pdf
 * GET  /api/back-office/permits?state=&organisation=                  → PermitRow[]
 * GET  /api/back-office/permits/:id                                   → PermitDetail
 * POST /api/back-office/permits/:id/revoke               { reason }                 → PermitDetail
 * GET  /api/back-office/connections?state=pending                     → ConnectionRow[]
 * POST /api/back-office/connections/:id/approve | /reject             → ConnectionRow
 * GET  /api/back-office/dashboard                                     → DashboardView
 * POST /api/back-office/disclosures/search   { hetu?, organisationId?, from?, to?, cursor? }
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { decideConnection, listConnections } from '../access/index.js';
import type { AppDeps } from '../app.js';
import { attachmentContent } from '../applications/index.js';
import type { Sql } from '../db/index.js';
import { type AuditAction, allowMissingBody, NoInput, recordAudit } from '../identity/index.js';
import {
  getDecisionDocument,
  getPermit,
  listEndCustomers,
  listPermits,
  permitNotFound,
  presentEndCustomer,
  revokePermit,
  sendDecisionPdf,
} from '../permits/index.js';
import { type StaffActor, staffOf, staffSupport } from '../staff/index.js';
import { buildCaseView } from './case-view.js';
import { addNote, assignCase, requestInformation } from './cases.js';
import { dashboard } from './dashboard.js';
import { decideApplication } from './decide.js';
import { searchDisclosureLog } from './disclosures.js';
import { attachmentNotFound, caseNotFound, connectionNotFound, permitClosed } from './errors.js';
import { presentConnectionRow, presentPermitRow, presentQueueItem } from './presenters.js';
import { getConnectionRow, getQueueRow, listConnectionRows, listQueue } from './queries.js';
import {
  AssignBody,
  AttachmentParams,
  CaseView,
  ConnectionQuery,
  ConnectionRowView,
  DashboardView,
  DecisionBody,
  DisclosureSearchBody,
  DisclosureSearchView,
  IdParams,
  InfoRequestBody,
  NoQuery,
  NoteBody,
  PermitDetail,
  PermitQuery,
  PermitRow,
  QueueItem,
  QueueQuery,
  RevokeBody,
} from './schemas.js';
import { disclosureVerifyRoute } from './verify-route.js';

const OPEN_PERMIT_STATES = new Set(['terms_pending', 'active']);

export async function backOfficePlugin(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const staff = await staffSupport(scope, deps);
  disclosureVerifyRoute(scope, deps, staff);
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock, config } = deps;
  const cases = '/api/back-office/applications';

  const audit = (
    tx: Sql,
    actor: StaffActor,
    action: AuditAction,
    targetId?: string,
    organisationId?: string,
  ) =>
    recordAudit(
      tx,
      {
        actorUserId: actor.staffUserId,
        action,
        ...(targetId ? { targetId } : {}),
        ...(organisationId ? { organisationId } : {}),
      },
      clock.now(),
    );

  /** Runs a case operation and answers with the case as it now is, all in one transaction. */
  const thenCase = (actor: StaffActor, id: string, operation: (tx: Sql, now: Date) => Promise<unknown>) => {
    const now = clock.now();
    return db.orm.transaction(async (tx) => {
      await operation(tx, now);
      return buildCaseView(tx, actor, id, now);
    });
  };

  app.get(
    cases,
    {
      onRequest: staff.required,
      schema: { querystring: QueueQuery, response: { 200: Type.Array(QueueItem) } },
    },
    async (request) => {
      const actor = staffOf(request);
      const q = request.query;
      const now = clock.now();
      const rows = await db.orm.transaction(async (tx) => {
        await audit(tx, actor, 'CaseList');
        return listQueue(
          tx,
          {
            ...(q.state ? { states: q.state.split(',') } : {}),
            ...(q.form ? { form: q.form } : {}),
            ...(q.organisation ? { organisation: q.organisation } : {}),
            ...(q.minAgeDays !== undefined ? { minAgeDays: Number(q.minAgeDays) } : {}),
            assigned: q.assigned ?? 'any',
            staffUserId: actor.staffUserId,
          },
          now,
        );
      });
      return rows.map((r) => presentQueueItem(r, now));
    },
  );

  app.get(
    `${cases}/:id`,
    {
      onRequest: staff.required,
      schema: { params: IdParams, querystring: NoQuery, response: { 200: CaseView } },
    },
    async (request) => {
      const actor = staffOf(request);
      const now = clock.now();
      return db.orm.transaction(async (tx) => {
        const view = await buildCaseView(tx, actor, request.params.id, now);
        await audit(tx, actor, 'CaseView', view.id, view.organisation.id);
        return view;
      });
    },
  );

  app.get(
    `${cases}/:id/attachments/:attachmentId`,
    { onRequest: staff.required, schema: { params: AttachmentParams, querystring: NoQuery } },
    async (request, reply) => {
      const actor = staffOf(request);
      const { id, attachmentId } = request.params;
      const file = await db.orm.transaction(async (tx) => {
        const row = await getQueueRow(tx, id);
        if (!row) throw caseNotFound();
        const found = await attachmentContent(tx, id, attachmentId);
        if (!found) throw attachmentNotFound();
        await audit(tx, actor, 'CaseAttachmentView', attachmentId, row.organisation.id);
        return found;
      });
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      return reply
        .header('content-type', file.mediaType)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  app.post(
    `${cases}/:id/assign`,
    {
      onRequest: staff.required,
      preValidation: allowMissingBody,
      schema: { params: IdParams, body: AssignBody, response: { 200: CaseView } },
    },
    async (request) => {
      const actor = staffOf(request);
      const { id } = request.params;
      return thenCase(actor, id, (tx, now) => assignCase(tx, actor, id, request.body.staffUserId, now));
    },
  );

  app.post(
    `${cases}/:id/notes`,
    { onRequest: staff.required, schema: { params: IdParams, body: NoteBody, response: { 200: CaseView } } },
    async (request) => {
      const actor = staffOf(request);
      const { id } = request.params;
      return thenCase(actor, id, (tx, now) => addNote(tx, actor, id, request.body.text, now));
    },
  );

  app.post(
    `${cases}/:id/info-requests`,
    {
      onRequest: staff.required,
      schema: { params: IdParams, body: InfoRequestBody, response: { 200: CaseView } },
    },
    async (request) => {
      const actor = staffOf(request);
      const { id } = request.params;
      return thenCase(actor, id, (tx, now) => requestInformation(tx, actor, id, request.body, config, now));
    },
  );

  app.post(
    `${cases}/:id/decision`,
    {
      onRequest: staff.required,
      schema: { params: IdParams, body: DecisionBody, response: { 200: CaseView } },
    },
    async (request) => {
      const actor = staffOf(request);
      const { id } = request.params;
      return thenCase(actor, id, (tx, now) => decideApplication(tx, actor, id, request.body, config, now));
    },
  );

  app.get(
    '/api/back-office/decisions/:id/document',
    { onRequest: staff.required, schema: { params: IdParams, querystring: NoQuery } },
    async (request, reply) => {
      const actor = staffOf(request);
      const decision = await db.orm.transaction(async (tx) => {
        const found = await getDecisionDocument(tx, request.params.id);
        if (!found) throw caseNotFound();
        await audit(tx, actor, 'DecisionDocumentView', found.id, found.organisationId);
        return found;
      });
      return sendDecisionPdf(reply, decision);
    },
  );

  const permitDetail = async (tx: Sql, id: string) => {
    const permit = await getPermit(tx, id);
    if (!permit) throw permitNotFound();
    const [endCustomers, connections] = [await listEndCustomers(tx, id), await listConnections(tx, id)];
    const rows = await Promise.all(connections.map((c) => getConnectionRow(tx, c.id)));
    return {
      ...presentPermitRow(permit),
      selection:
        permit.selection.kind === 'municipalities'
          ? { kind: 'municipalities' as const, codes: [...permit.selection.codes] }
          : { kind: permit.selection.kind },
      supersedesPermitId: permit.supersedesPermitId,
      endCustomers: endCustomers.map(presentEndCustomer),
      connections: rows.filter((r) => r !== undefined).map(presentConnectionRow),
    };
  };

  app.get(
    '/api/back-office/permits',
    {
      onRequest: staff.required,
      schema: { querystring: PermitQuery, response: { 200: Type.Array(PermitRow) } },
    },
    async (request) => {
      const actor = staffOf(request);
      const permits = await db.orm.transaction(async (tx) => {
        await audit(tx, actor, 'PermitList');
        return listPermits(tx, {
          ...(request.query.state ? { states: request.query.state.split(',') } : {}),
          ...(request.query.organisation ? { organisation: request.query.organisation } : {}),
        });
      });
      return permits.map(presentPermitRow);
    },
  );

  app.get(
    '/api/back-office/permits/:id',
    {
      onRequest: staff.required,
      schema: { params: IdParams, querystring: NoQuery, response: { 200: PermitDetail } },
    },
    async (request) => {
      const actor = staffOf(request);
      return db.orm.transaction(async (tx) => {
        const detail = await permitDetail(tx, request.params.id);
        await audit(tx, actor, 'PermitView', detail.id, detail.organisation.id);
        return detail;
      });
    },
  );

  app.post(
    '/api/back-office/permits/:id/revoke',
    {
      onRequest: staff.required,
      schema: { params: IdParams, body: RevokeBody, response: { 200: PermitDetail } },
    },
    async (request) => {
      const actor = staffOf(request);
      const now = clock.now();
      return db.orm.transaction(async (tx) => {
        await revokePermit(tx, actor, request.params.id, request.body.reason, config, now);
        return permitDetail(tx, request.params.id);
      });
    },
  );

  app.get(
    '/api/back-office/connections',
    {
      onRequest: staff.required,
      schema: { querystring: ConnectionQuery, response: { 200: Type.Array(ConnectionRowView) } },
    },
    async (request) => {
      const actor = staffOf(request);
      const rows = await db.orm.transaction(async (tx) => {
        await audit(tx, actor, 'ConnectionList');
        return listConnectionRows(tx, request.query.state);
      });
      return rows.map(presentConnectionRow);
    },
  );

  for (const [verb, to, action] of [
    ['approve', 'approved', 'ConnectionApprove'],
    ['reject', 'rejected', 'ConnectionReject'],
  ] as const) {
    app.post(
      `/api/back-office/connections/:id/${verb}`,
      {
        onRequest: staff.required,
        preValidation: allowMissingBody,
        schema: { params: IdParams, body: NoInput, response: { 200: ConnectionRowView } },
      },
      async (request) => {
        const actor = staffOf(request);
        const now = clock.now();
        const row = await db.orm.transaction(async (tx) => {
          const current = await getConnectionRow(tx, request.params.id);
          if (!current) throw connectionNotFound();
          if (to === 'approved' && !OPEN_PERMIT_STATES.has(current.permit.state)) {
            throw permitClosed(current.permit.state);
          }
          await decideConnection(tx, current.id, to, now);
          await audit(tx, actor, action, current.id, current.organisation.id);
          return (await getConnectionRow(tx, current.id)) as NonNullable<typeof current>;
        });
        return presentConnectionRow(row);
      },
    );
  }

  app.get(
    '/api/back-office/dashboard',
    { onRequest: staff.required, schema: { querystring: NoQuery, response: { 200: DashboardView } } },
    async () => dashboard(db.orm, clock.now()),
  );

  app.post(
    '/api/back-office/disclosures/search',
    {
      onRequest: staff.required,
      preValidation: allowMissingBody,
      schema: { body: DisclosureSearchBody, response: { 200: DisclosureSearchView } },
    },
    async (request) => {
      const actor = staffOf(request);
      return db.orm.transaction((tx) => searchDisclosureLog(tx, actor, request.body, clock.now()));
    },
  );
}
