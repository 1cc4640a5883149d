/**
 * Credentials and connections for customers, on the permits their organisation holds. Every route requires
 * a session (401) and membership of the organisation (403); a permit or credential of another organisation
 * is a 404, as if it did not exist. Passwords appear once, in the response that creates them, and never in
 * a log or the audit trail.
 *
 * GET  /api/organisations/:organisationId/permits                                               members: the permits
 * GET  /api/organisations/:organisationId/permits/:permitId/credentials                         members: usernames and validity
 * POST /api/organisations/:organisationId/permits/:permitId/credentials                         main users: issue one (password shown once)
 * POST /api/organisations/:organisationId/permits/:permitId/credentials/:credentialId/rotate    main users: a successor; the old one overlaps
 * POST /api/organisations/:organisationId/permits/:permitId/credentials/:credentialId/revoke    main users: end it now
 * GET  /api/organisations/:organisationId/permits/:permitId/connections                         members: X-Road subsystems and certificates
 * POST /api/organisations/:organisationId/permits/:permitId/connections                         members: register one (pending until approved)
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requireMembership } from '../accounts/index.js';
import type { AppDeps } from '../app.js';
import type { Sql } from '../db/index.js';
import { conflict, notFound } from '../errors.js';
import {
  type Actor,
  type AuditAction,
  actorOf,
  allowMissingBody,
  NoInput,
  recordAudit,
  sessionSupport,
} from '../identity/index.js';
import { listOrganisationPermitDetails, PermitListItem, presentListDetails } from '../permits/index.js';
import {
  type Connection,
  listConnections,
  registerCertificate,
  registerXRoadSubsystem,
} from './connections.js';
import { type IssuedCredential, issueCredential, revokeCredential, rotateCredential } from './credentials.js';
import {
  type CredentialSummary,
  getOrganisationPermit,
  getPermitCredentialForUpdate,
  hasSameOpenConnection,
  listOrganisationPermits,
  listPermitCredentials,
  type PermitSummary,
} from './customer-queries.js';
import {
  ConnectionView,
  CredentialParams,
  CredentialView,
  IssuedCredentialView,
  NoQuery,
  OrganisationParams,
  PermitParams,
  RegisterConnectionBody,
  RotatedCredentialView,
} from './customer-schemas.js';

/** Decided permits that are not over: connections and credentials can be prepared and used. */
const OPEN_PERMIT_STATES = new Set(['granted', 'terms_pending', 'active']);

export async function customerAccessPlugin(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const auth = await sessionSupport(scope, deps);
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock } = deps;
  const base = '/api/organisations/:organisationId/permits';

  app.get(
    base,
    {
      onRequest: auth.required,
      schema: {
        params: OrganisationParams,
        querystring: NoQuery,
        response: { 200: Type.Object({ permits: Type.Array(PermitListItem) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { organisationId } = request.params;
      const { permits, details } = await db.orm.transaction(async (tx) => {
        await requireMembership(tx, actor, organisationId);
        await recordAudit(
          tx,
          { actorUserId: actor.userId, action: 'PermitList', organisationId },
          clock.now(),
        );
        return {
          permits: await listOrganisationPermits(tx, organisationId),
          details: await listOrganisationPermitDetails(tx, organisationId),
        };
      });
      return { permits: permits.map((p) => presentPermit(p, details.get(p.id))) };
    },
  );

  app.get(
    `${base}/:permitId/credentials`,
    {
      onRequest: auth.required,
      schema: {
        params: PermitParams,
        querystring: NoQuery,
        response: { 200: Type.Object({ credentials: Type.Array(CredentialView) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = clock.now();
      const credentials = await db.orm.transaction(async (tx) => {
        const permit = await requirePermit(tx, actor, request.params);
        await audit(tx, actor, 'CredentialList', request.params.organisationId, permit.id, now);
        return listPermitCredentials(tx, permit.id);
      });
      return { credentials: credentials.map((c) => presentCredential(c, now)) };
    },
  );

  app.post(
    `${base}/:permitId/credentials`,
    {
      onRequest: auth.required,
      preValidation: allowMissingBody,
      schema: { params: PermitParams, body: NoInput, response: { 201: IssuedCredentialView } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const now = clock.now();
      const issued = await db.orm.transaction(async (tx) => {
        const permit = await requirePermit(tx, actor, request.params, { mainUser: true });
        assertOpen(permit);
        const credential = await issueCredential(tx, permit, now);
        await audit(tx, actor, 'CredentialIssue', request.params.organisationId, credential.id, now);
        return credential;
      });
      return reply.status(201).send(presentIssued(issued, now));
    },
  );

  app.post(
    `${base}/:permitId/credentials/:credentialId/rotate`,
    {
      onRequest: auth.required,
      preValidation: allowMissingBody,
      schema: { params: CredentialParams, body: NoInput, response: { 201: RotatedCredentialView } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const now = clock.now();
      const rotated = await db.orm.transaction(async (tx) => {
        const permit = await requirePermit(tx, actor, request.params, { mainUser: true });
        assertOpen(permit);
        const old = await requireCredential(tx, permit.id, request.params.credentialId, now);
        if (old.expiresAt !== null) {
          throw conflict(
            'credential_already_rotated',
            'This credential has already been rotated; rotate its successor',
          );
        }
        const credential = (await rotateCredential(tx, old.id, now)) as IssuedCredential;
        const previous = (await getPermitCredentialForUpdate(tx, permit.id, old.id)) as CredentialSummary;
        await audit(tx, actor, 'CredentialRotate', request.params.organisationId, credential.id, now);
        return { credential, previous };
      });
      return reply.status(201).send({
        credential: presentIssued(rotated.credential, now),
        previous: { id: rotated.previous.id, expiresAt: (rotated.previous.expiresAt as Date).toISOString() },
      });
    },
  );

  app.post(
    `${base}/:permitId/credentials/:credentialId/revoke`,
    {
      onRequest: auth.required,
      preValidation: allowMissingBody,
      schema: { params: CredentialParams, body: NoInput, response: { 200: CredentialView } },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = clock.now();
      const revoked = await db.orm.transaction(async (tx) => {
        const permit = await requirePermit(tx, actor, request.params, { mainUser: true });
        const credential = await requireCredential(tx, permit.id, request.params.credentialId, now);
        await revokeCredential(tx, credential.id, now);
        await audit(tx, actor, 'CredentialRevoke', request.params.organisationId, credential.id, now);
        return { ...credential, expiresAt: now };
      });
      return presentCredential(revoked, now);
    },
  );

  app.get(
    `${base}/:permitId/connections`,
    {
      onRequest: auth.required,
      schema: {
        params: PermitParams,
        querystring: NoQuery,
        response: { 200: Type.Object({ connections: Type.Array(ConnectionView) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = clock.now();
      const connections = await db.orm.transaction(async (tx) => {
        const permit = await requirePermit(tx, actor, request.params);
        await audit(tx, actor, 'ConnectionList', request.params.organisationId, permit.id, now);
        return listConnections(tx, permit.id);
      });
      return { connections: connections.map(presentConnection) };
    },
  );

  app.post(
    `${base}/:permitId/connections`,
    {
      onRequest: auth.required,
      schema: { params: PermitParams, body: RegisterConnectionBody, response: { 201: ConnectionView } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const now = clock.now();
      const body = request.body;
      const connection = await db.orm.transaction(async (tx) => {
        const permit = await requirePermit(tx, actor, request.params);
        assertOpen(permit);
        const registered =
          'xroadClient' in body
            ? await registerXRoadSubsystem(tx, permit.id, body.xroadClient, now)
            : await registerCertificate(tx, permit.id, body.certificatePem, body.environment, now);
        if (await hasSameOpenConnection(tx, registered)) {
          throw conflict('connection_exists', 'This permit already has this connection, pending or approved');
        }
        await audit(tx, actor, 'ConnectionRegister', request.params.organisationId, registered.id, now);
        return registered;
      });
      return reply.status(201).send(presentConnection(connection));
    },
  );
}

/** Membership first (403), then the permit among the organisation's own (404 otherwise). */
async function requirePermit(
  tx: Sql,
  actor: Actor,
  params: { organisationId: string; permitId: string },
  options: { mainUser?: boolean } = {},
): Promise<PermitSummary> {
  await requireMembership(tx, actor, params.organisationId, options.mainUser ? { role: 'main_user' } : {});
  const permit = await getOrganisationPermit(tx, params.organisationId, params.permitId);
  if (!permit) throw notFound('permit_not_found', 'This organisation has no such permit');
  return permit;
}

/** The permit's credential that is still valid. */
async function requireCredential(tx: Sql, permitId: string, credentialId: string, now: Date) {
  const credential = await getPermitCredentialForUpdate(tx, permitId, credentialId);
  if (!credential) throw notFound('credential_not_found', 'This permit has no such credential');
  if (credential.expiresAt !== null && credential.expiresAt <= now) {
    throw conflict('credential_ended', 'This credential has already been revoked or has expired');
  }
  return credential;
}

function assertOpen(permit: PermitSummary): void {
  if (!OPEN_PERMIT_STATES.has(permit.state)) {
    throw conflict('permit_closed', `A ${permit.state} permit takes no new credentials or connections`);
  }
}

function audit(
  tx: Sql,
  actor: Actor,
  action: AuditAction,
  organisationId: string,
  targetId: string,
  now: Date,
) {
  return recordAudit(tx, { actorUserId: actor.userId, action, organisationId, targetId }, now);
}

/** With the reference, terms deadline, application and decision the permits capability knows. */
const presentPermit = (p: PermitSummary, details: Parameters<typeof presentListDetails>[0]) => ({
  id: p.id,
  interface: p.interface,
  state: p.state,
  dataGroups: p.dataGroups,
  turvakielto: p.turvakielto,
  products: p.products,
  framework: p.framework,
  validFrom: p.validFrom,
  validUntil: p.validUntil,
  ...presentListDetails(details),
});

function presentCredential(c: CredentialSummary, now: Date) {
  const state = c.expiresAt === null ? 'active' : c.expiresAt > now ? 'rotated' : 'ended';
  return {
    id: c.id,
    username: c.username,
    state: state as 'active' | 'rotated' | 'ended',
    createdAt: c.createdAt.toISOString(),
    expiresAt: c.expiresAt?.toISOString() ?? null,
  };
}

const presentIssued = (c: IssuedCredential, now: Date) => ({
  id: c.id,
  username: c.username,
  password: c.password,
  createdAt: now.toISOString(),
});

function presentConnection(c: Connection) {
  return {
    id: c.id,
    kind: c.kind,
    environment: c.environment,
    state: c.state,
    xroadClient: c.xroadClient,
    certificate:
      c.kind === 'certificate'
        ? {
            sha256: c.certificateSha256 ?? '',
            subject: c.certificateSubject ?? '',
            issuer: c.certificateIssuer ?? '',
            notBefore: c.certificateNotBefore?.toISOString() ?? null,
            notAfter: c.certificateNotAfter?.toISOString() ?? null,
          }
        : null,
  };
}
