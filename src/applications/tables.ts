/**
 * Permit applications and their handling: the working draft, the immutable versions sent to DVV, the case
 * history, attachments, requests for more information and decisions. The permit a grant creates lives in
 * access/tables.ts (what the interfaces enforce).
 */
import {
  boolean,
  customType,
  index,
  integer,
  json,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisation } from '../accounts/tables.js';
import { appUser } from '../identity/tables.js';
import { staffUser } from '../staff/tables.js';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** Case numbers (diaarinumero) are handed out when an application is first sent: TL-2026-000123. */
export const applicationReferenceSeq = pgSequence('application_reference_seq', { startWith: 1 });

export const application = pgTable(
  'application',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Set when first sent to DVV; null for drafts. */
    reference: text('reference').unique(),
    /** The applicant: the customer organisation the permit will be granted to. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** Intermediary model: the supplier organisation that prepares the application for the applicant. */
    preparedByOrganisationId: uuid('prepared_by_organisation_id').references(() => organisation.id),
    /** Form definition id: 'muutosrajapinta' | 'vtjkysely' | 'subsystem'. */
    form: text('form').notNull(),
    formVersion: integer('form_version').notNull(),
    /** 'new' | 'change' (of the permit in parentPermitId). */
    kind: text('kind').notNull(),
    /** A change application's permit, or the permit a subsystem application connects to. */
    parentPermitId: uuid('parent_permit_id'),
    /** A subsystem application's data-permit application, when that permit does not exist yet. */
    relatedApplicationId: uuid('related_application_id'),
    /** The application state machine (applications/state-machine.ts). */
    state: text('state').notNull(),
    /** The working answers, keyed by field id (the form definition says their shape). */
    content: json('content').notNull(),
    /** Optimistic concurrency for autosave: a save names the version it edited. */
    revision: integer('revision').notNull(),
    /** 'fi' | 'sv': the language of the decision. */
    language: text('language').notNull(),
    /** The handler the case is assigned to. */
    assignedTo: uuid('assigned_to').references(() => staffUser.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** The first sending to DVV (processing times count from here). */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('application_organisation_id_idx').on(t.organisationId, t.updatedAt),
    index('application_prepared_by_idx').on(t.preparedByOrganisationId),
    index('application_state_idx').on(t.state, t.submittedAt),
    index('application_assigned_to_idx').on(t.assignedTo),
    index('application_created_by_idx').on(t.createdBy),
  ],
);

/** A version frozen by "Lähetä DVV:lle" (or by answering an information request); never changed. */
export const applicationVersion = pgTable(
  'application_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => application.id),
    number: integer('number').notNull(),
    content: json('content').notNull(),
    /** The attachments as they were: [{id, fileName, mediaType, size, sha256}]. */
    attachments: json('attachments').notNull(),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => appUser.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('application_version_number_idx').on(t.applicationId, t.number)],
);

/**
 * The case history: every event with who and when. `internal` events (handlers' notes) are never shown to
 * the customer. Actors are ids: an app_user for 'customer', a staff_user for 'staff', none for 'system'.
 */
export const applicationEvent = pgTable(
  'application_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => application.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: uuid('actor_id'),
    /** What happened, e.g. 'created', 'submitted', 'assigned', 'note', 'info_requested', 'granted'. */
    type: text('type').notNull(),
    internal: boolean('internal').notNull(),
    /** Event details (a note's text, a deadline, a comment, the state reached). */
    data: json('data').notNull(),
  },
  (t) => [index('application_event_application_id_idx').on(t.applicationId, t.at)],
);

/** A file attached to an application (or to an answer to an information request), kept in the database. */
export const attachment = pgTable(
  'attachment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => application.id),
    infoRequestId: uuid('info_request_id'),
    /** Which form field it belongs to (e.g. 'attachments', 'earlierPermit'). */
    field: text('field').notNull(),
    fileName: text('file_name').notNull(),
    /** Detected from the content, never taken from the name or the browser. */
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Removed from the draft; kept when a sent version refers to it. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('attachment_application_id_idx').on(t.applicationId),
    index('attachment_uploaded_by_idx').on(t.uploadedBy),
  ],
);

/** Täydennyspyyntö: a handler asks for more, by a deadline; the customer answers or the case lapses. */
export const infoRequest = pgTable(
  'info_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => application.id),
    message: text('message').notNull(),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => staffUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => appUser.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    index('info_request_application_id_idx').on(t.applicationId),
    index('info_request_created_by_idx').on(t.createdBy),
    index('info_request_answered_by_idx').on(t.answeredBy),
  ],
);

/** The decision on an application: structured data (what enforcement uses) and the signed-off document. */
export const decision = pgTable(
  'decision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .unique()
      .references(() => application.id),
    /** 'granted' | 'denied'. */
    outcome: text('outcome').notNull(),
    /** Granted: data groups, turvakielto, end customers, conditions, validity. Denied: the reasons. */
    data: json('data').notNull(),
    /** 'fi' | 'sv'. */
    language: text('language').notNull(),
    /** The decision document as sent (PDF). */
    document: bytea('document').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => staffUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('decision_decided_by_idx').on(t.decidedBy)],
);
