/**
 * What the authorization core decides on: permits (the decided, structured part the interfaces enforce),
 * an intermediary's approved end customers, the connections that may call, API credentials, and the
 * rate-limit counters shared by every instance.
 */
import {
  boolean,
  date,
  index,
  integer,
  json,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisation } from '../accounts/tables.js';

export const permit = pgTable(
  'permit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** 'muutosrajapinta' | 'vtjkysely'. */
    interface: text('interface').notNull(),
    /** granted | terms_pending | active | expired | revoked | superseded (the permit state machine). */
    state: text('state').notNull(),
    /** The data groups granted (catalogue codes). */
    dataGroups: text('data_groups').array().notNull(),
    /** Whether turvakielto-protected fields may be disclosed (granted on an approved legal basis). */
    turvakielto: boolean('turvakielto').notNull(),
    /** Which persons: {"kind":"hetu_list"} | {"kind":"municipalities","codes":[…]} | {"kind":"national"}. */
    selection: json('selection').notNull(),
    /** VTJkysely products (SoSoNimi) the permit may use; empty for the change interface. */
    products: text('products').array().notNull(),
    /** A framework permit (raamilupa) of an intermediary, whose requests name an approved end customer. */
    framework: boolean('framework').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    /** The application whose grant created it (null for permits made outside the e-service, e.g. the demo). */
    applicationId: uuid('application_id'),
    /** The permit a change decision replaces; it becomes 'superseded' when this one becomes active. */
    supersedesPermitId: uuid('supersedes_permit_id'),
    /** terms_pending: the terms must be accepted by then, or the permit lapses. */
    termsDeadline: timestamp('terms_deadline', { withTimezone: true }),
    termsAcceptedAt: timestamp('terms_accepted_at', { withTimezone: true }),
    termsAcceptedBy: uuid('terms_accepted_by'),
    /** Why DVV revoked it (shown to the holder). */
    revocationReason: text('revocation_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('permit_organisation_id_idx').on(t.organisationId),
    index('permit_application_id_idx').on(t.applicationId),
    index('permit_state_idx').on(t.state, t.validUntil),
  ],
);

/** An intermediary's end customer, approved under its framework permit with at most these data groups. */
export const permitEndCustomer = pgTable(
  'permit_end_customer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    permitId: uuid('permit_id')
      .notNull()
      .references(() => permit.id),
    /** The identifier the intermediary sends in its requests (the end customer's Y-tunnus). */
    businessId: text('business_id').notNull(),
    name: text('name').notNull(),
    dataGroups: text('data_groups').array().notNull(),
    turvakielto: boolean('turvakielto').notNull(),
    approved: boolean('approved').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('permit_end_customer_permit_id_idx').on(t.permitId, t.businessId)],
);

/** An X-Road subsystem or a client certificate that may call the interfaces under a permit. */
export const connection = pgTable(
  'connection',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    permitId: uuid('permit_id')
      .notNull()
      .references(() => permit.id),
    /** 'xroad' | 'certificate'. */
    kind: text('kind').notNull(),
    /** 'test' | 'production'. */
    environment: text('environment').notNull(),
    /** X-Road client id as INSTANCE/CLASS/CODE/SUBSYSTEM, for kind 'xroad'. */
    xroadClient: text('xroad_client'),
    /** SHA-256 of the certificate's DER, lower-case hex, for kind 'certificate'. */
    certificateSha256: text('certificate_sha256'),
    certificateSubject: text('certificate_subject'),
    certificateIssuer: text('certificate_issuer'),
    certificateNotBefore: timestamp('certificate_not_before', { withTimezone: true }),
    certificateNotAfter: timestamp('certificate_not_after', { withTimezone: true }),
    /** 'pending' | 'approved' | 'rejected' | 'revoked'. */
    state: text('state').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('connection_permit_id_idx').on(t.permitId),
    index('connection_xroad_client_idx').on(t.xroadClient),
    index('connection_certificate_sha256_idx').on(t.certificateSha256),
  ],
);

/** Username and argon2 password hash for one permit's interface. Rotation keeps the old one until `expiresAt`. */
export const apiCredential = pgTable(
  'api_credential',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    permitId: uuid('permit_id')
      .notNull()
      .references(() => permit.id),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** Set when the credential was rotated (the overlap's end) or revoked (the moment of revocation). */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('api_credential_username_idx').on(t.username),
    index('api_credential_permit_id_idx').on(t.permitId),
  ],
);

/** Fixed-window request counters per connection, shared by every instance through the database. */
export const rateLimitWindow = pgTable(
  'rate_limit_window',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
