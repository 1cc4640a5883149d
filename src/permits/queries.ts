/**
 * The permit lifecycle's statements on permit and permit_end_customer (the access capability inserts the
 * structured permit; state changes go through state-machine.ts). Reads join the holder organisation and the
 * application and decision the permit was granted on.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { InterfaceName, Selection } from '../access/index.js';
import { query, type Sql } from '../db/index.js';
import type { PermitState } from './state-machine.js';

export interface PermitRecord {
  id: string;
  organisation: { id: string; name: string; businessId: string };
  interface: InterfaceName;
  state: PermitState;
  dataGroups: string[];
  turvakielto: boolean;
  selection: Selection;
  products: string[];
  framework: boolean;
  validFrom: string;
  validUntil: string;
  applicationId: string | null;
  /** The application's case number (diaarinumero), when the permit was granted in the e-service. */
  reference: string | null;
  decisionId: string | null;
  supersedesPermitId: string | null;
  termsDeadline: Date | null;
  termsAcceptedAt: Date | null;
  termsAcceptedBy: string | null;
  revocationReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface PermitRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  business_id: string;
  interface: InterfaceName;
  state: PermitState;
  data_groups: string[];
  turvakielto: boolean;
  selection: Selection | string;
  products: string[];
  framework: boolean;
  valid_from: string;
  valid_until: string;
  application_id: string | null;
  reference: string | null;
  decision_id: string | null;
  supersedes_permit_id: string | null;
  terms_deadline: string | Date | null;
  terms_accepted_at: string | Date | null;
  terms_accepted_by: string | null;
  revocation_reason: string | null;
  created_at: string | Date;
  updated_at: string | Date;
}

const dateOrNull = (v: string | Date | null) => (v === null ? null : new Date(v));

const toPermit = (r: PermitRow): PermitRecord => ({
  id: r.id,
  organisation: { id: r.organisation_id, name: r.organisation_name, businessId: r.business_id },
  interface: r.interface,
  state: r.state,
  dataGroups: r.data_groups,
  turvakielto: r.turvakielto,
  selection: typeof r.selection === 'string' ? (JSON.parse(r.selection) as Selection) : r.selection,
  products: r.products,
  framework: r.framework,
  validFrom: r.valid_from,
  validUntil: r.valid_until,
  applicationId: r.application_id,
  reference: r.reference,
  decisionId: r.decision_id,
  supersedesPermitId: r.supersedes_permit_id,
  termsDeadline: dateOrNull(r.terms_deadline),
  termsAcceptedAt: dateOrNull(r.terms_accepted_at),
  termsAcceptedBy: r.terms_accepted_by,
  revocationReason: r.revocation_reason,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

const SELECT = sql`SELECT p.id, p.organisation_id, o.name AS organisation_name, o.business_id, p.interface, p.state,
         p.data_groups, p.turvakielto, p.selection, p.products, p.framework, p.valid_from::text AS valid_from,
         p.valid_until::text AS valid_until, p.application_id, a.reference, d.id AS decision_id,
         p.supersedes_permit_id, p.terms_deadline, p.terms_accepted_at, p.terms_accepted_by, p.revocation_reason,
         p.created_at, p.updated_at
       FROM permit p JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN application a ON a.id = p.application_id
         LEFT JOIN decision d ON d.application_id = p.application_id`;

export async function getPermit(db: Sql, permitId: string): Promise<PermitRecord | undefined> {
  const [row] = await query<PermitRow>(db, sql`${SELECT} WHERE p.id = ${permitId}`);
  return row && toPermit(row);
}

/** The permit, when this organisation holds it. */
export async function getOrganisationPermit(
  db: Sql,
  organisationId: string,
  permitId: string,
): Promise<PermitRecord | undefined> {
  const [row] = await query<PermitRow>(
    db,
    sql`${SELECT} WHERE p.id = ${permitId} AND p.organisation_id = ${organisationId}`,
  );
  return row && toPermit(row);
}

/** The permit a grant of this application created. */
export async function getPermitOfApplication(
  db: Sql,
  applicationId: string,
): Promise<PermitRecord | undefined> {
  const [row] = await query<PermitRow>(
    db,
    sql`${SELECT} WHERE p.application_id = ${applicationId} ORDER BY p.created_at DESC LIMIT 1`,
  );
  return row && toPermit(row);
}

export interface PermitFilter {
  states?: readonly string[];
  /** An organisation id, or a piece of the organisation's name or its Y-tunnus. */
  organisation?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An organisation filter: its id, its exact Y-tunnus, or part of its name (case-insensitive). */
export function organisationMatch(organisation: string): SQL {
  if (UUID.test(organisation)) return sql`o.id = ${organisation}`;
  const pattern = `%${organisation.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
  return sql`(o.business_id = ${organisation} OR o.name ILIKE ${pattern})`;
}

export async function listPermits(db: Sql, filter: PermitFilter): Promise<PermitRecord[]> {
  const where: SQL[] = [sql`true`];
  if (filter.states && filter.states.length > 0) {
    where.push(
      sql`p.state IN (${sql.join(
        filter.states.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  }
  if (filter.organisation) where.push(organisationMatch(filter.organisation));
  const rows = await query<PermitRow>(
    db,
    sql`${SELECT} WHERE ${sql.join(where, sql` AND `)} ORDER BY p.created_at DESC, p.id LIMIT 1000`,
  );
  return rows.map(toPermit);
}

/** Reference, terms deadline and application of each of an organisation's permits (the customer list). */
export async function listOrganisationPermitDetails(
  db: Sql,
  organisationId: string,
): Promise<Map<string, Pick<PermitRecord, 'reference' | 'termsDeadline' | 'applicationId' | 'decisionId'>>> {
  const rows = await query<PermitRow>(db, sql`${SELECT} WHERE p.organisation_id = ${organisationId}`);
  return new Map(
    rows.map(toPermit).map((p) => [
      p.id,
      {
        reference: p.reference,
        termsDeadline: p.termsDeadline,
        applicationId: p.applicationId,
        decisionId: p.decisionId,
      },
    ]),
  );
}

/** What insertPermit does not know: the application it was granted on, what it replaces, the terms deadline. */
export async function updatePermitOrigin(
  tx: Sql,
  permitId: string,
  origin: { applicationId: string; supersedesPermitId: string | null; termsDeadline: Date | null },
): Promise<void> {
  const rows = await query<{ id: string }>(
    tx,
    sql`UPDATE permit SET application_id = ${origin.applicationId}, supersedes_permit_id = ${origin.supersedesPermitId},
          terms_deadline = ${origin.termsDeadline?.toISOString() ?? null}
        WHERE id = ${permitId} RETURNING id`,
  );
  if (rows.length !== 1) throw new Error('updatePermitOrigin: no such permit');
}

export interface EndCustomer {
  businessId: string;
  name: string;
  dataGroups: string[];
  turvakielto: boolean;
  approved: boolean;
}

export async function listEndCustomers(db: Sql, permitId: string): Promise<EndCustomer[]> {
  const rows = await query<{
    business_id: string;
    name: string;
    data_groups: string[];
    turvakielto: boolean;
    approved: boolean;
  }>(
    db,
    sql`SELECT business_id, name, data_groups, turvakielto, approved FROM permit_end_customer
        WHERE permit_id = ${permitId} ORDER BY name, business_id`,
  );
  return rows.map((r) => ({
    businessId: r.business_id,
    name: r.name,
    dataGroups: r.data_groups,
    turvakielto: r.turvakielto,
    approved: r.approved,
  }));
}

/** terms_pending permits whose terms deadline has passed. */
export async function listPermitsPastTermsDeadline(db: Sql, now: Date): Promise<string[]> {
  const rows = await query<{ id: string }>(
    db,
    sql`SELECT id FROM permit WHERE state = 'terms_pending' AND terms_deadline < ${now.toISOString()}
        ORDER BY terms_deadline, id`,
  );
  return rows.map((r) => r.id);
}

/** Active permits whose last valid day is before `today`. */
export async function listPermitsPastValidity(db: Sql, today: string): Promise<string[]> {
  const rows = await query<{ id: string }>(
    db,
    sql`SELECT id FROM permit WHERE state = 'active' AND valid_until < ${today} ORDER BY valid_until, id`,
  );
  return rows.map((r) => r.id);
}

/** Where to reach every member of an organisation, in their own language. */
export async function listMemberContacts(
  db: Sql,
  organisationId: string,
): Promise<{ email: string; language: 'fi' | 'sv' | 'en' }[]> {
  return query<{ email: string; language: 'fi' | 'sv' | 'en' }>(
    db,
    sql`SELECT m.email, u.language FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = ${organisationId} ORDER BY m.created_at, m.id`,
  );
}

export interface DecisionDocument {
  id: string;
  applicationId: string;
  /** The applicant. */
  organisationId: string;
  /** The supplier that prepared the application (intermediary model), or null. */
  preparedByOrganisationId: string | null;
  reference: string | null;
  language: 'fi' | 'sv';
  document: Buffer;
}

export async function getDecisionDocument(
  db: Sql,
  decisionId: string,
): Promise<DecisionDocument | undefined> {
  const [row] = await query<{
    id: string;
    application_id: string;
    organisation_id: string;
    prepared_by_organisation_id: string | null;
    reference: string | null;
    language: 'fi' | 'sv';
    document: Buffer | Uint8Array;
  }>(
    db,
    sql`SELECT d.id, d.application_id, a.organisation_id, a.prepared_by_organisation_id, a.reference, d.language,
               d.document
        FROM decision d JOIN application a ON a.id = d.application_id WHERE d.id = ${decisionId}`,
  );
  return (
    row && {
      id: row.id,
      applicationId: row.application_id,
      organisationId: row.organisation_id,
      preparedByOrganisationId: row.prepared_by_organisation_id,
      reference: row.reference,
      language: row.language,
      document: Buffer.from(row.document),
    }
  );
}
