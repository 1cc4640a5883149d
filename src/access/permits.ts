/**
 * Writing the structured part of a permit that enforcement reads. The back office (handling) decides and
 * moves permits through their states; the demo world and tests create them directly through here.
 */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import type { InterfaceName, Selection } from './decide.js';

export interface NewPermit {
  organisationId: string;
  interface: InterfaceName;
  state: string;
  dataGroups: readonly string[];
  turvakielto: boolean;
  selection: Selection;
  products?: readonly string[];
  framework?: boolean;
  validFrom: string;
  validUntil: string;
}

export async function insertPermit(tx: Sql, p: NewPermit, now: Date): Promise<string> {
  const [row] = await query<{ id: string }>(
    tx,
    sql`INSERT INTO permit (organisation_id, interface, state, data_groups, turvakielto, selection, products, framework,
                            valid_from, valid_until, created_at, updated_at)
        VALUES (${p.organisationId}, ${p.interface}, ${p.state}, ${textArray(p.dataGroups)}::text[], ${p.turvakielto},
                ${JSON.stringify(p.selection)}::json, ${textArray(p.products ?? [])}::text[], ${p.framework ?? false},
                ${p.validFrom}, ${p.validUntil}, ${now.toISOString()}, ${now.toISOString()})
        RETURNING id`,
  );
  return row?.id as string;
}

export async function insertEndCustomer(
  tx: Sql,
  permitId: string,
  c: {
    businessId: string;
    name: string;
    dataGroups: readonly string[];
    turvakielto: boolean;
    approved: boolean;
  },
  now: Date,
): Promise<void> {
  await tx.execute(
    sql`INSERT INTO permit_end_customer (permit_id, business_id, name, data_groups, turvakielto, approved, created_at)
        VALUES (${permitId}, ${c.businessId}, ${c.name}, ${textArray(c.dataGroups)}::text[], ${c.turvakielto}, ${c.approved},
                ${now.toISOString()})`,
  );
}

export async function insertOrganisation(
  tx: Sql,
  o: { name: string; businessId: string; kind: 'public' | 'company' },
  now: Date,
): Promise<string> {
  const [row] = await query<{ id: string }>(
    tx,
    sql`INSERT INTO organisation (name, business_id, kind, created_at) VALUES (${o.name}, ${o.businessId}, ${o.kind}, ${now.toISOString()})
        RETURNING id`,
  );
  return row?.id as string;
}

/** A text[] literal bound as one parameter; the items are codes (data groups, product names) quoted for safety. */
function textArray(items: readonly string[]): string {
  return `{${items.map((i) => `"${i.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}
