/**
 * The authorization core's decision, as a pure function of the facts (the permit a credential belongs to,
 * its connections and end customers) and the request. Both interfaces reach it through authorize.ts;
 * nothing else in the code decides what may be disclosed (DESIGN invariant 1).
 */
import type { DataGroupCode } from '../register/catalogue/index.js';

export type InterfaceName = 'muutosrajapinta' | 'vtjkysely';

export type Selection =
  | { kind: 'hetu_list' }
  | { kind: 'municipalities'; codes: readonly string[] }
  | { kind: 'national' };

export interface PermitFacts {
  id: string;
  organisationId: string;
  interface: InterfaceName;
  state: string;
  dataGroups: readonly string[];
  turvakielto: boolean;
  selection: Selection;
  products: readonly string[];
  framework: boolean;
  /** Inclusive dates, YYYY-MM-DD. */
  validFrom: string;
  validUntil: string;
}

export interface ConnectionFacts {
  id: string;
  kind: 'xroad' | 'certificate';
  xroadClient: string | null;
  certificateSha256: string | null;
  certificateNotAfter: Date | null;
  state: string;
}

export interface EndCustomerFacts {
  businessId: string;
  name: string;
  dataGroups: readonly string[];
  turvakielto: boolean;
  approved: boolean;
}

/** Who is calling, as the transport established it (transport.ts): never taken from the body. */
export interface TransportIdentity {
  /** A trusted X-Road client id (INSTANCE/CLASS/CODE/SUBSYSTEM). */
  xroadClient?: string;
  /** SHA-256 of a verified client certificate (lower-case hex). */
  certificateSha256?: string;
}

export interface AccessRequest {
  interface: InterfaceName;
  operation: string;
  transport: TransportIdentity;
  /** The end user (Loppukayttaja) the client names. */
  endUser?: string;
  /** An intermediary's end customer (its Y-tunnus). */
  endCustomer?: string;
  /** A VTJkysely product (SoSoNimi), matched case-insensitively. */
  product?: string;
  /** The data groups asked for; undefined asks for everything the permit allows. */
  dataGroups?: readonly string[];
}

export type Refusal =
  | 'missing_credentials'
  | 'invalid_credentials'
  | 'wrong_interface'
  | 'permit_not_active'
  | 'permit_expired'
  | 'no_transport_identity'
  | 'unknown_connection'
  | 'connection_not_approved'
  | 'certificate_expired'
  | 'product_not_permitted'
  | 'end_customer_required'
  | 'end_customer_not_approved';

/** Exactly what may be disclosed for this request. */
export interface AccessView {
  permitId: string;
  organisationId: string;
  connectionId: string;
  interface: InterfaceName;
  dataGroups: ReadonlySet<DataGroupCode>;
  /** Whether turvakielto-protected fields may be disclosed. */
  turvakielto: boolean;
  selection: Selection;
  endUser: string | undefined;
  endCustomer: { businessId: string; name: string } | undefined;
  product: string | undefined;
}

export type Decision = { ok: true; view: AccessView } | { ok: false; reason: Refusal };

const refuse = (reason: Refusal): Decision => ({ ok: false, reason });

/** Building a formatter costs far more than using one: one for the process. */
const HELSINKI_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' });

/** The day of `now` in Finland: a permit valid "until 31.12." is valid all of that Finnish day. */
function finnishDate(now: Date): string {
  return HELSINKI_DATE.format(now);
}

export function decide(
  facts: {
    permit: PermitFacts;
    connections: readonly ConnectionFacts[];
    endCustomers: readonly EndCustomerFacts[];
  },
  request: AccessRequest,
  now: Date,
): Decision {
  const { permit } = facts;
  if (permit.interface !== request.interface) return refuse('wrong_interface');
  if (permit.state !== 'active') return refuse('permit_not_active');
  const today = finnishDate(now);
  if (today < permit.validFrom || today > permit.validUntil) return refuse('permit_expired');

  const { xroadClient, certificateSha256 } = request.transport;
  if (!xroadClient && !certificateSha256) return refuse('no_transport_identity');
  const connection = facts.connections.find((c) =>
    xroadClient
      ? c.kind === 'xroad' && c.xroadClient === xroadClient
      : c.kind === 'certificate' && c.certificateSha256 === certificateSha256,
  );
  if (!connection) return refuse('unknown_connection');
  if (connection.state !== 'approved') return refuse('connection_not_approved');
  if (
    connection.kind === 'certificate' &&
    connection.certificateNotAfter &&
    connection.certificateNotAfter < now
  ) {
    return refuse('certificate_expired');
  }

  let product: string | undefined;
  if (request.interface === 'vtjkysely') {
    const asked = request.product?.trim().toUpperCase();
    product = permit.products.find((p) => p.toUpperCase() === asked);
    if (!product) return refuse('product_not_permitted');
  }

  let allowed = new Set(permit.dataGroups);
  let turvakielto = permit.turvakielto;
  let endCustomer: AccessView['endCustomer'];
  if (permit.framework) {
    if (!request.endCustomer) return refuse('end_customer_required');
    const customer = facts.endCustomers.find((c) => c.businessId === request.endCustomer && c.approved);
    if (!customer) return refuse('end_customer_not_approved');
    // At most what this end customer was approved for, and never more than the framework permit.
    allowed = new Set(customer.dataGroups.filter((g) => allowed.has(g)));
    turvakielto = turvakielto && customer.turvakielto;
    endCustomer = { businessId: customer.businessId, name: customer.name };
  }
  const dataGroups = request.dataGroups ? request.dataGroups.filter((g) => allowed.has(g)) : [...allowed];

  return {
    ok: true,
    view: {
      permitId: permit.id,
      organisationId: permit.organisationId,
      connectionId: connection.id,
      interface: permit.interface,
      dataGroups: new Set(dataGroups as DataGroupCode[]),
      turvakielto,
      selection: permit.selection,
      endUser: request.endUser,
      endCustomer,
      product,
    },
  };
}

/** Whether a person (by home municipality) is inside the permit's selection. */
export function inSelection(selection: Selection, homeMunicipality: string | null): boolean {
  return (
    selection.kind !== 'municipalities' ||
    (homeMunicipality !== null && selection.codes.includes(homeMunicipality))
  );
}
