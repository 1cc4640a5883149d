/**
 * The applications API for customers. The form routes are public; every other route requires a session
 * (401), membership of :organisationId (403, the same whether or not the organisation exists), and an
 * application visible to that organisation (404 otherwise). Each request is one transaction.
 *
 * GET    /api/forms                                                     public: the forms offered
 * GET    /api/forms/:formId                                             public: a form definition
 * GET    /api/forms/:formId/data-groups                                 public: the groups its interface serves
 * GET    /api/reference/municipalities                                  public: municipality codes and names
 * GET    /api/organisations/:organisationId/applications                members: own and prepared applications
 * POST   /api/organisations/:organisationId/applications                members: start one (or prepare one onBehalfOf)
 * GET    …/applications/:applicationId                                  members: the application, its issues, history, `can`
 * PUT    …/applications/:applicationId/content                          editors: autosave with a revision check
 * POST   …/applications/:applicationId/attachments                      editors: upload (multipart: field, file)
 * GET    …/applications/:applicationId/attachments/:attachmentId        members: download
 * DELETE …/applications/:applicationId/attachments/:attachmentId        editors: remove from the draft
 * POST   …/applications/:applicationId/submit                           applicant: send to DVV (422 with issues)
 * POST   …/applications/:applicationId/send-to-customer                 supplier: send for the customer's approval
 * POST   …/applications/:applicationId/approve                          applicant's main users: approve and send to DVV
 * POST   …/applications/:applicationId/return                           applicant's main users: return with a comment
 * POST   …/applications/:applicationId/copy                             supplier: a new draft from a returned one
 * POST   …/applications/:applicationId/withdraw                         applicant (supplier: its own draft)
 * POST   …/applications/:applicationId/info-requests/:requestId/answer  applicant: answer DVV's request
 */
import fastifyMultipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { requireMembership } from '../accounts/index.js';
import type { AppDeps } from '../app.js';
import type { Sql } from '../db/index.js';
import {
  type Actor,
  type AuditAction,
  actorOf,
  allowMissingBody,
  NoInput,
  recordAudit,
  sessionSupport,
} from '../identity/index.js';
import { municipalities } from '../register/reference/index.js';
import {
  contentDisposition,
  deleteAttachment,
  MAX_ATTACHMENT_BYTES,
  readAttachment,
  uploadAttachment,
} from './attachments.js';
import { type ApplicationAccess, requireApplication } from './authorize.js';
import { interfaceDataGroups } from './data-groups.js';
import { copyApplication, createApplication, saveContent } from './drafts.js';
import { fileTooLarge, formNotFound, multipartRequired, unknownAttachmentField } from './errors.js';
import { FORMS, formDefinition } from './forms/index.js';
import type { ValidationIssue } from './forms/types.js';
import { answerInfoRequest } from './info-requests.js';
import { approveApplication, returnToSupplier, sendToCustomer } from './intermediary.js';
import type { Content } from './model.js';
import { presentAttachment, presentIssue, presentSummary } from './presenters.js';
import { listVisibleApplications } from './queries.js';
import {
  AnswerBody,
  ApplicationParams,
  ApplicationSummary,
  ApplicationView,
  AttachmentParams,
  AttachmentView,
  CreateApplicationBody,
  DataGroupView,
  FormParams,
  FormSummary,
  InfoRequestParams,
  InvalidApplication,
  MunicipalityView,
  NoQuery,
  OrganisationParams,
  ReturnBody,
  SaveContentBody,
  SaveResult,
  SendToCustomerBody,
} from './schemas.js';
import { type SendResult, submitApplication, withdrawApplication } from './sending.js';
import { loadView } from './view.js';

const MUNICIPALITIES = municipalities.map((m) => ({ code: m.code, name: { fi: m.fi, sv: m.sv } }));

export async function applicationsPlugin(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const auth = await sessionSupport(scope, deps);
  // Multipart only here: one file of at most 10 MB and a few small text parts per request.
  await scope.register(fastifyMultipart, {
    limits: {
      fileSize: MAX_ATTACHMENT_BYTES,
      files: 1,
      fields: 4,
      fieldSize: 200,
      parts: 6,
      headerPairs: 50,
    },
  });
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock, config } = deps;
  const base = '/api/organisations/:organisationId/applications';
  const one = `${base}/:applicationId`;

  // ---- Forms and reference data (public) ----

  app.get(
    '/api/forms',
    { schema: { querystring: NoQuery, response: { 200: Type.Array(FormSummary) } } },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return FORMS.map((f) => ({ id: f.id, version: f.version, title: f.title, audience: [...f.audience] }));
    },
  );

  app.get(
    '/api/forms/:formId',
    { schema: { params: FormParams, querystring: NoQuery } },
    async (request, reply) => {
      const form = formDefinition(request.params.formId);
      if (!form) throw formNotFound();
      reply.header('cache-control', 'public, max-age=300');
      return form;
    },
  );

  app.get(
    '/api/forms/:formId/data-groups',
    { schema: { params: FormParams, querystring: NoQuery, response: { 200: Type.Array(DataGroupView) } } },
    async (request, reply) => {
      const form = formDefinition(request.params.formId);
      if (!form) throw formNotFound();
      const interfaces = new Set(
        form.sections.flatMap((s) => s.fields).flatMap((f) => (f.kind === 'dataGroups' ? [f.interface] : [])),
      );
      reply.header('cache-control', 'public, max-age=300');
      return [...interfaces].flatMap((i) => interfaceDataGroups(i));
    },
  );

  app.get(
    '/api/reference/municipalities',
    { schema: { querystring: NoQuery, response: { 200: Type.Array(MunicipalityView) } } },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return MUNICIPALITIES;
    },
  );

  // ---- Applications ----

  const audit = (tx: Sql, actor: Actor, action: AuditAction, organisationId: string, targetId?: string) =>
    recordAudit(
      tx,
      { actorUserId: actor.userId, action, organisationId, ...(targetId ? { targetId } : {}) },
      clock.now(),
    );

  /** One transaction: authorize, act, audit, and read the view as it is after the change. */
  async function act(
    request: FastifyRequest & { params: { organisationId: string; applicationId: string } },
    action: AuditAction,
    /** Resolves to a SendResult when the answers may be refused (422), to nothing otherwise. */
    operation: (tx: Sql, actor: Actor, access: ApplicationAccess) => Promise<unknown>,
  ): Promise<{ view: ApplicationView } | { issues: ValidationIssue[] }> {
    const actor = actorOf(request);
    const { organisationId, applicationId } = request.params;
    return db.orm.transaction(async (tx) => {
      const access = await requireApplication(tx, actor, organisationId, applicationId, { lock: true });
      const result = await operation(tx, actor, access);
      const refused = result as SendResult | undefined;
      if (refused && refused.ok === false) return { issues: refused.issues };
      await audit(tx, actor, action, organisationId, applicationId);
      return { view: await loadView(tx, await requireApplication(tx, actor, organisationId, applicationId)) };
    });
  }

  function answer(reply: FastifyReply, outcome: { view: ApplicationView } | { issues: ValidationIssue[] }) {
    if ('view' in outcome) return reply.send(outcome.view);
    return reply.status(422).send({
      error: 'invalid_application',
      message: 'The application is incomplete; correct the issues listed and send it again',
      issues: outcome.issues.map(presentIssue),
    });
  }

  app.get(
    base,
    {
      onRequest: auth.required,
      schema: {
        params: OrganisationParams,
        querystring: NoQuery,
        response: { 200: Type.Array(ApplicationSummary) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { organisationId } = request.params;
      const applications = await db.orm.transaction(async (tx) => {
        await requireMembership(tx, actor, organisationId);
        await audit(tx, actor, 'ApplicationList', organisationId);
        return listVisibleApplications(tx, organisationId);
      });
      return applications.map(presentSummary);
    },
  );

  app.post(
    base,
    {
      onRequest: auth.required,
      schema: { params: OrganisationParams, body: CreateApplicationBody, response: { 201: ApplicationView } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { organisationId } = request.params;
      const view = await db.orm.transaction(async (tx) => {
        const membership = await requireMembership(tx, actor, organisationId);
        const access = await createApplication(tx, actor, membership, request.body, clock.now());
        await audit(tx, actor, 'ApplicationCreate', organisationId, access.application.id);
        return loadView(tx, access);
      });
      return reply.status(201).send(view);
    },
  );

  app.get(
    one,
    {
      onRequest: auth.required,
      schema: { params: ApplicationParams, querystring: NoQuery, response: { 200: ApplicationView } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { organisationId, applicationId } = request.params;
      return db.orm.transaction(async (tx) => {
        const access = await requireApplication(tx, actor, organisationId, applicationId);
        await audit(tx, actor, 'ApplicationView', organisationId, applicationId);
        return loadView(tx, access);
      });
    },
  );

  app.put(
    `${one}/content`,
    {
      onRequest: auth.required,
      // A change-interface hetu list may be long (LIMITS.hetuListLines lines of 11 characters).
      bodyLimit: 4 * 1024 * 1024,
      schema: { params: ApplicationParams, body: SaveContentBody, response: { 200: SaveResult } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { organisationId, applicationId } = request.params;
      const saved = await db.orm.transaction(async (tx) => {
        const access = await requireApplication(tx, actor, organisationId, applicationId);
        const result = await saveContent(
          tx,
          access,
          { content: request.body.content as Content, revision: request.body.revision },
          clock.now(),
        );
        await audit(tx, actor, 'ApplicationSave', organisationId, applicationId);
        return result;
      });
      return { revision: saved.revision, issues: saved.issues.map(presentIssue) };
    },
  );

  // ---- Attachments ----

  app.post(
    `${one}/attachments`,
    { onRequest: auth.required, schema: { params: ApplicationParams, response: { 201: AttachmentView } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { organisationId, applicationId } = request.params;
      // Authorized before the body is read: an outsider's upload is never taken in.
      await db.orm.transaction((tx) => requireApplication(tx, actor, organisationId, applicationId));
      const { field, fileName, content } = await readUpload(request);
      const attachment = await db.orm.transaction(async (tx) => {
        const access = await requireApplication(tx, actor, organisationId, applicationId, { lock: true });
        const stored = await uploadAttachment(tx, actor, access, field, { fileName, content }, clock.now());
        await audit(tx, actor, 'AttachmentUpload', organisationId, stored.id);
        return stored;
      });
      return reply.status(201).send(presentAttachment(attachment));
    },
  );

  app.get(
    `${one}/attachments/:attachmentId`,
    { onRequest: auth.required, schema: { params: AttachmentParams, querystring: NoQuery } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { organisationId, applicationId, attachmentId } = request.params;
      const file = await db.orm.transaction(async (tx) => {
        const access = await requireApplication(tx, actor, organisationId, applicationId);
        const found = await readAttachment(tx, access, attachmentId);
        await audit(tx, actor, 'AttachmentDownload', organisationId, attachmentId);
        return found;
      });
      return reply
        .header(
          'content-type',
          file.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mediaType,
        )
        .header('content-disposition', contentDisposition(file.fileName))
        .header('content-length', file.content.length)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  app.delete(
    `${one}/attachments/:attachmentId`,
    {
      onRequest: auth.required,
      preValidation: allowMissingBody,
      schema: { params: AttachmentParams, body: NoInput },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { organisationId, applicationId, attachmentId } = request.params;
      await db.orm.transaction(async (tx) => {
        const access = await requireApplication(tx, actor, organisationId, applicationId, { lock: true });
        await deleteAttachment(tx, access, attachmentId, clock.now());
        await audit(tx, actor, 'AttachmentDelete', organisationId, attachmentId);
      });
      return reply.status(204).send();
    },
  );

  // ---- Sending, the intermediary model, withdrawing, answering ----

  const actionSchema = <B>(body: B) => ({
    onRequest: auth.required,
    preValidation: allowMissingBody,
    schema: { params: ApplicationParams, body, response: { 200: ApplicationView, 422: InvalidApplication } },
  });

  app.post(`${one}/submit`, actionSchema(NoInput), async (request, reply) =>
    answer(
      reply,
      await act(request, 'ApplicationSubmit', (tx, actor, access) =>
        submitApplication(tx, actor, access, clock.now()),
      ),
    ),
  );

  app.post(`${one}/send-to-customer`, actionSchema(SendToCustomerBody), async (request, reply) =>
    answer(
      reply,
      await act(request, 'ApplicationSendToCustomer', (tx, actor, access) =>
        sendToCustomer(tx, actor, access, request.body.message, config, clock.now()),
      ),
    ),
  );

  app.post(`${one}/approve`, actionSchema(NoInput), async (request, reply) =>
    answer(
      reply,
      await act(request, 'ApplicationApprove', (tx, actor, access) =>
        approveApplication(tx, actor, access, clock.now()),
      ),
    ),
  );

  app.post(`${one}/return`, actionSchema(ReturnBody), async (request, reply) =>
    answer(
      reply,
      await act(request, 'ApplicationReturn', (tx, actor, access) =>
        returnToSupplier(tx, actor, access, request.body.comment, config, clock.now()),
      ),
    ),
  );

  app.post(`${one}/withdraw`, actionSchema(NoInput), async (request, reply) =>
    answer(
      reply,
      await act(request, 'ApplicationWithdraw', (tx, actor, access) =>
        withdrawApplication(tx, actor, access, clock.now()),
      ),
    ),
  );

  app.post(
    `${one}/copy`,
    {
      onRequest: auth.required,
      preValidation: allowMissingBody,
      schema: { params: ApplicationParams, body: NoInput, response: { 201: ApplicationView } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { organisationId, applicationId } = request.params;
      const view = await db.orm.transaction(async (tx) => {
        const access = await requireApplication(tx, actor, organisationId, applicationId, { lock: true });
        const copyId = await copyApplication(tx, actor, access, clock.now());
        await audit(tx, actor, 'ApplicationCreate', organisationId, copyId);
        return loadView(tx, await requireApplication(tx, actor, organisationId, copyId));
      });
      return reply.status(201).send(view);
    },
  );

  app.post(
    `${one}/info-requests/:requestId/answer`,
    {
      onRequest: auth.required,
      schema: { params: InfoRequestParams, body: AnswerBody, response: { 200: ApplicationView } },
    },
    async (request, reply) =>
      answer(
        reply,
        await act(request, 'InfoRequestAnswer', (tx, actor, access) =>
          answerInfoRequest(tx, actor, access, request.params.requestId, request.body.answer, clock.now()),
        ),
      ),
  );
}

/** The multipart upload: the `field` text part, then the `file` part (read whole, at most 10 MB). */
async function readUpload(request: FastifyRequest) {
  if (!request.isMultipart()) throw multipartRequired();
  const part = await request.file();
  if (!part) throw multipartRequired();
  const fieldPart = part.fields.field;
  const field =
    fieldPart && !Array.isArray(fieldPart) && fieldPart.type === 'field'
      ? String(fieldPart.value)
      : undefined;
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw fileTooLarge(MAX_ATTACHMENT_BYTES);
    throw error;
  }
  if (field === undefined || part.fieldname !== 'file') throw unknownAttachmentField();
  return { field, fileName: part.filename, content };
}
