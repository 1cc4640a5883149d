/**
 * DVV's own staff in the back office: handlers and administrators, identified through the agency's OIDC
 * provider (or, outside production, the development login), with their own sessions and cookie, apart
 * from the customers'.
 */
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const staffUser = pgTable(
  'staff_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Which provider vouched ('oidc' | 'development') and its subject: how a returning person is found. */
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    /** 'handler' | 'admin'. */
    role: text('role').notNull(),
    /** Set when an administrator ends the person's access. */
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('staff_user_subject_idx').on(t.provider, t.subject)],
);

export const staffSession = pgTable(
  'staff_session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffUserId: uuid('staff_user_id')
      .notNull()
      .references(() => staffUser.id),
    /** SHA-256 (hex) of the cookie's random token. */
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('staff_session_staff_user_id_idx').on(t.staffUserId)],
);
