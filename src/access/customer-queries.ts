/**
 * The reads behind the customer routes (routes.ts): an organisation's permits, a permit's credentials and
 * duplicate connections. Writes go through permits.ts, credentials.ts and connections.ts.
 */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import type { Connection } from './connections.js';
import type { InterfaceName } from './decide.js';

export interface PermitSummary {
  id: string;
  interface: InterfaceName;
  state: string;
  dataGroups: string[];
  turvakielto: boolean;
  products: string[];
  framework: boolean;
  validFrom: string;
  validUntil: string;
}

interface PermitRow {
  id: string;
  interface: InterfaceName;
  state: string;
  data_groups: string[];
  turvakielto: boolean;
  products: string[];
  framework: boolean;
  valid_from: string;
  valid_until: string;
}

const PERMIT_COLUMNS = sql`id, interface, state, data_groups, turvakielto, products, framework,
                           valid_from::text AS valid_from, valid_until::text AS valid_until`;

const toPermit = (r: PermitRow): PermitSummary => ({
  id: r.id,
  interface: r.interface,
  state: r.state,
  dataGroups: r.data_groups,
  turvakielto: r.turvakielto,
  products: r.products,
  framework: r.framework,
  validFrom: r.valid_from,
  validUntil: r.valid_until,
});

export async function listOrganisationPermits(db: Sql, organisationId: string): Promise<PermitSummary[]> {
  const rows = await query<PermitRow>(
    db,
    sql`SELECT ${PERMIT_COLUMNS} FROM permit WHERE organisation_id = ${organisationId}
        ORDER BY valid_from DESC, created_at DESC, id`,
  );
  return rows.map(toPermit);
}

/** The permit, when the organisation holds it. */
export async function getOrganisationPermit(
  db: Sql,
  organisationId: string,
  permitId: string,
): Promise<PermitSummary | undefined> {
  const [row] = await query<PermitRow>(
    db,
    sql`SELECT ${PERMIT_COLUMNS} FROM permit WHERE id = ${permitId} AND organisation_id = ${organisationId}`,
  );
  return row && toPermit(row);
}

export interface CredentialSummary {
  id: string;
  username: string;
  createdAt: Date;
  expiresAt: Date | null;
}

interface CredentialRow {
  id: string;
  username: string;
  created_at: string | Date;
  expires_at: string | Date | null;
}

const toCredential = (r: CredentialRow): CredentialSummary => ({
  id: r.id,
  username: r.username,
  createdAt: new Date(r.created_at),
  expiresAt: r.expires_at === null ? null : new Date(r.expires_at),
});

/** Usernames and validity only: the password hash never leaves access/credentials.ts. */
export async function listPermitCredentials(db: Sql, permitId: string): Promise<CredentialSummary[]> {
  const rows = await query<CredentialRow>(
    db,
    sql`SELECT id, username, created_at, expires_at FROM api_credential WHERE permit_id = ${permitId}
        ORDER BY created_at DESC, id`,
  );
  return rows.map(toCredential);
}

/** The permit's credential, locked for the rest of the transaction (rotation and revocation change it). */
export async function getPermitCredentialForUpdate(
  db: Sql,
  permitId: string,
  credentialId: string,
): Promise<CredentialSummary | undefined> {
  const [row] = await query<CredentialRow>(
    db,
    sql`SELECT id, username, created_at, expires_at FROM api_credential
        WHERE id = ${credentialId} AND permit_id = ${permitId} FOR UPDATE`,
  );
  return row && toCredential(row);
}

/** Whether another pending or approved connection of the permit is the same subsystem or certificate. */
export async function hasSameOpenConnection(db: Sql, connection: Connection): Promise<boolean> {
  const rows = await query<{ id: string }>(
    db,
    sql`SELECT id FROM connection
        WHERE permit_id = ${connection.permitId} AND id <> ${connection.id} AND state IN ('pending', 'approved')
          AND (xroad_client = ${connection.xroadClient} OR certificate_sha256 = ${connection.certificateSha256})
        LIMIT 1`,
  );
  return rows.length > 0;
}
