/**
 * The reads behind the citizen view. They only read other capabilities' tables: the person's own hetu from
 * app_user (identity) and organisation names (accounts); the disclosures come through the disclosure log's
 * own search.
 */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';

/** The identified person's hetu: the one their session was created for, never anything from a request. */
export async function getUserHetu(db: Sql, userId: string): Promise<string | undefined> {
  const [row] = await query<{ hetu: string }>(db, sql`SELECT hetu FROM app_user WHERE id = ${userId}`);
  return row?.hetu;
}

export interface OrganisationName {
  id: string;
  name: string;
  businessId: string;
}

/** The organisations among these ids or business ids (one statement for a page of disclosures). */
export async function listOrganisationNames(
  db: Sql,
  ids: readonly string[],
  businessIds: readonly string[],
): Promise<OrganisationName[]> {
  if (ids.length === 0 && businessIds.length === 0) return [];
  // Each list is ONE bound parameter (an array literal with every item quoted), never SQL text.
  const idList = arrayLiteral(ids);
  const businessIdList = arrayLiteral(businessIds);
  const rows = await query<{ id: string; name: string; business_id: string }>(
    db,
    sql`SELECT id, name, business_id FROM organisation
        WHERE id = ANY(${idList}::uuid[]) OR business_id = ANY(${businessIdList}::text[])`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, businessId: r.business_id }));
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}
