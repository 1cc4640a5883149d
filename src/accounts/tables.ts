/**
 * Customer organisations and their accounts: each organisation has one customer account, whose users are
 * memberships of identified persons with a role, joined by invitation.
 */
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appUser } from '../identity/tables.js';

export const organisation = pgTable('organisation', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** Y-tunnus, validated with its check digit (business-id.ts). */
  businessId: text('business_id').notNull().unique(),
  /** 'public' (julkishallinto) or 'company' (yritykset ja yhteisöt). */
  kind: text('kind').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** A person's place in an organisation's customer account. */
export const membership = pgTable(
  'membership',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    /** 'main_user' (pääkäyttäjä: manages users and credentials) | 'user' (käyttäjä). */
    role: text('role').notNull(),
    /** Where mail about this account reaches the person (a work address, so per organisation). */
    email: text('email').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('membership_organisation_user_idx').on(t.organisationId, t.userId),
    index('membership_user_id_idx').on(t.userId),
  ],
);

/** A single-use invitation link to join an account; only a hash of its token is stored. */
export const invitation = pgTable(
  'invitation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    email: text('email').notNull(),
    role: text('role').notNull(),
    /** SHA-256 (hex) of the token in the e-mailed link. */
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => appUser.id),
  },
  (t) => [
    index('invitation_organisation_id_idx').on(t.organisationId),
    index('invitation_created_by_idx').on(t.createdBy),
    index('invitation_accepted_by_idx').on(t.acceptedBy),
  ],
);
