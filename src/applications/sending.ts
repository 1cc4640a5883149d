/**
 * Sending to DVV: the answers are checked strictly, a version is frozen (hidden fields dropped, the files
 * listed), the case gets its reference on the first sending, and the history records it. Withdrawing too.
 */
import { sql } from 'drizzle-orm';
import type { Sql } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import type { ApplicationAccess, Side } from './authorize.js';
import { applicantOnly, supplierOnly } from './errors.js';
import { formDefinition } from './forms/index.js';
import type { ValidationIssue } from './forms/types.js';
import type { ApplicationRecord, Content, VersionAttachment } from './model.js';
import * as q from './queries.js';
import { canTransition, IllegalTransition, transitionApplication } from './state-machine.js';
import { validateContent, visibleContent } from './validate.js';
import { attachmentContext } from './view.js';

export type SendResult = { ok: true } | { ok: false; issues: ValidationIssue[] };

const helsinkiYear = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', year: 'numeric' });

/** The case number, handed out on the first sending and kept ever after. */
export async function referenceFor(tx: Sql, application: ApplicationRecord, now: Date): Promise<string> {
  return application.reference ?? q.nextReference(tx, Number(helsinkiYear.format(now)));
}

/** The issues that stop this content from being sent (form attachments as uploaded now). */
export async function sendingIssues(
  tx: Sql,
  application: ApplicationRecord,
  content: Content,
  options: { skipConfirm?: boolean } = {},
): Promise<ValidationIssue[]> {
  const attachments = await q.listAttachments(tx, application.id);
  return validateContent(formDefinition(application.form), content, attachmentContext(attachments), options);
}

/** Freezes a version of `content` as sent by `userId`; returns its number. */
export async function freezeVersion(
  tx: Sql,
  application: ApplicationRecord,
  content: Content,
  userId: string,
  now: Date,
): Promise<number> {
  const attachments = await q.listAttachments(tx, application.id);
  const context = attachmentContext(attachments);
  const sent = visibleContent(formDefinition(application.form), content, context);
  const listed = new Set(
    Object.values(sent)
      .filter(Array.isArray)
      .flat()
      .filter((x): x is string => typeof x === 'string' && context.attachments.has(x)),
  );
  const files: VersionAttachment[] = attachments
    .filter((a) => listed.has(a.id))
    .map((a) => ({
      id: a.id,
      field: a.field,
      fileName: a.fileName,
      mediaType: a.mediaType,
      size: a.size,
      sha256: a.sha256,
    }));
  return q.insertVersion(
    tx,
    { applicationId: application.id, content: sent, attachments: files, submittedBy: userId },
    now,
  );
}

/** "Lähetä DVV:lle": the applicant sends its own draft. */
export async function submitApplication(
  tx: Sql,
  actor: Actor,
  access: ApplicationAccess,
  now: Date,
): Promise<SendResult> {
  const { application, side } = access;
  if (side !== 'applicant') throw applicantOnly();
  if (!canTransition(application.state, 'submit')) throw new IllegalTransition('submit', application.state);
  const issues = await sendingIssues(tx, application, application.content);
  if (issues.length > 0) return { ok: false, issues };
  const reference = await referenceFor(tx, application, now);
  await transitionApplication(
    tx,
    application.id,
    'submit',
    now,
    sql`reference = ${reference}, submitted_at = coalesce(a.submitted_at, ${now.toISOString()}::timestamptz)`,
  );
  const version = await freezeVersion(tx, application, application.content, actor.userId, now);
  await q.insertEvent(tx, {
    applicationId: application.id,
    at: now,
    actor: { kind: 'customer', id: actor.userId },
    type: 'submitted',
    internal: false,
    data: { version, reference },
  });
  return { ok: true };
}

const WITHDRAWS: Readonly<Record<Side, readonly string[]>> = {
  applicant: ['draft', 'submitted', 'in_review', 'info_requested'],
  supplier: ['intermediary_draft'],
};

/** The applicant withdraws its application (also one sent to DVV); the supplier discards its own draft. */
export async function withdrawApplication(
  tx: Sql,
  actor: Actor,
  access: ApplicationAccess,
  now: Date,
): Promise<void> {
  const { application, side } = access;
  if (canTransition(application.state, 'withdraw') && !WITHDRAWS[side].includes(application.state))
    throw side === 'applicant' ? supplierOnly() : applicantOnly();
  const { from } = await transitionApplication(tx, application.id, 'withdraw', now);
  await q.insertEvent(tx, {
    applicationId: application.id,
    at: now,
    actor: { kind: 'customer', id: actor.userId },
    type: 'withdrawn',
    internal: false,
    data: { from },
  });
}
