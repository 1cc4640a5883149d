/**
 * Starting an application, autosaving its answers, and copying a returned one. A draft takes any answers
 * the form defines (issues are reported, never refused); a key the form does not define is a 400.
 */
import { getOrganisationByBusinessId, type Membership } from '../accounts/index.js';
import type { Sql } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { type ApplicationAccess, EDITABLE_FOR, requireApplication } from './authorize.js';
import {
  formNotAvailable,
  linkNotAllowed,
  linkRequired,
  noSuchCustomer,
  notCopyable,
  notEditable,
  ownOrganisation,
  parentRequired,
  permitNotFound,
  relatedApplicationNotFound,
  revisionConflict,
  supplierOnly,
  unknownField,
  wrongInterface,
} from './errors.js';
import { formDefinition } from './forms/index.js';
import type { FormDefinition, ValidationIssue } from './forms/types.js';
import type { ApplicationId, Content } from './model.js';
import * as q from './queries.js';
import type { CreateApplicationBody } from './schemas.js';
import { unknownFields, validateContent } from './validate.js';
import { attachmentContext, displayOptions } from './view.js';

/** Answers that are never carried over into a new application: each sending confirms and attaches anew. */
function carryOver(form: FormDefinition, content: Content): Content {
  const dropped = new Set(
    form.sections
      .flatMap((s) => s.fields)
      .filter((f) => f.kind === 'confirm' || f.kind === 'attachments')
      .map((f) => f.id),
  );
  const known = new Set(form.sections.flatMap((s) => s.fields).map((f) => f.id));
  return Object.fromEntries(Object.entries(content).filter(([k]) => known.has(k) && !dropped.has(k)));
}

export async function createApplication(
  tx: Sql,
  actor: Actor,
  membership: Membership,
  body: CreateApplicationBody,
  now: Date,
): Promise<ApplicationAccess> {
  const form = formDefinition(body.form);
  const caller = membership.organisation;
  let applicant = caller;
  if (body.onBehalfOf) {
    const customer = await getOrganisationByBusinessId(tx, body.onBehalfOf.businessId.trim());
    if (!customer) throw noSuchCustomer();
    if (customer.id === caller.id) throw ownOrganisation();
    applicant = customer;
  }
  if (!form.audience.includes(applicant.kind)) throw formNotAvailable();

  let content: Content = {};
  if (body.kind === 'change' && !body.parentPermitId) throw parentRequired();
  if (body.relatedApplicationId !== undefined && form.id !== 'subsystem') throw linkNotAllowed();
  if (body.parentPermitId !== undefined && body.kind === 'new' && form.id !== 'subsystem')
    throw linkNotAllowed();
  if (form.id === 'subsystem' && !body.parentPermitId && !body.relatedApplicationId) throw linkRequired();

  if (body.parentPermitId) {
    const permit = await q.getOrganisationPermit(tx, body.parentPermitId, applicant.id);
    if (!permit) throw permitNotFound();
    if (body.kind === 'change' && form.id !== 'subsystem') {
      if (permit.interface !== form.id) throw wrongInterface();
      // A change starts from what the permit was granted on.
      const granted = permit.applicationId ? await q.getApplication(tx, permit.applicationId) : undefined;
      const version = granted?.form === form.id ? await q.getVersion(tx, granted.id) : undefined;
      if (version) content = carryOver(form, version.content);
    }
  }
  if (body.relatedApplicationId) {
    const related = await q.getVisibleApplication(tx, body.relatedApplicationId, caller.id);
    if (!related || related.organisation.id !== applicant.id || related.form === 'subsystem')
      throw relatedApplicationNotFound();
  }
  if (form.id === 'subsystem') content = { memberCode: applicant.businessId };

  const id = await q.insertApplication(
    tx,
    {
      organisationId: applicant.id,
      preparedByOrganisationId: applicant.id === caller.id ? null : caller.id,
      form: form.id,
      formVersion: form.version,
      kind: body.kind,
      parentPermitId: body.parentPermitId ?? null,
      relatedApplicationId: body.relatedApplicationId ?? null,
      state: applicant.id === caller.id ? 'draft' : 'intermediary_draft',
      content,
      language: actor.language === 'sv' ? 'sv' : 'fi',
      createdBy: actor.userId,
    },
    now,
  );
  await q.insertEvent(tx, {
    applicationId: id,
    at: now,
    actor: { kind: 'customer', id: actor.userId },
    type: 'created',
    internal: false,
    data: { form: form.id, kind: body.kind },
  });
  return requireApplication(tx, actor, caller.id, id);
}

/** Autosave: the new revision and the answers' issues. */
export async function saveContent(
  tx: Sql,
  access: ApplicationAccess,
  change: { content: Content; revision: number },
  now: Date,
): Promise<{ revision: number; issues: ValidationIssue[] }> {
  const { application, side } = access;
  const form = formDefinition(application.form);
  const unknown = unknownFields(form, change.content);
  if (unknown.length > 0) throw unknownField(unknown);
  const editable = EDITABLE_FOR[side];
  if (application.state !== editable) throw notEditable(application.state);
  const revision = await q.updateContent(
    tx,
    application.id,
    { content: change.content, revision: change.revision, states: [editable] },
    now,
  );
  if (revision === undefined) {
    const current = await q.getApplication(tx, application.id);
    if (current && current.state !== editable) throw notEditable(current.state);
    throw revisionConflict();
  }
  const attachments = await q.listAttachments(tx, application.id);
  return {
    revision,
    issues: validateContent(
      form,
      change.content,
      attachmentContext(attachments),
      displayOptions(application),
    ),
  };
}

/**
 * The supplier's answer to a return: a new intermediary draft with the same answers and files, to correct
 * and send again. The returned application stays as it was.
 */
export async function copyApplication(
  tx: Sql,
  actor: Actor,
  access: ApplicationAccess,
  now: Date,
): Promise<ApplicationId> {
  const { application: original, side } = access;
  if (side !== 'supplier') throw supplierOnly();
  if (original.state !== 'returned_by_customer') throw notCopyable(original.state);
  const form = formDefinition(original.form);
  const id = await q.insertApplication(
    tx,
    {
      organisationId: original.organisation.id,
      preparedByOrganisationId: original.preparedBy?.id ?? null,
      form: form.id,
      formVersion: form.version,
      kind: original.kind,
      parentPermitId: original.parentPermitId,
      relatedApplicationId: original.relatedApplicationId,
      state: 'intermediary_draft',
      content: {},
      language: original.language,
      createdBy: actor.userId,
    },
    now,
  );
  const renamed = await q.copyAttachments(tx, original.id, id, actor.userId, now);
  const content = carryOver(form, original.content);
  const attachmentFields = form.sections.flatMap((s) => s.fields).filter((f) => f.kind === 'attachments');
  for (const field of attachmentFields) {
    const ids = original.content[field.id];
    if (Array.isArray(ids))
      content[field.id] = ids.map((x) => renamed.get(x as string)).filter((x) => x !== undefined);
  }
  await q.updateContent(tx, id, { content, revision: 1, states: ['intermediary_draft'] }, now);
  const by = { kind: 'customer' as const, id: actor.userId };
  await q.insertEvent(tx, {
    applicationId: id,
    at: now,
    actor: by,
    type: 'created',
    internal: false,
    data: { form: form.id, kind: original.kind, copiedFrom: original.id },
  });
  await q.insertEvent(tx, {
    applicationId: original.id,
    at: now,
    actor: by,
    type: 'copied',
    internal: false,
    data: { to: id },
  });
  return id;
}
