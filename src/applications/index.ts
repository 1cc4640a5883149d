/**
 * Applications: customers' permit applications (forms as data, drafts, sending to DVV, the intermediary
 * model, attachments, answers to information requests). The back office reads cases through the functions
 * below; `applicationsPlugin` serves the customer API.
 */
import type { Sql } from '../db/index.js';
import type {
  ApplicationEvent,
  ApplicationRecord,
  ApplicationVersion,
  AttachmentFile,
  Content,
  NewApplicationEvent,
} from './model.js';
import * as q from './queries.js';

export {
  type AppliedEndCustomer,
  appliedDataGroups,
  appliedEndCustomers,
  appliedSelection,
  appliedTurvakielto,
} from './content.js';
export { type DataGroupOption, interfaceDataGroups } from './data-groups.js';
export { FORMS, formDefinition } from './forms/index.js';
export type { FormDefinition, FormId, ValidationIssue } from './forms/types.js';
export type {
  ActorKind,
  ApplicationEvent,
  ApplicationId,
  ApplicationRecord,
  ApplicationVersion,
  AttachmentFile,
  Content,
  InfoRequest,
  NewApplicationEvent,
  VersionAttachment,
} from './model.js';
export { applicationsPlugin } from './routes.js';
export {
  APPLICATION_STATES,
  APPLICATION_TRANSITIONS,
  type ApplicationAction,
  type ApplicationState,
  canTransition,
  EDITABLE_STATES,
  FINAL_STATES,
  transitionApplication,
} from './state-machine.js';

/** Any application by id (no visibility rule: the back office sees every sent case). */
export function loadApplication(tx: Sql, id: string): Promise<ApplicationRecord | undefined> {
  return q.getApplication(tx, id);
}

/** The case history, oldest first, with actor names; internal events only when asked for. */
export function listEvents(
  tx: Sql,
  id: string,
  options: { includeInternal: boolean },
): Promise<ApplicationEvent[]> {
  return q.listEvents(tx, id, options);
}

/** Appends one event to the history (in the transaction of the change it records); returns its id. */
export function recordEvent(tx: Sql, event: NewApplicationEvent): Promise<string> {
  return q.insertEvent(tx, event);
}

/** The newest version sent to DVV (what a handler decides on), or undefined for a never-sent application. */
export function latestVersion(tx: Sql, id: string): Promise<ApplicationVersion | undefined> {
  return q.getVersion(tx, id);
}

/** An attachment of this application with its content (also one removed from the draft), or undefined. */
export async function attachmentContent(
  tx: Sql,
  applicationId: string,
  attachmentId: string,
): Promise<AttachmentFile | undefined> {
  const file = await q.getAttachmentFile(tx, applicationId, attachmentId);
  if (!file) return undefined;
  const { deleted: _deleted, ...rest } = file;
  return rest;
}

export type { Content as ApplicationContent };
