/** Customer organisations. Each has one customer account; users and roles come with the e-service. */
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const organisation = pgTable('organisation', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** Y-tunnus, validated with its check digit (business-id.ts). */
  businessId: text('business_id').notNull().unique(),
  /** 'public' (julkishallinto) or 'company' (yritykset ja yhteisöt). */
  kind: text('kind').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
