/**
 * The gate in front of both interfaces: transport identity → authorization core → per-connection rate
 * limit. Returns the view or a refusal the interface turns into its own wire format (JSON error, SOAP
 * fault, Paluukoodi). Authorization failures are rate-limited per client address too, so that guessing
 * passwords is slow even though each guess is cheap to refuse.
 */
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Sql } from '../db/index.js';
import { authorize, type Credentials } from './authorize.js';
import type { AccessRequest, AccessView, Refusal } from './decide.js';
import { type RateLimit, takeRequest } from './rate-limit.js';
import { transportIdentity } from './transport.js';

export type Admission =
  | { ok: true; view: AccessView }
  | { ok: false; reason: Refusal | 'rate_limited'; retryAfterSeconds?: number };

/** Requests per minute for one connection, and failed authorizations per minute for one address. */
export const CONNECTION_LIMIT: RateLimit = { limit: 600, windowSeconds: 60 };
export const FAILED_AUTH_LIMIT: RateLimit = { limit: 30, windowSeconds: 60 };

export async function admit(
  db: Sql,
  config: Pick<Config, 'demo' | 'securityServerFingerprints'>,
  request: FastifyRequest,
  input: {
    credentials: Credentials | undefined;
    claimedXRoadClient: string | undefined;
    access: Omit<AccessRequest, 'transport'>;
    now: Date;
    limits?: { connection?: RateLimit; failedAuth?: RateLimit };
  },
): Promise<Admission> {
  const transport = transportIdentity(request, config, input.claimedXRoadClient);
  const decision = await authorize(db, input.credentials, { ...input.access, transport }, input.now);
  if (!decision.ok) {
    const failed = await takeRequest(
      db,
      `auth-failed:${request.ip}`,
      input.limits?.failedAuth ?? FAILED_AUTH_LIMIT,
      input.now,
    );
    if (!failed.ok) return { ok: false, reason: 'rate_limited', retryAfterSeconds: failed.retryAfterSeconds };
    return decision;
  }
  const rate = await takeRequest(
    db,
    `connection:${decision.view.connectionId}`,
    input.limits?.connection ?? CONNECTION_LIMIT,
    input.now,
  );
  if (!rate.ok) return { ok: false, reason: 'rate_limited', retryAfterSeconds: rate.retryAfterSeconds };
  return decision;
}
