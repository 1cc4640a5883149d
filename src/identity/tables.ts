/**
 * Identity: the people who use the e-service (a user is a strongly identified person, found by hetu),
 * their server-side sessions, and the audit trail of what they did (IDs only).
 */
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const appUser = pgTable('app_user', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Henkilötunnus from the identification provider: how a returning person is recognised. Never logged. */
  hetu: text('hetu').notNull().unique(),
  /** All first names, as Suomi.fi's FirstName attribute. */
  firstNames: text('first_names').notNull(),
  /** Calling name (kutsumanimi), for greetings. */
  givenName: text('given_name').notNull(),
  lastName: text('last_name').notNull(),
  /** 'fi' | 'sv' | 'en': the language of e-mail sent to this person. */
  language: text('language').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }).notNull(),
});

export const session = pgTable(
  'session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    /** SHA-256 (hex) of the random token in the cookie; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    /** Which identification provider vouched for the person ('development', later 'suomifi-saml'). */
    provider: text('provider').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Moves with every request; the idle timeout counts from here. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    /** The absolute timeout: the session ends then however active it is. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Set by logout (or a new login from the same browser). */
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('session_user_id_idx').on(t.userId)],
);

/**
 * One row per e-service action: who (user id), in which organisation, what (an `EntityAction` name) and on
 * which target id. Never free text and never a hetu. No foreign keys: the trail outlives what it names.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorUserId: uuid('actor_user_id').notNull(),
    organisationId: uuid('organisation_id'),
    action: text('action').notNull(),
    targetId: uuid('target_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('audit_event_actor_user_id_idx').on(t.actorUserId, t.createdAt),
    index('audit_event_organisation_id_idx').on(t.organisationId, t.createdAt),
  ],
);
