/**
 * The back office's statements: the queue and case reads that join what a handler needs in one go, the
 * information requests and decisions it writes, the connections screen, and the dashboard's statistics.
 * (Single applications, their events, versions and attachments are read through applications/index.ts.)
 */
import { type SQL, sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import { organisationMatch } from '../permits/index.js';

type Stamp = string | Date;
const date = (v: Stamp) => new Date(v);
const dateOrNull = (v: Stamp | null) => (v === null ? null : new Date(v));
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

/** States a case can be in once sent to DVV: drafts and the intermediary's pre-sending states never show. */
export const CASE_STATES = [
  'submitted',
  'in_review',
  'info_requested',
  'granted',
  'denied',
  'lapsed',
  'withdrawn',
] as const;
/** Cases waiting for DVV. */
export const OPEN_CASE_STATES = ['submitted', 'in_review', 'info_requested'] as const;

export interface OrganisationRef {
  id: string;
  name: string;
  businessId: string;
}

export interface QueueRow {
  id: string;
  reference: string | null;
  form: string;
  kind: string;
  state: string;
  organisation: OrganisationRef;
  preparedBy: OrganisationRef | null;
  submittedAt: Date;
  assignedTo: { id: string; name: string } | null;
}

interface QueueDbRow {
  id: string;
  reference: string | null;
  form: string;
  kind: string;
  state: string;
  organisation_id: string;
  organisation_name: string;
  organisation_business_id: string;
  prepared_by_id: string | null;
  prepared_by_name: string | null;
  prepared_by_business_id: string | null;
  submitted_at: Stamp;
  assigned_to: string | null;
  assigned_name: string | null;
}

const QUEUE_SELECT = sql`SELECT a.id, a.reference, a.form, a.kind, a.state,
         o.id AS organisation_id, o.name AS organisation_name, o.business_id AS organisation_business_id,
         p.id AS prepared_by_id, p.name AS prepared_by_name, p.business_id AS prepared_by_business_id,
         a.submitted_at, a.assigned_to, s.name AS assigned_name
       FROM application a JOIN organisation o ON o.id = a.organisation_id
         LEFT JOIN organisation p ON p.id = a.prepared_by_organisation_id
         LEFT JOIN staff_user s ON s.id = a.assigned_to`;

const toQueueRow = (r: QueueDbRow): QueueRow => ({
  id: r.id,
  reference: r.reference,
  form: r.form,
  kind: r.kind,
  state: r.state,
  organisation: { id: r.organisation_id, name: r.organisation_name, businessId: r.organisation_business_id },
  preparedBy:
    r.prepared_by_id === null
      ? null
      : {
          id: r.prepared_by_id,
          name: r.prepared_by_name as string,
          businessId: r.prepared_by_business_id as string,
        },
  submittedAt: date(r.submitted_at),
  assignedTo: r.assigned_to === null ? null : { id: r.assigned_to, name: r.assigned_name as string },
});

const inList = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** Sent at least once and not back with the customer: what the back office may see. */
const IS_CASE = sql`a.submitted_at IS NOT NULL AND a.state IN (${inList(CASE_STATES)})`;

export interface QueueFilter {
  states?: readonly string[];
  form?: string;
  /** An organisation id, its exact Y-tunnus, or part of its name. */
  organisation?: string;
  /** Only cases sent at least this many days ago. */
  minAgeDays?: number;
  assigned?: 'me' | 'none' | 'any';
  staffUserId: string;
}

/** Oldest first: the queue is worked from its head. */
export async function listQueue(db: Sql, f: QueueFilter, now: Date): Promise<QueueRow[]> {
  const where: SQL[] = [IS_CASE];
  if (f.states && f.states.length > 0) where.push(sql`a.state IN (${inList(f.states)})`);
  if (f.form) where.push(sql`a.form = ${f.form}`);
  if (f.organisation) where.push(organisationMatch(f.organisation));
  if (f.minAgeDays !== undefined) {
    where.push(sql`a.submitted_at <= ${new Date(now.getTime() - f.minAgeDays * 86_400_000).toISOString()}`);
  }
  if (f.assigned === 'me') where.push(sql`a.assigned_to = ${f.staffUserId}`);
  if (f.assigned === 'none') where.push(sql`a.assigned_to IS NULL`);
  const rows = await query<QueueDbRow>(
    db,
    sql`${QUEUE_SELECT} WHERE ${sql.join(where, sql` AND `)} ORDER BY a.submitted_at, a.id LIMIT 1000`,
  );
  return rows.map(toQueueRow);
}

/** One case (an application sent to DVV), as the queue shows it. */
export async function getQueueRow(db: Sql, applicationId: string): Promise<QueueRow | undefined> {
  const [row] = await query<QueueDbRow>(
    db,
    sql`${QUEUE_SELECT} WHERE a.id = ${applicationId} AND ${IS_CASE}`,
  );
  return row && toQueueRow(row);
}

/** Reassigning a case that waits for the customer's answer keeps it waiting (no change of state). */
export async function updateAssigneeWhileWaiting(
  tx: Sql,
  applicationId: string,
  staffUserId: string,
  now: Date,
): Promise<boolean> {
  const rows = await query<{ id: string }>(
    tx,
    sql`UPDATE application SET assigned_to = ${staffUserId}, updated_at = ${now.toISOString()}
        WHERE id = ${applicationId} AND state = 'info_requested' RETURNING id`,
  );
  return rows.length === 1;
}

export async function listVersionSummaries(
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

export interface CaseInfoRequest {
  id: string;
  message: string;
  deadline: Date;
  createdAt: Date;
  createdBy: { id: string; name: string };
  answer: string | null;
  answeredAt: Date | null;
}

export async function listCaseInfoRequests(db: Sql, applicationId: string): Promise<CaseInfoRequest[]> {
  const rows = await query<{
    id: string;
    message: string;
    deadline: Stamp;
    created_at: Stamp;
    created_by: string;
    creator_name: string;
    answer: string | null;
    answered_at: Stamp | null;
  }>(
    db,
    sql`SELECT r.id, r.message, r.deadline, r.created_at, r.created_by, s.name AS creator_name, r.answer, r.answered_at
        FROM info_request r JOIN staff_user s ON s.id = r.created_by
        WHERE r.application_id = ${applicationId} ORDER BY r.created_at, r.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    message: r.message,
    deadline: date(r.deadline),
    createdAt: date(r.created_at),
    createdBy: { id: r.created_by, name: r.creator_name },
    answer: r.answer,
    answeredAt: dateOrNull(r.answered_at),
  }));
}

export async function insertInfoRequest(
  tx: Sql,
  r: { applicationId: string; message: string; deadline: Date; createdBy: string },
  now: Date,
): Promise<string> {
  const [row] = await query<{ id: string }>(
    tx,
    sql`INSERT INTO info_request (application_id, message, deadline, created_by, created_at)
        VALUES (${r.applicationId}, ${r.message}, ${r.deadline.toISOString()}, ${r.createdBy}, ${now.toISOString()})
        RETURNING id`,
  );
  return row?.id as string;
}

/** Cases waiting for an answer whose open request's deadline has passed, with that request. */
export async function listOverdueInfoRequests(
  db: Sql,
  now: Date,
): Promise<{ applicationId: string; infoRequestId: string }[]> {
  const rows = await query<{ application_id: string; id: string }>(
    db,
    sql`SELECT r.application_id, r.id FROM info_request r JOIN application a ON a.id = r.application_id
        WHERE a.state = 'info_requested' AND r.answered_at IS NULL AND r.deadline < ${now.toISOString()}
        ORDER BY r.deadline, r.id`,
  );
  return rows.map((r) => ({ applicationId: r.application_id, infoRequestId: r.id }));
}

export interface CaseDecision {
  id: string;
  outcome: 'granted' | 'denied';
  data: Record<string, unknown>;
  language: 'fi' | 'sv';
  decidedAt: Date;
  decidedBy: { id: string; name: string };
}

export async function getCaseDecision(db: Sql, applicationId: string): Promise<CaseDecision | undefined> {
  const [row] = await query<{
    id: string;
    outcome: 'granted' | 'denied';
    data: unknown;
    language: 'fi' | 'sv';
    decided_at: Stamp;
    decided_by: string;
    decider_name: string;
  }>(
    db,
    sql`SELECT d.id, d.outcome, d.data, d.language, d.decided_at, d.decided_by, s.name AS decider_name
        FROM decision d JOIN staff_user s ON s.id = d.decided_by WHERE d.application_id = ${applicationId}`,
  );
  return (
    row && {
      id: row.id,
      outcome: row.outcome,
      data: json<Record<string, unknown>>(row.data),
      language: row.language,
      decidedAt: date(row.decided_at),
      decidedBy: { id: row.decided_by, name: row.decider_name },
    }
  );
}

export async function insertDecision(
  tx: Sql,
  d: {
    applicationId: string;
    outcome: 'granted' | 'denied';
    data: Record<string, unknown>;
    language: 'fi' | 'sv';
    document: Buffer;
    decidedBy: string;
  },
  now: Date,
): Promise<string> {
  const [row] = await query<{ id: string }>(
    tx,
    sql`INSERT INTO decision (application_id, outcome, data, language, document, decided_by, decided_at)
        VALUES (${d.applicationId}, ${d.outcome}, ${JSON.stringify(d.data)}::json, ${d.language}, ${d.document},
                ${d.decidedBy}, ${now.toISOString()})
        RETURNING id`,
  );
  return row?.id as string;
}

export interface ConnectionRow {
  id: string;
  kind: 'xroad' | 'certificate';
  environment: 'test' | 'production';
  state: string;
  xroadClient: string | null;
  certificate: {
    sha256: string;
    subject: string;
    issuer: string;
    notBefore: Date | null;
    notAfter: Date | null;
  } | null;
  createdAt: Date;
  decidedAt: Date | null;
  permit: { id: string; interface: string; state: string; reference: string | null };
  organisation: OrganisationRef;
}

const CONNECTION_SELECT = sql`SELECT c.id, c.kind, c.environment, c.state, c.xroad_client, c.certificate_sha256,
         c.certificate_subject, c.certificate_issuer, c.certificate_not_before, c.certificate_not_after,
         c.created_at, c.decided_at, p.id AS permit_id, p.interface, p.state AS permit_state, a.reference,
         o.id AS organisation_id, o.name AS organisation_name, o.business_id
       FROM connection c JOIN permit p ON p.id = c.permit_id JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN application a ON a.id = p.application_id`;

interface ConnectionDbRow {
  id: string;
  kind: 'xroad' | 'certificate';
  environment: 'test' | 'production';
  state: string;
  xroad_client: string | null;
  certificate_sha256: string | null;
  certificate_subject: string | null;
  certificate_issuer: string | null;
  certificate_not_before: Stamp | null;
  certificate_not_after: Stamp | null;
  created_at: Stamp;
  decided_at: Stamp | null;
  permit_id: string;
  interface: string;
  permit_state: string;
  reference: string | null;
  organisation_id: string;
  organisation_name: string;
  business_id: string;
}

const toConnectionRow = (r: ConnectionDbRow): ConnectionRow => ({
  id: r.id,
  kind: r.kind,
  environment: r.environment,
  state: r.state,
  xroadClient: r.xroad_client,
  certificate:
    r.kind === 'certificate'
      ? {
          sha256: r.certificate_sha256 ?? '',
          subject: r.certificate_subject ?? '',
          issuer: r.certificate_issuer ?? '',
          notBefore: dateOrNull(r.certificate_not_before),
          notAfter: dateOrNull(r.certificate_not_after),
        }
      : null,
  createdAt: date(r.created_at),
  decidedAt: dateOrNull(r.decided_at),
  permit: { id: r.permit_id, interface: r.interface, state: r.permit_state, reference: r.reference },
  organisation: { id: r.organisation_id, name: r.organisation_name, businessId: r.business_id },
});

/** Oldest first (the pending ones are a queue too). */
export async function listConnectionRows(db: Sql, state: string | undefined): Promise<ConnectionRow[]> {
  const rows = await query<ConnectionDbRow>(
    db,
    sql`${CONNECTION_SELECT} ${state ? sql`WHERE c.state = ${state}` : sql``} ORDER BY c.created_at, c.id LIMIT 1000`,
  );
  return rows.map(toConnectionRow);
}

export async function getConnectionRow(db: Sql, id: string): Promise<ConnectionRow | undefined> {
  const [row] = await query<ConnectionDbRow>(db, sql`${CONNECTION_SELECT} WHERE c.id = ${id}`);
  return row && toConnectionRow(row);
}

/** Pending or approved connections of a permit with this X-Road client. */
export async function listOpenXRoadConnections(
  db: Sql,
  permitId: string,
  xroadClient: string,
): Promise<{ id: string; state: string }[]> {
  return query<{ id: string; state: string }>(
    db,
    sql`SELECT id, state FROM connection WHERE permit_id = ${permitId} AND xroad_client = ${xroadClient}
          AND state IN ('pending', 'approved') ORDER BY created_at, id`,
  );
}

/** Names and Y-tunnus of these organisations (ids that are not UUIDs are skipped). */
export async function listOrganisationsById(
  db: Sql,
  ids: readonly string[],
): Promise<Map<string, { id: string; name: string; businessId: string }>> {
  const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (uuids.length === 0) return new Map();
  const rows = await query<{ id: string; name: string; business_id: string }>(
    db,
    sql`SELECT id, name, business_id FROM organisation WHERE id IN (${sql.join(
      uuids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, businessId: r.business_id }]));
}

// ── Dashboard ────────────────────────────────────────────────────────────────────────────────────────────

export async function countCasesByState(db: Sql): Promise<Record<string, number>> {
  const rows = await query<{ state: string; n: string | number }>(
    db,
    sql`SELECT a.state, count(*) AS n FROM application a WHERE ${IS_CASE} GROUP BY a.state`,
  );
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}

/** Days from first sending to the decision, over every decided case: median, 90th percentile and count. */
export async function processingDays(
  db: Sql,
): Promise<{ median: number | null; p90: number | null; count: number }> {
  const [row] = await query<{
    median: number | string | null;
    p90: number | string | null;
    n: string | number;
  }>(
    db,
    sql`SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY d.days) AS median,
               percentile_cont(0.9) WITHIN GROUP (ORDER BY d.days) AS p90, count(*) AS n
        FROM (SELECT extract(epoch FROM (decided_at - submitted_at)) / 86400.0 AS days FROM application
              WHERE decided_at IS NOT NULL AND submitted_at IS NOT NULL) AS d`,
  );
  const num = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return { median: num(row?.median), p90: num(row?.p90), count: Number(row?.n ?? 0) };
}

/** Per Finnish calendar month from `fromMonth` (YYYY-MM) on: cases sent, cases decided, median days. */
export async function monthlySeries(
  db: Sql,
  fromMonth: string,
): Promise<{ month: string; submitted: number; decided: number; medianDays: number | null }[]> {
  const rows = await query<{
    month: string;
    submitted: string | number;
    decided: string | number;
    median_days: number | string | null;
  }>(
    db,
    sql`WITH sent AS (
          SELECT to_char(submitted_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month, count(*) AS n
          FROM application WHERE submitted_at IS NOT NULL GROUP BY 1),
        decided AS (
          SELECT to_char(decided_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month, count(*) AS n,
                 percentile_cont(0.5) WITHIN GROUP (
                   ORDER BY extract(epoch FROM (decided_at - submitted_at)) / 86400.0) AS median_days
          FROM application WHERE decided_at IS NOT NULL AND submitted_at IS NOT NULL GROUP BY 1)
        SELECT m.month, COALESCE(s.n, 0) AS submitted, COALESCE(d.n, 0) AS decided, d.median_days
        FROM (SELECT month FROM sent UNION SELECT month FROM decided) AS m
          LEFT JOIN sent s ON s.month = m.month LEFT JOIN decided d ON d.month = m.month
        WHERE m.month >= ${fromMonth} ORDER BY m.month`,
  );
  return rows.map((r) => ({
    month: r.month,
    submitted: Number(r.submitted),
    decided: Number(r.decided),
    medianDays: r.median_days === null ? null : Number(r.median_days),
  }));
}
