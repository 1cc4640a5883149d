/**
 * Customer-account routes. Every route requires a session (401) and, for an organisation, membership
 * (403 whether or not the organisation exists); the rest is an operation in one transaction.
 *
 * GET    /api/session                                          any person: who am I, my organisations and roles, CSRF token
 * POST   /api/organisations                                    any person: create an account, become its main user (409 account_exists)
 * POST   /api/organisations/:organisationId/invitations        main users: invite an e-mail address into a role
 * POST   /api/invitations/accept                               any person: join with an invitation token
 * GET    /api/organisations/:organisationId/members            members: the account's users
 * PATCH  /api/organisations/:organisationId/members/:userId    main users: change a user's role
 * DELETE /api/organisations/:organisationId/members/:userId    main users: remove a user
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../app.js';
import { actorOf, allowMissingBody, NoInput, recordAudit, sessionSupport } from '../identity/index.js';
import { requireMembership } from './authorize.js';
import { accountExists } from './errors.js';
import { acceptInvitation, inviteUser } from './invitations.js';
import { changeRole, removeMember } from './members.js';
import { createAccount } from './organisations.js';
import { presentInvitation, presentMember, presentMembership, presentSession } from './presenters.js';
import { listMembers, listMembershipsOfUser } from './queries.js';
import {
  AcceptInvitationBody,
  ChangeRoleBody,
  CreateOrganisationBody,
  InvitationView,
  InviteBody,
  MemberParams,
  MembershipView,
  MembersView,
  NoQuery,
  OrganisationParams,
  RoleSchema,
  SessionView,
} from './schemas.js';

export async function accountsPlugin(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const auth = await sessionSupport(scope, deps);
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock, config } = deps;

  app.get(
    '/api/session',
    { onRequest: auth.required, schema: { querystring: NoQuery, response: { 200: SessionView } } },
    async (request) => {
      const actor = actorOf(request);
      const memberships = await listMembershipsOfUser(db.orm, actor.userId);
      const idleEnd = clock.now().getTime() + config.sessionIdleMinutes * 60_000;
      return presentSession(actor, memberships, new Date(Math.min(idleEnd, actor.expiresAt.getTime())));
    },
  );

  app.post(
    '/api/organisations',
    { onRequest: auth.required, schema: { body: CreateOrganisationBody, response: { 201: MembershipView } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const result = await db.orm.transaction((tx) =>
        createAccount(tx, actor, request.body, config, clock.now()),
      );
      // After the commit: the main users' notice is kept although the answer is a refusal.
      if (!result.created) throw accountExists();
      return reply
        .status(201)
        .send(presentMembership({ organisation: result.organisation, role: 'main_user' }));
    },
  );

  app.post(
    '/api/organisations/:organisationId/invitations',
    {
      onRequest: auth.required,
      schema: { params: OrganisationParams, body: InviteBody, response: { 201: InvitationView } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const invitation = await db.orm.transaction(async (tx) => {
        const inviter = await requireMembership(tx, actor, request.params.organisationId, {
          role: 'main_user',
        });
        const language = request.body.language ?? actor.language;
        return inviteUser(tx, actor, inviter, { ...request.body, language }, config, clock.now());
      });
      return reply.status(201).send(presentInvitation(invitation));
    },
  );

  app.post(
    '/api/invitations/accept',
    { onRequest: auth.required, schema: { body: AcceptInvitationBody, response: { 200: MembershipView } } },
    async (request) => {
      const actor = actorOf(request);
      const joined = await db.orm.transaction((tx) =>
        acceptInvitation(tx, actor, request.body.token, clock.now()),
      );
      return presentMembership(joined);
    },
  );

  app.get(
    '/api/organisations/:organisationId/members',
    {
      onRequest: auth.required,
      schema: { params: OrganisationParams, querystring: NoQuery, response: { 200: MembersView } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { organisationId } = request.params;
      const members = await db.orm.transaction(async (tx) => {
        await requireMembership(tx, actor, organisationId);
        await recordAudit(
          tx,
          { actorUserId: actor.userId, action: 'MembershipList', organisationId },
          clock.now(),
        );
        return listMembers(tx, organisationId);
      });
      return { members: members.map(presentMember) };
    },
  );

  app.patch(
    '/api/organisations/:organisationId/members/:userId',
    {
      onRequest: auth.required,
      schema: {
        params: MemberParams,
        body: ChangeRoleBody,
        response: { 200: Type.Object({ userId: Type.String(), role: RoleSchema }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { organisationId, userId } = request.params;
      const changed = await db.orm.transaction(async (tx) => {
        const manager = await requireMembership(tx, actor, organisationId, { role: 'main_user', lock: true });
        return changeRole(tx, actor, manager, userId, request.body.role, clock.now());
      });
      return { userId: changed.userId, role: changed.role };
    },
  );

  app.delete(
    '/api/organisations/:organisationId/members/:userId',
    {
      onRequest: auth.required,
      preValidation: allowMissingBody,
      schema: { params: MemberParams, body: NoInput },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { organisationId, userId } = request.params;
      await db.orm.transaction(async (tx) => {
        const manager = await requireMembership(tx, actor, organisationId, { role: 'main_user', lock: true });
        await removeMember(tx, actor, manager, userId, clock.now());
      });
      return reply.status(204).send();
    },
  );
}
