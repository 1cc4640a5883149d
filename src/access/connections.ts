/**
 * A permit's connections: X-Road subsystems and client certificates. A connection is registered by the
 * customer, approved (or rejected) by a handler, and usable only while approved and its permit is active.
 */
import { X509Certificate } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import { badRequest, conflict } from '../errors.js';
import { environmentOf, formatXRoadClient, parseXRoadClient, type XRoadClientId } from './xroad.js';

export type ConnectionState = 'pending' | 'approved' | 'rejected' | 'revoked';

export interface Connection {
  id: string;
  permitId: string;
  kind: 'xroad' | 'certificate';
  environment: 'test' | 'production';
  xroadClient: string | null;
  certificateSha256: string | null;
  certificateSubject: string | null;
  certificateIssuer: string | null;
  certificateNotBefore: Date | null;
  certificateNotAfter: Date | null;
  state: ConnectionState;
}

export async function registerXRoadSubsystem(
  tx: Sql,
  permitId: string,
  client: XRoadClientId | string,
  now: Date,
): Promise<Connection> {
  const id = typeof client === 'string' ? parseXRoadClient(client) : client;
  if (!id || !parseXRoadClient(formatXRoadClient(id))) {
    throw badRequest(
      'invalid_xroad_client',
      'X-Road client must be INSTANCE/MEMBERCLASS/MEMBERCODE/SUBSYSTEM, e.g. FI-TEST/MUN/0101263-6/evaka',
    );
  }
  const [row] = await query<ConnectionRow>(
    tx,
    sql`INSERT INTO connection (permit_id, kind, environment, xroad_client, state, created_at)
        VALUES (${permitId}, 'xroad', ${environmentOf(id)}, ${formatXRoadClient(id)}, 'pending', ${now.toISOString()})
        RETURNING *`,
  );
  return toConnection(row as ConnectionRow);
}

/** Registers a client certificate from its PEM; the fingerprint, subject, issuer and validity are read from it. */
export async function registerCertificate(
  tx: Sql,
  permitId: string,
  pem: string,
  environment: 'test' | 'production',
  now: Date,
): Promise<Connection> {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pem);
  } catch {
    throw badRequest('invalid_certificate', 'The certificate is not a PEM-encoded X.509 certificate');
  }
  if (new Date(certificate.validTo) < now)
    throw badRequest('certificate_expired', 'The certificate has already expired');
  const [row] = await query<ConnectionRow>(
    tx,
    sql`INSERT INTO connection (permit_id, kind, environment, certificate_sha256, certificate_subject, certificate_issuer,
                                certificate_not_before, certificate_not_after, state, created_at)
        VALUES (${permitId}, 'certificate', ${environment}, ${certificateFingerprint(certificate)}, ${certificate.subject},
                ${certificate.issuer}, ${new Date(certificate.validFrom).toISOString()},
                ${new Date(certificate.validTo).toISOString()}, 'pending', ${now.toISOString()})
        RETURNING *`,
  );
  return toConnection(row as ConnectionRow);
}

/** SHA-256 of the DER encoding, lower-case hex without separators: how connections are matched. */
export function certificateFingerprint(certificate: X509Certificate): string {
  return certificate.fingerprint256.replaceAll(':', '').toLowerCase();
}

const TRANSITIONS: Readonly<Record<ConnectionState, readonly ConnectionState[]>> = {
  pending: ['approved', 'rejected'],
  approved: ['revoked'],
  rejected: [],
  revoked: [],
};

/** Moves a connection to its next state; an illegal transition is a 409 and changes nothing. */
export async function decideConnection(
  tx: Sql,
  connectionId: string,
  to: ConnectionState,
  now: Date,
): Promise<Connection> {
  const [current] = await query<ConnectionRow>(
    tx,
    sql`SELECT * FROM connection WHERE id = ${connectionId} FOR UPDATE`,
  );
  if (!current) throw badRequest('unknown_connection', 'No such connection');
  if (!TRANSITIONS[current.state as ConnectionState].includes(to)) {
    throw conflict('illegal_transition', `A ${current.state} connection cannot become ${to}`);
  }
  const [row] = await query<ConnectionRow>(
    tx,
    sql`UPDATE connection SET state = ${to}, decided_at = ${now.toISOString()} WHERE id = ${connectionId} RETURNING *`,
  );
  return toConnection(row as ConnectionRow);
}

export async function listConnections(db: Sql, permitId: string): Promise<Connection[]> {
  const rows = await query<ConnectionRow>(
    db,
    sql`SELECT * FROM connection WHERE permit_id = ${permitId} ORDER BY created_at, id`,
  );
  return rows.map(toConnection);
}

interface ConnectionRow {
  id: string;
  permit_id: string;
  kind: 'xroad' | 'certificate';
  environment: 'test' | 'production';
  xroad_client: string | null;
  certificate_sha256: string | null;
  certificate_subject: string | null;
  certificate_issuer: string | null;
  certificate_not_before: string | Date | null;
  certificate_not_after: string | Date | null;
  state: ConnectionState;
}

const dateOrNull = (v: string | Date | null) => (v === null ? null : new Date(v));

function toConnection(r: ConnectionRow): Connection {
  return {
    id: r.id,
    permitId: r.permit_id,
    kind: r.kind,
    environment: r.environment,
    xroadClient: r.xroad_client,
    certificateSha256: r.certificate_sha256,
    certificateSubject: r.certificate_subject,
    certificateIssuer: r.certificate_issuer,
    certificateNotBefore: dateOrNull(r.certificate_not_before),
    certificateNotAfter: dateOrNull(r.certificate_not_after),
    state: r.state,
  };
}
