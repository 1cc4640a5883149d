/**
 * The one entry both interfaces call: credentials → the permit they belong to → its connections and end
 * customers → decide(). Refusals carry a reason code each interface turns into its own wire error.
 */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import { listLiveCredentials, passwordMatches } from './credentials.js';
import {
  type AccessRequest,
  type ConnectionFacts,
  type Decision,
  decide,
  type EndCustomerFacts,
  type PermitFacts,
  type Selection,
} from './decide.js';

export interface Credentials {
  username: string;
  password: string;
}

export async function authorize(
  db: Sql,
  credentials: Credentials | undefined,
  request: AccessRequest,
  now: Date,
): Promise<Decision> {
  if (!credentials || credentials.username === '' || credentials.password === '') {
    return { ok: false, reason: 'missing_credentials' };
  }
  const [stored] = await listLiveCredentials(db, credentials.username, now);
  if (!stored || !(await passwordMatches(stored, credentials.password)))
    return { ok: false, reason: 'invalid_credentials' };
  const facts = await loadPermitFacts(db, stored.permitId);
  if (!facts) return { ok: false, reason: 'invalid_credentials' };
  return decide(facts, request, now);
}

interface PermitRow {
  id: string;
  organisation_id: string;
  interface: PermitFacts['interface'];
  state: string;
  data_groups: string[];
  turvakielto: boolean;
  selection: Selection | string;
  products: string[];
  framework: boolean;
  valid_from: string;
  valid_until: string;
}

/** The permit with its connections and end customers, in one round trip (this runs on every request). */
export async function loadPermitFacts(
  db: Sql,
  permitId: string,
): Promise<
  { permit: PermitFacts; connections: ConnectionFacts[]; endCustomers: EndCustomerFacts[] } | undefined
> {
  const [p] = await query<
    PermitRow & { connections: ConnectionRow[] | string; end_customers: EndCustomerRow[] | string }
  >(
    db,
    sql`SELECT p.id, p.organisation_id, p.interface, p.state, p.data_groups, p.turvakielto, p.selection, p.products, p.framework,
               p.valid_from::text AS valid_from, p.valid_until::text AS valid_until,
               COALESCE((SELECT json_agg(json_build_object('id', c.id, 'kind', c.kind, 'xroad_client', c.xroad_client,
                                  'certificate_sha256', c.certificate_sha256, 'certificate_not_after', c.certificate_not_after,
                                  'state', c.state))
                         FROM connection c WHERE c.permit_id = p.id), '[]') AS connections,
               COALESCE((SELECT json_agg(json_build_object('business_id', e.business_id, 'name', e.name,
                                  'data_groups', e.data_groups, 'turvakielto', e.turvakielto, 'approved', e.approved))
                         FROM permit_end_customer e WHERE e.permit_id = p.id), '[]') AS end_customers
        FROM permit p WHERE p.id = ${permitId}`,
  );
  if (!p) return undefined;
  const connections = (
    typeof p.connections === 'string' ? JSON.parse(p.connections) : p.connections
  ) as ConnectionRow[];
  const endCustomers = (
    typeof p.end_customers === 'string' ? JSON.parse(p.end_customers) : p.end_customers
  ) as EndCustomerRow[];
  return {
    permit: {
      id: p.id,
      organisationId: p.organisation_id,
      interface: p.interface,
      state: p.state,
      dataGroups: p.data_groups,
      turvakielto: p.turvakielto,
      selection: typeof p.selection === 'string' ? (JSON.parse(p.selection) as Selection) : p.selection,
      products: p.products,
      framework: p.framework,
      validFrom: p.valid_from,
      validUntil: p.valid_until,
    },
    connections: connections.map((c) => ({
      id: c.id,
      kind: c.kind,
      xroadClient: c.xroad_client,
      certificateSha256: c.certificate_sha256,
      certificateNotAfter: c.certificate_not_after === null ? null : new Date(c.certificate_not_after),
      state: c.state,
    })),
    endCustomers: endCustomers.map((c) => ({
      businessId: c.business_id,
      name: c.name,
      dataGroups: c.data_groups,
      turvakielto: c.turvakielto,
      approved: c.approved,
    })),
  };
}

interface ConnectionRow {
  id: string;
  kind: 'xroad' | 'certificate';
  xroad_client: string | null;
  certificate_sha256: string | null;
  certificate_not_after: string | null;
  state: string;
}

interface EndCustomerRow {
  business_id: string;
  name: string;
  data_groups: string[];
  turvakielto: boolean;
  approved: boolean;
}
