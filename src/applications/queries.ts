/**
 * Every statement on application, application_version, application_event, attachment, info_request (and the
 * reads of decision and permit the customer views need). First argument a database or a transaction.
 */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import type { Language } from '../mail/index.js';
import type { FormId } from './forms/types.js';
import type {
  ActorKind,
  ApplicationEvent,
  ApplicationId,
  ApplicationKind,
  ApplicationRecord,
  ApplicationVersion,
  AttachmentFile,
  AttachmentMeta,
  Content,
  DecisionSummary,
  InfoRequest,
  NewApplicationEvent,
  VersionAttachment,
} from './model.js';
import type { ApplicationState } from './state-machine.js';

type Stamp = string | Date;
const date = (v: Stamp) => new Date(v);
const dateOrNull = (v: Stamp | null) => (v === null ? null : new Date(v));
/** json columns come back parsed from both drivers; a string is parsed defensively. */
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

interface ApplicationRow {
  id: ApplicationId;
  reference: string | null;
  organisation_id: string;
  organisation_name: string;
  organisation_business_id: string;
  prepared_by_organisation_id: string | null;
  prepared_by_name: string | null;
  prepared_by_business_id: string | null;
  form: FormId;
  form_version: number;
  kind: ApplicationKind;
  parent_permit_id: string | null;
  related_application_id: string | null;
  state: ApplicationState;
  content: unknown;
  revision: number;
  language: 'fi' | 'sv';
  assigned_to: string | null;
  created_by: string;
  created_at: Stamp;
  updated_at: Stamp;
  submitted_at: Stamp | null;
  decided_at: Stamp | null;
}

const APPLICATION_COLUMNS = sql`a.id, a.reference, a.organisation_id, o.name AS organisation_name,
  o.business_id AS organisation_business_id, a.prepared_by_organisation_id, p.name AS prepared_by_name,
  p.business_id AS prepared_by_business_id, a.form, a.form_version, a.kind, a.parent_permit_id,
  a.related_application_id, a.state, a.content, a.revision, a.language, a.assigned_to, a.created_by,
  a.created_at, a.updated_at, a.submitted_at, a.decided_at`;
const APPLICATION_FROM = sql`application a JOIN organisation o ON o.id = a.organisation_id
  LEFT JOIN organisation p ON p.id = a.prepared_by_organisation_id`;

function toApplication(r: ApplicationRow): ApplicationRecord {
  return {
    id: r.id,
    reference: r.reference,
    organisation: {
      id: r.organisation_id,
      name: r.organisation_name,
      businessId: r.organisation_business_id,
    },
    preparedBy:
      r.prepared_by_organisation_id === null
        ? null
        : {
            id: r.prepared_by_organisation_id,
            name: r.prepared_by_name as string,
            businessId: r.prepared_by_business_id as string,
          },
    form: r.form,
    formVersion: Number(r.form_version),
    kind: r.kind,
    parentPermitId: r.parent_permit_id,
    relatedApplicationId: r.related_application_id,
    state: r.state,
    content: json<Content>(r.content),
    revision: Number(r.revision),
    language: r.language,
    assignedTo: r.assigned_to,
    createdBy: r.created_by,
    createdAt: date(r.created_at),
    updatedAt: date(r.updated_at),
    submittedAt: dateOrNull(r.submitted_at),
    decidedAt: dateOrNull(r.decided_at),
  };
}

/**
 * Which applications an organisation sees: those it prepared as a supplier, and those it applies for,
 * except an intermediary's draft that has never been sent to it for approval.
 */
const visibleTo = (organisationId: string) => sql`(a.prepared_by_organisation_id = ${organisationId}
  OR (a.organisation_id = ${organisationId} AND (a.prepared_by_organisation_id IS NULL OR EXISTS (
    SELECT 1 FROM application_event e WHERE e.application_id = a.id AND e.type = 'sent_to_customer'))))`;

/** Any application by id, whoever's it is (for the back office and internal use). */
export async function getApplication(db: Sql, id: string): Promise<ApplicationRecord | undefined> {
  const [row] = await query<ApplicationRow>(
    db,
    sql`SELECT ${APPLICATION_COLUMNS} FROM ${APPLICATION_FROM} WHERE a.id = ${id}`,
  );
  return row && toApplication(row);
}

/** The application if `organisationId` may see it; undefined otherwise (the caller answers 404). */
export async function getVisibleApplication(
  db: Sql,
  id: string,
  organisationId: string,
  options: { lock?: boolean } = {},
): Promise<ApplicationRecord | undefined> {
  const [row] = await query<ApplicationRow>(
    db,
    sql`SELECT ${APPLICATION_COLUMNS} FROM ${APPLICATION_FROM} WHERE a.id = ${id} AND ${visibleTo(organisationId)}
        ${options.lock ? sql`FOR UPDATE OF a` : sql``}`,
  );
  return row && toApplication(row);
}

/** Newest first. */
export async function listVisibleApplications(db: Sql, organisationId: string): Promise<ApplicationRecord[]> {
  const rows = await query<ApplicationRow>(
    db,
    sql`SELECT ${APPLICATION_COLUMNS} FROM ${APPLICATION_FROM} WHERE ${visibleTo(organisationId)}
        ORDER BY a.updated_at DESC, a.id`,
  );
  return rows.map(toApplication);
}

export async function insertApplication(
  tx: Sql,
  a: {
    organisationId: string;
    preparedByOrganisationId: string | null;
    form: FormId;
    formVersion: number;
    kind: ApplicationKind;
    parentPermitId: string | null;
    relatedApplicationId: string | null;
    state: ApplicationState;
    content: Content;
    language: 'fi' | 'sv';
    createdBy: string;
  },
  now: Date,
): Promise<ApplicationId> {
  const [row] = await query<{ id: ApplicationId }>(
    tx,
    sql`INSERT INTO application (organisation_id, prepared_by_organisation_id, form, form_version, kind,
                                 parent_permit_id, related_application_id, state, content, revision, language,
                                 created_by, created_at, updated_at)
        VALUES (${a.organisationId}, ${a.preparedByOrganisationId}, ${a.form}, ${a.formVersion}, ${a.kind},
                ${a.parentPermitId}, ${a.relatedApplicationId}, ${a.state}, ${JSON.stringify(a.content)}::json, 1,
                ${a.language}, ${a.createdBy}, ${now.toISOString()}, ${now.toISOString()})
        RETURNING id`,
  );
  return row?.id as ApplicationId;
}

/**
 * Autosave: replaces the answers if the application is still at `revision` and in one of `states`; the new
 * revision, or undefined when nothing matched (stale revision or not editable: the caller tells which).
 */
export async function updateContent(
  tx: Sql,
  id: string,
  change: { content: Content; revision: number; states: readonly ApplicationState[] },
  now: Date,
): Promise<number | undefined> {
  const states = sql.join(
    change.states.map((s) => sql`${s}`),
    sql`, `,
  );
  const [row] = await query<{ revision: number }>(
    tx,
    sql`UPDATE application SET content = ${JSON.stringify(change.content)}::json, revision = revision + 1,
               updated_at = ${now.toISOString()}
        WHERE id = ${id} AND revision = ${change.revision} AND state IN (${states})
        RETURNING revision`,
  );
  return row && Number(row.revision);
}

/** The next case number of the year: TL-2026-000123. */
export async function nextReference(tx: Sql, year: number): Promise<string> {
  const [row] = await query<{ n: string | number }>(
    tx,
    sql`SELECT nextval('application_reference_seq') AS n`,
  );
  return `TL-${year}-${String(row?.n).padStart(6, '0')}`;
}

let lastMs = 0;
let counter = 0;

/**
 * A UUIDv7 that grows with every call in this process, so that events written at the same `at` (several in
 * one transaction, or under a fixed test clock) keep the order they were written in: history sorts by
 * (at, id). Only the ordering uses the machine's time; `at` comes from the injected clock.
 */
export function eventId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    lastMs++;
    counter = 0;
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const ms = BigInt(lastMs);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export async function insertEvent(tx: Sql, e: NewApplicationEvent): Promise<string> {
  const [row] = await query<{ id: string }>(
    tx,
    sql`INSERT INTO application_event (id, application_id, at, actor_kind, actor_id, type, internal, data)
        VALUES (${eventId()}, ${e.applicationId}, ${e.at.toISOString()}, ${e.actor.kind}, ${e.actor.id}, ${e.type},
                ${e.internal}, ${JSON.stringify(e.data ?? {})}::json)
        RETURNING id`,
  );
  return row?.id as string;
}

/** Oldest first, with the actor's name: a customer user's full name, a staff user's name, none for the system. */
export async function listEvents(
  db: Sql,
  applicationId: string,
  options: { includeInternal: boolean },
): Promise<ApplicationEvent[]> {
  const rows = await query<{
    id: string;
    application_id: string;
    at: Stamp;
    actor_kind: ActorKind;
    actor_id: string | null;
    first_names: string | null;
    last_name: string | null;
    staff_name: string | null;
    type: string;
    internal: boolean;
    data: unknown;
  }>(
    db,
    sql`SELECT e.id, e.application_id, e.at, e.actor_kind, e.actor_id, u.first_names, u.last_name,
               s.name AS staff_name, e.type, e.internal, e.data
        FROM application_event e
        LEFT JOIN app_user u ON e.actor_kind = 'customer' AND u.id = e.actor_id
        LEFT JOIN staff_user s ON e.actor_kind = 'staff' AND s.id = e.actor_id
        WHERE e.application_id = ${applicationId} ${options.includeInternal ? sql`` : sql`AND NOT e.internal`}
        ORDER BY e.at, e.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    applicationId: r.application_id,
    at: date(r.at),
    actor: {
      kind: r.actor_kind,
      id: r.actor_id,
      name:
        r.actor_kind === 'customer' && r.first_names !== null
          ? `${r.first_names} ${r.last_name}`
          : r.actor_kind === 'staff'
            ? r.staff_name
            : null,
    },
    type: r.type,
    internal: r.internal,
    data: json<Record<string, unknown>>(r.data),
  }));
}

/** The customer users who acted on it in these event types (e.g. who created it and who sent it on). */
export async function listEventActors(db: Sql, applicationId: string, types: readonly string[]) {
  const list = sql.join(
    types.map((t) => sql`${t}`),
    sql`, `,
  );
  const rows = await query<{ actor_id: string }>(
    db,
    sql`SELECT DISTINCT actor_id FROM application_event
        WHERE application_id = ${applicationId} AND actor_kind = 'customer' AND actor_id IS NOT NULL
          AND type IN (${list})`,
  );
  return rows.map((r) => r.actor_id);
}

export async function insertVersion(
  tx: Sql,
  v: { applicationId: string; content: Content; attachments: VersionAttachment[]; submittedBy: string },
  now: Date,
): Promise<number> {
  const [row] = await query<{ number: number }>(
    tx,
    sql`INSERT INTO application_version (application_id, number, content, attachments, submitted_by, submitted_at)
        SELECT ${v.applicationId}, coalesce(max(number), 0) + 1, ${JSON.stringify(v.content)}::json,
               ${JSON.stringify(v.attachments)}::json, ${v.submittedBy}, ${now.toISOString()}
        FROM application_version WHERE application_id = ${v.applicationId}
        RETURNING number`,
  );
  return Number(row?.number);
}

export async function listVersions(
  db: Sql,
  applicationId: string,
): Promise<{ number: number; submittedAt: Date }[]> {
  const rows = await query<{ number: number; submitted_at: Stamp }>(
    db,
    sql`SELECT number, submitted_at FROM application_version WHERE application_id = ${applicationId}
        ORDER BY number`,
  );
  return rows.map((r) => ({ number: Number(r.number), submittedAt: date(r.submitted_at) }));
}

/** The newest sent version, or a given number. */
export async function getVersion(
  db: Sql,
  applicationId: string,
  number?: number,
): Promise<ApplicationVersion | undefined> {
  const [row] = await query<{
    id: string;
    application_id: string;
    number: number;
    content: unknown;
    attachments: unknown;
    submitted_by: string;
    submitted_at: Stamp;
  }>(
    db,
    sql`SELECT id, application_id, number, content, attachments, submitted_by, submitted_at
        FROM application_version WHERE application_id = ${applicationId}
        ${number === undefined ? sql`` : sql`AND number = ${number}`}
        ORDER BY number DESC LIMIT 1`,
  );
  return (
    row && {
      id: row.id,
      applicationId: row.application_id,
      number: Number(row.number),
      content: json<Content>(row.content),
      attachments: json<VersionAttachment[]>(row.attachments),
      submittedBy: row.submitted_by,
      submittedAt: date(row.submitted_at),
    }
  );
}

interface AttachmentRow {
  id: string;
  application_id: string;
  info_request_id: string | null;
  field: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string;
  created_at: Stamp;
}
const ATTACHMENT_COLUMNS = sql`id, application_id, info_request_id, field, file_name, media_type, size, sha256,
  uploaded_by, created_at`;
const toAttachment = (r: AttachmentRow): AttachmentMeta => ({
  id: r.id,
  applicationId: r.application_id,
  infoRequestId: r.info_request_id,
  field: r.field,
  fileName: r.file_name,
  mediaType: r.media_type,
  size: Number(r.size),
  sha256: r.sha256,
  uploadedBy: r.uploaded_by,
  createdAt: date(r.created_at),
});

export async function insertAttachment(
  tx: Sql,
  a: {
    applicationId: string;
    infoRequestId: string | null;
    field: string;
    fileName: string;
    mediaType: string;
    sha256: string;
    content: Buffer;
    uploadedBy: string;
  },
  now: Date,
): Promise<AttachmentMeta> {
  const [row] = await query<AttachmentRow>(
    tx,
    sql`INSERT INTO attachment (application_id, info_request_id, field, file_name, media_type, size, sha256,
                                content, uploaded_by, created_at)
        VALUES (${a.applicationId}, ${a.infoRequestId}, ${a.field}, ${a.fileName}, ${a.mediaType},
                ${a.content.length}, ${a.sha256}, ${a.content}, ${a.uploadedBy}, ${now.toISOString()})
        RETURNING ${ATTACHMENT_COLUMNS}`,
  );
  return toAttachment(row as AttachmentRow);
}

/** The application's attachments that have not been removed, oldest first. */
export async function listAttachments(db: Sql, applicationId: string): Promise<AttachmentMeta[]> {
  const rows = await query<AttachmentRow>(
    db,
    sql`SELECT ${ATTACHMENT_COLUMNS} FROM attachment
        WHERE application_id = ${applicationId} AND deleted_at IS NULL ORDER BY created_at, id`,
  );
  return rows.map(toAttachment);
}

/**
 * One attachment of this application with its content, also one removed from the draft (a sent version may
 * list it); undefined when the id is not this application's.
 */
export async function getAttachmentFile(
  db: Sql,
  applicationId: string,
  attachmentId: string,
): Promise<(AttachmentFile & { deleted: boolean }) | undefined> {
  const [row] = await query<AttachmentRow & { content: Buffer | Uint8Array; deleted_at: Stamp | null }>(
    db,
    sql`SELECT ${ATTACHMENT_COLUMNS}, content, deleted_at FROM attachment
        WHERE id = ${attachmentId} AND application_id = ${applicationId}`,
  );
  return (
    row && {
      ...toAttachment(row),
      content: Buffer.isBuffer(row.content) ? row.content : Buffer.from(row.content),
      deleted: row.deleted_at !== null,
    }
  );
}

export async function getAttachment(
  db: Sql,
  applicationId: string,
  attachmentId: string,
): Promise<AttachmentMeta | undefined> {
  const [row] = await query<AttachmentRow>(
    db,
    sql`SELECT ${ATTACHMENT_COLUMNS} FROM attachment
        WHERE id = ${attachmentId} AND application_id = ${applicationId} AND deleted_at IS NULL`,
  );
  return row && toAttachment(row);
}

/** Removes it from the draft; the row stays for the versions that may refer to it. */
export async function updateAttachmentDeleted(
  tx: Sql,
  applicationId: string,
  attachmentId: string,
  now: Date,
): Promise<boolean> {
  const rows = await query<{ id: string }>(
    tx,
    sql`UPDATE attachment SET deleted_at = ${now.toISOString()}
        WHERE id = ${attachmentId} AND application_id = ${applicationId} AND deleted_at IS NULL RETURNING id`,
  );
  return rows.length === 1;
}

/** Copies the form attachments (not those of answers) of one application to another; old id → new id. */
export async function copyAttachments(
  tx: Sql,
  fromApplicationId: string,
  toApplicationId: string,
  uploadedBy: string,
  now: Date,
): Promise<Map<string, string>> {
  const rows = await query<{ id: string; old_id: string }>(
    tx,
    sql`WITH source AS (
          SELECT id AS old_id, gen_random_uuid() AS new_id, field, file_name, media_type, size, sha256, content
          FROM attachment
          WHERE application_id = ${fromApplicationId} AND deleted_at IS NULL AND info_request_id IS NULL
        ), inserted AS (
          INSERT INTO attachment (id, application_id, field, file_name, media_type, size, sha256, content,
                                  uploaded_by, created_at)
          SELECT new_id, ${toApplicationId}, field, file_name, media_type, size, sha256, content, ${uploadedBy},
                 ${now.toISOString()}
          FROM source RETURNING id
        )
        SELECT new_id AS id, old_id FROM source`,
  );
  return new Map(rows.map((r) => [r.old_id, r.id]));
}

interface InfoRequestRow {
  id: string;
  application_id: string;
  message: string;
  deadline: Stamp;
  created_by: string;
  created_at: Stamp;
  answer: string | null;
  answered_by: string | null;
  answered_at: Stamp | null;
}
const toInfoRequest = (r: InfoRequestRow): InfoRequest => ({
  id: r.id,
  applicationId: r.application_id,
  message: r.message,
  deadline: date(r.deadline),
  createdBy: r.created_by,
  createdAt: date(r.created_at),
  answer: r.answer,
  answeredBy: r.answered_by,
  answeredAt: dateOrNull(r.answered_at),
});

export async function listInfoRequests(db: Sql, applicationId: string): Promise<InfoRequest[]> {
  const rows = await query<InfoRequestRow>(
    db,
    sql`SELECT id, application_id, message, deadline, created_by, created_at, answer, answered_by, answered_at
        FROM info_request WHERE application_id = ${applicationId} ORDER BY created_at, id`,
  );
  return rows.map(toInfoRequest);
}

/** The request of this application, locked until the transaction ends (it is answered once). */
export async function getInfoRequestForUpdate(
  tx: Sql,
  applicationId: string,
  requestId: string,
): Promise<InfoRequest | undefined> {
  const [row] = await query<InfoRequestRow>(
    tx,
    sql`SELECT id, application_id, message, deadline, created_by, created_at, answer, answered_by, answered_at
        FROM info_request WHERE id = ${requestId} AND application_id = ${applicationId} FOR UPDATE`,
  );
  return row && toInfoRequest(row);
}

export async function updateInfoRequestAnswered(
  tx: Sql,
  requestId: string,
  answer: { text: string; by: string },
  now: Date,
): Promise<void> {
  const rows = await query<{ id: string }>(
    tx,
    sql`UPDATE info_request SET answer = ${answer.text}, answered_by = ${answer.by}, answered_at = ${now.toISOString()}
        WHERE id = ${requestId} AND answered_at IS NULL RETURNING id`,
  );
  if (rows.length !== 1) throw new Error(`expected to answer one request, answered ${rows.length}`);
}

export async function getDecisionSummary(
  db: Sql,
  applicationId: string,
): Promise<DecisionSummary | undefined> {
  const [row] = await query<{ id: string; outcome: string; decided_at: Stamp }>(
    db,
    sql`SELECT id, outcome, decided_at FROM decision WHERE application_id = ${applicationId}`,
  );
  return row && { id: row.id, outcome: row.outcome, decidedAt: date(row.decided_at) };
}

/** The permit the application's grant created (the newest, should there be several). */
export async function getPermitIdOfApplication(db: Sql, applicationId: string): Promise<string | null> {
  const [row] = await query<{ id: string }>(
    db,
    sql`SELECT id FROM permit WHERE application_id = ${applicationId} ORDER BY created_at DESC, id LIMIT 1`,
  );
  return row?.id ?? null;
}

/** A permit of this organisation (a change application's parent, or the permit a subsystem connects to). */
export async function getOrganisationPermit(
  db: Sql,
  permitId: string,
  organisationId: string,
): Promise<{ id: string; interface: string; applicationId: string | null } | undefined> {
  const [row] = await query<{ id: string; interface: string; application_id: string | null }>(
    db,
    sql`SELECT id, interface, application_id FROM permit
        WHERE id = ${permitId} AND organisation_id = ${organisationId}`,
  );
  return row && { id: row.id, interface: row.interface, applicationId: row.application_id };
}

/** Where to reach an organisation's main users, in each person's own language. */
export async function listMainUserContacts(
  db: Sql,
  organisationId: string,
): Promise<{ email: string; language: Language }[]> {
  return query<{ email: string; language: Language }>(
    db,
    sql`SELECT m.email, u.language FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = ${organisationId} AND m.role = 'main_user' ORDER BY m.created_at, m.id`,
  );
}

/** These users' addresses in this organisation, for those who are still its members. */
export async function listMemberContacts(
  db: Sql,
  organisationId: string,
  userIds: readonly string[],
): Promise<{ email: string; language: Language }[]> {
  if (userIds.length === 0) return [];
  const ids = sql.join(
    userIds.map((id) => sql`${id}`),
    sql`, `,
  );
  return query<{ email: string; language: Language }>(
    db,
    sql`SELECT m.email, u.language FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = ${organisationId} AND m.user_id IN (${ids}) ORDER BY m.created_at, m.id`,
  );
}

/** Whether a sent version lists the attachment (a file removed from the draft stays readable then). */
export async function isAttachmentInVersion(
  db: Sql,
  applicationId: string,
  attachmentId: string,
): Promise<boolean> {
  const rows = await query<{ one: number }>(
    db,
    sql`SELECT 1 AS one FROM application_version v, json_array_elements(v.attachments) AS a
        WHERE v.application_id = ${applicationId} AND a->>'id' = ${attachmentId} LIMIT 1`,
  );
  return rows.length > 0;
}

/** How many live attachments a field (or an answer's `info-request:<id>`) has. */
export async function countAttachments(db: Sql, applicationId: string, field: string): Promise<number> {
  const [row] = await query<{ count: string | number }>(
    db,
    sql`SELECT count(*) AS count FROM attachment
        WHERE application_id = ${applicationId} AND field = ${field} AND deleted_at IS NULL`,
  );
  return Number(row?.count ?? 0);
}
