/** Everything a customer's view of one application shows, read in the request's transaction. */
import type { Sql } from '../db/index.js';
import { type ApplicationAccess, permissions } from './authorize.js';
import { formDefinition } from './forms/index.js';
import type { ApplicationRecord, AttachmentMeta } from './model.js';
import { presentView } from './presenters.js';
import * as q from './queries.js';
import type { ApplicationView } from './schemas.js';
import { type ValidateOptions, type ValidationContext, validateContent } from './validate.js';

/** The form attachments (not those of answers to requests): id → field. */
export function attachmentContext(attachments: readonly AttachmentMeta[]): ValidationContext {
  return {
    attachments: new Map(attachments.filter((a) => a.infoRequestId === null).map((a) => [a.id, a.field])),
  };
}

/**
 * How the answers are checked for display: in an intermediary application before approval, the terms are
 * the customer's to accept (by approving), so an unticked confirmation is not shown as an issue.
 */
export function displayOptions(application: ApplicationRecord): ValidateOptions {
  const customerAccepts =
    application.preparedBy !== null &&
    (application.state === 'intermediary_draft' || application.state === 'awaiting_customer_approval');
  return customerAccepts ? { skipConfirm: true } : {};
}

export async function loadView(tx: Sql, access: ApplicationAccess): Promise<ApplicationView> {
  const { application } = access;
  const attachments = await q.listAttachments(tx, application.id);
  const events = await q.listEvents(tx, application.id, { includeInternal: false });
  const infoRequests = await q.listInfoRequests(tx, application.id);
  const versions = await q.listVersions(tx, application.id);
  const permitId = await q.getPermitIdOfApplication(tx, application.id);
  const decision = await q.getDecisionSummary(tx, application.id);
  const form = formDefinition(application.form);
  const issues = form
    ? validateContent(form, application.content, attachmentContext(attachments), displayOptions(application))
    : [];
  const open = infoRequests.some((r) => r.answeredAt === null);
  return presentView({
    application,
    issues,
    attachments,
    events,
    infoRequests,
    versions,
    permitId,
    decision,
    can: permissions(access, open),
  });
}
