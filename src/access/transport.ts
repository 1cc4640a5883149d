/**
 * Who is calling, established by the transport, never by the body alone (DESIGN §5):
 * - a connection from a pinned X-Road security server (mutual TLS, fingerprint in SECURITY_SERVER_CERT_SHA256)
 *   carries a trusted X-Road client id (the X-Road-Client header, or the SOAP xrd:client the caller passes);
 * - any other client with a verified certificate is a direct client, identified by that certificate;
 * - in demo mode, plain HTTP from loopback is accepted too: X-Road ids are taken as sent, and without one the
 *   request counts as the demo certificate connection.
 * Anything else has no transport identity, and the authorization core refuses it.
 */
import { createHash } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { TransportIdentity } from './decide.js';
import { parseXRoadClient } from './xroad.js';

/** The demo world's stand-in for a client certificate (DESIGN §5); never matched outside demo mode. */
export const DEMO_CERTIFICATE_SHA256 = createHash('sha256')
  .update('tietolupa demo client certificate')
  .digest('hex');

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export function peerCertificateSha256(request: FastifyRequest): string | undefined {
  const socket = request.raw.socket as Partial<TLSSocket>;
  if (!socket.encrypted || !socket.authorized || typeof socket.getPeerCertificate !== 'function')
    return undefined;
  const certificate = socket.getPeerCertificate();
  if (!certificate?.raw) return undefined;
  return createHash('sha256').update(certificate.raw).digest('hex');
}

/**
 * @param claimedXRoadClient the X-Road client id the request claims (header or SOAP header), if any; it is
 * used only when the connection may vouch for it.
 */
export function transportIdentity(
  request: FastifyRequest,
  config: Pick<Config, 'demo' | 'securityServerFingerprints'>,
  claimedXRoadClient: string | undefined,
): TransportIdentity {
  const certificate = peerCertificateSha256(request);
  const fromSecurityServer =
    certificate !== undefined && config.securityServerFingerprints.includes(certificate);
  const plainLoopback =
    !(request.raw.socket as Partial<TLSSocket>).encrypted &&
    LOOPBACK.test(request.raw.socket.remoteAddress ?? '');
  const demoLoopback = config.demo && plainLoopback;
  const claimed =
    claimedXRoadClient && parseXRoadClient(claimedXRoadClient.trim()) ? claimedXRoadClient.trim() : undefined;
  if ((fromSecurityServer || demoLoopback) && claimed) return { xroadClient: claimed };
  if (certificate && !fromSecurityServer) return { certificateSha256: certificate };
  if (demoLoopback) return { certificateSha256: DEMO_CERTIFICATE_SHA256 };
  return {};
}
