/**
 * Answering DVV's request for more information (täydennyspyyntö): the answer and the files uploaded for it
 * (field `info-request:<id>`) are stored, a new version is frozen with the files added, and the case goes
 * back to review. The back office creates the requests and lapses the unanswered ones.
 */
import type { Sql } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import type { ApplicationAccess } from './authorize.js';
import { alreadyAnswered, applicantOnly, infoRequestNotFound } from './errors.js';
import type { VersionAttachment } from './model.js';
import * as q from './queries.js';
import { transitionApplication } from './state-machine.js';

export const infoRequestField = (requestId: string) => `info-request:${requestId}`;

export async function answerInfoRequest(
  tx: Sql,
  actor: Actor,
  access: ApplicationAccess,
  requestId: string,
  answer: string,
  now: Date,
): Promise<void> {
  const { application, side } = access;
  if (side !== 'applicant') throw applicantOnly();
  const request = await q.getInfoRequestForUpdate(tx, application.id, requestId);
  if (!request) throw infoRequestNotFound();
  if (request.answeredAt !== null) throw alreadyAnswered();
  await transitionApplication(tx, application.id, 'answer_info', now);
  await q.updateInfoRequestAnswered(tx, request.id, { text: answer, by: actor.userId }, now);

  const previous = await q.getVersion(tx, application.id);
  const files: VersionAttachment[] = (await q.listAttachments(tx, application.id))
    .filter((a) => a.infoRequestId === request.id)
    .map((a) => ({
      id: a.id,
      field: a.field,
      fileName: a.fileName,
      mediaType: a.mediaType,
      size: a.size,
      sha256: a.sha256,
    }));
  const version = await q.insertVersion(
    tx,
    {
      applicationId: application.id,
      content: previous?.content ?? {},
      attachments: [...(previous?.attachments ?? []), ...files],
      submittedBy: actor.userId,
    },
    now,
  );
  await q.insertEvent(tx, {
    applicationId: application.id,
    at: now,
    actor: { kind: 'customer', id: actor.userId },
    type: 'info_answered',
    internal: false,
    data: { requestId: request.id, version, attachments: files.length },
  });
}
