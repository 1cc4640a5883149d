/** Every statement on organisation (for accounts), membership and invitation. */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import type { Language } from '../mail/index.js';
import type { Member, Membership, Organisation, OrganisationId, OrganisationKind, Role } from './model.js';

interface OrganisationRow {
  id: OrganisationId;
  name: string;
  business_id: string;
  kind: OrganisationKind;
}

const toOrganisation = (r: OrganisationRow): Organisation => ({
  id: r.id,
  name: r.name,
  businessId: r.business_id,
  kind: r.kind,
});

export async function getOrganisationByBusinessId(
  db: Sql,
  businessId: string,
): Promise<Organisation | undefined> {
  const [row] = await query<OrganisationRow>(
    db,
    sql`SELECT id, name, business_id, kind FROM organisation WHERE business_id = ${businessId}`,
  );
  return row && toOrganisation(row);
}

/** Undefined when the business ID already has an organisation (also when one was created concurrently). */
export async function insertOrganisationIfAbsent(
  tx: Sql,
  o: { name: string; businessId: string; kind: OrganisationKind },
  now: Date,
): Promise<Organisation | undefined> {
  const [row] = await query<OrganisationRow>(
    tx,
    sql`INSERT INTO organisation (name, business_id, kind, created_at)
        VALUES (${o.name}, ${o.businessId}, ${o.kind}, ${now.toISOString()})
        ON CONFLICT (business_id) DO NOTHING
        RETURNING id, name, business_id, kind`,
  );
  return row && toOrganisation(row);
}

export async function insertMembership(
  tx: Sql,
  m: { organisationId: string; userId: string; role: Role; email: string },
  now: Date,
): Promise<void> {
  await tx.execute(
    sql`INSERT INTO membership (organisation_id, user_id, role, email, created_at)
        VALUES (${m.organisationId}, ${m.userId}, ${m.role}, ${m.email}, ${now.toISOString()})`,
  );
}

/**
 * The person's membership in the organisation. With `lock`, the organisation row is locked for the rest of
 * the transaction, so that changes to its users are serialised (the last main user cannot be lost to a race).
 */
export async function getMembership(
  db: Sql,
  organisationId: string,
  userId: string,
  options: { lock?: boolean } = {},
): Promise<Membership | undefined> {
  const [row] = await query<OrganisationRow & { user_id: string; role: Role; email: string }>(
    db,
    sql`SELECT o.id, o.name, o.business_id, o.kind, m.user_id, m.role, m.email
        FROM membership m JOIN organisation o ON o.id = m.organisation_id
        WHERE m.organisation_id = ${organisationId} AND m.user_id = ${userId}
        ${options.lock ? sql`FOR UPDATE OF o` : sql``}`,
  );
  return row && { organisation: toOrganisation(row), userId: row.user_id, role: row.role, email: row.email };
}

export async function listMembershipsOfUser(db: Sql, userId: string): Promise<Membership[]> {
  const rows = await query<OrganisationRow & { user_id: string; role: Role; email: string }>(
    db,
    sql`SELECT o.id, o.name, o.business_id, o.kind, m.user_id, m.role, m.email
        FROM membership m JOIN organisation o ON o.id = m.organisation_id
        WHERE m.user_id = ${userId} ORDER BY o.name, o.id`,
  );
  return rows.map((r) => ({
    organisation: toOrganisation(r),
    userId: r.user_id,
    role: r.role,
    email: r.email,
  }));
}

export async function listMembers(db: Sql, organisationId: string): Promise<Member[]> {
  const rows = await query<{
    user_id: string;
    first_names: string;
    last_name: string;
    email: string;
    role: Role;
    created_at: string | Date;
  }>(
    db,
    sql`SELECT m.user_id, u.first_names, u.last_name, m.email, m.role, m.created_at
        FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = ${organisationId} ORDER BY u.last_name, u.first_names, m.user_id`,
  );
  return rows.map((r) => ({
    userId: r.user_id,
    firstNames: r.first_names,
    lastName: r.last_name,
    email: r.email,
    role: r.role,
    joinedAt: new Date(r.created_at),
  }));
}

/** Where to reach the main users, in their own language. */
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

export async function countMainUsers(db: Sql, organisationId: string): Promise<number> {
  const [row] = await query<{ count: string | number }>(
    db,
    sql`SELECT count(*) AS count FROM membership WHERE organisation_id = ${organisationId} AND role = 'main_user'`,
  );
  return Number(row?.count ?? 0);
}

export async function updateMembershipRole(tx: Sql, organisationId: string, userId: string, role: Role) {
  exactlyOne(
    await query(
      tx,
      sql`UPDATE membership SET role = ${role}
          WHERE organisation_id = ${organisationId} AND user_id = ${userId} RETURNING id`,
    ),
  );
}

export async function deleteMembership(tx: Sql, organisationId: string, userId: string) {
  exactlyOne(
    await query(
      tx,
      sql`DELETE FROM membership WHERE organisation_id = ${organisationId} AND user_id = ${userId} RETURNING id`,
    ),
  );
}

export async function hasMemberWithEmail(db: Sql, organisationId: string, email: string): Promise<boolean> {
  const rows = await query<{ id: string }>(
    db,
    sql`SELECT id FROM membership WHERE organisation_id = ${organisationId} AND lower(email) = ${email} LIMIT 1`,
  );
  return rows.length > 0;
}

export async function hasLiveInvitation(
  db: Sql,
  organisationId: string,
  email: string,
  now: Date,
): Promise<boolean> {
  const rows = await query<{ id: string }>(
    db,
    sql`SELECT id FROM invitation
        WHERE organisation_id = ${organisationId} AND lower(email) = ${email} AND accepted_at IS NULL
          AND expires_at > ${now.toISOString()} LIMIT 1`,
  );
  return rows.length > 0;
}

export async function insertInvitation(
  tx: Sql,
  i: {
    organisationId: string;
    email: string;
    role: Role;
    tokenHash: string;
    expiresAt: Date;
    createdBy: string;
  },
  now: Date,
): Promise<string> {
  const [row] = await query<{ id: string }>(
    tx,
    sql`INSERT INTO invitation (organisation_id, email, role, token_hash, expires_at, created_at, created_by)
        VALUES (${i.organisationId}, ${i.email}, ${i.role}, ${i.tokenHash}, ${i.expiresAt.toISOString()},
                ${now.toISOString()}, ${i.createdBy})
        RETURNING id`,
  );
  return row?.id as string;
}

export interface StoredInvitation {
  id: string;
  organisationId: string;
  email: string;
  role: Role;
  expiresAt: Date;
  acceptedAt: Date | null;
}

/** The invitation with this token hash, locked until the transaction ends (it is used at most once). */
export async function getInvitationForUpdate(
  db: Sql,
  tokenHash: string,
): Promise<StoredInvitation | undefined> {
  const [row] = await query<{
    id: string;
    organisation_id: string;
    email: string;
    role: Role;
    expires_at: string | Date;
    accepted_at: string | Date | null;
  }>(
    db,
    sql`SELECT id, organisation_id, email, role, expires_at, accepted_at FROM invitation
        WHERE token_hash = ${tokenHash} FOR UPDATE`,
  );
  return (
    row && {
      id: row.id,
      organisationId: row.organisation_id,
      email: row.email,
      role: row.role,
      expiresAt: new Date(row.expires_at),
      acceptedAt: row.accepted_at === null ? null : new Date(row.accepted_at),
    }
  );
}

export async function updateInvitationAccepted(tx: Sql, id: string, userId: string, now: Date) {
  exactlyOne(
    await query(
      tx,
      sql`UPDATE invitation SET accepted_at = ${now.toISOString()}, accepted_by = ${userId}
          WHERE id = ${id} AND accepted_at IS NULL RETURNING id`,
    ),
  );
}

/** A write that must hit exactly one row; anything else is a bug, and the transaction is rolled back. */
function exactlyOne(rows: unknown[]): void {
  if (rows.length !== 1) throw new Error(`expected to change one row, changed ${rows.length}`);
}
