/**
 * Staff identity and administration. Every route but the login ones needs a staff session (401 without one;
 * a customer's session is not one); staff administration needs an administrator (403 otherwise).
 *
 * GET   /api/back-office/login/providers            → { providers: ('oidc'|'development')[] }
 * GET   /api/back-office/login/oidc, …/oidc/callback (oidc.ts, when STAFF_OIDC_* is configured)
 * GET   /api/back-office/login/development/staff    (dev-login.ts, never in production)
 * POST  /api/back-office/login/development          (dev-login.ts, never in production)
 * GET   /api/back-office/session                    → { staff, csrfToken, expiresAt, idleExpiresAt }
 * POST  /api/back-office/logout                     → 204, session ended, cookie cleared
 * GET   /api/back-office/staff                      admins: every staff member
 * POST  /api/back-office/staff                      admins: add one by OIDC subject (409 staff_exists)
 * PATCH /api/back-office/staff/:id                  admins: { role?, disabled? } (disabling ends their sessions)
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../app.js';
import { allowMissingBody, NoInput, recordAudit } from '../identity/index.js';
import { addStaff, changeStaff } from './admin.js';
import { clearStaffCookie } from './cookie.js';
import { devLoginRoutes } from './dev-login.js';
import { oidcNotConfigured } from './errors.js';
import { staffOf, staffSupport } from './guard.js';
import { oidcLoginRoutes } from './oidc.js';
import { presentStaff } from './presenters.js';
import { listStaff } from './queries.js';
import {
  CreateStaffBody,
  ProvidersView,
  StaffParams,
  StaffSessionView,
  StaffView,
  UpdateStaffBody,
} from './schemas.js';
import { endStaffSession } from './sessions.js';

const NoQuery = Type.Object({}, { additionalProperties: false });

export async function staffPlugin(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const staff = await staffSupport(scope, deps);
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock, config } = deps;
  const development = config.environment !== 'production';

  app.get(
    '/api/back-office/login/providers',
    { schema: { querystring: NoQuery, response: { 200: ProvidersView } } },
    async () => ({
      providers: [
        ...(config.staffOidc ? (['oidc'] as const) : []),
        ...(development ? (['development'] as const) : []),
      ],
    }),
  );
  if (config.staffOidc) oidcLoginRoutes(scope, deps, config.staffOidc);
  else {
    app.get('/api/back-office/login/oidc', async () => {
      throw oidcNotConfigured();
    });
  }
  if (development) devLoginRoutes(scope, deps);

  app.get(
    '/api/back-office/session',
    { onRequest: staff.required, schema: { querystring: NoQuery, response: { 200: StaffSessionView } } },
    async (request) => {
      const actor = staffOf(request);
      const idleEnd = clock.now().getTime() + config.sessionIdleMinutes * 60_000;
      return {
        staff: { id: actor.staffUserId, name: actor.name, email: actor.email, role: actor.role },
        csrfToken: actor.csrfToken,
        expiresAt: actor.expiresAt.toISOString(),
        idleExpiresAt: new Date(Math.min(idleEnd, actor.expiresAt.getTime())).toISOString(),
      };
    },
  );

  app.post(
    '/api/back-office/logout',
    { onRequest: staff.required, preValidation: allowMissingBody, schema: { body: NoInput } },
    async (request, reply) => {
      const actor = staffOf(request);
      await db.orm.transaction((tx) => endStaffSession(tx, actor, clock.now()));
      clearStaffCookie(reply, request, config);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/back-office/staff',
    { onRequest: staff.admin, schema: { querystring: NoQuery, response: { 200: Type.Array(StaffView) } } },
    async (request) => {
      const actor = staffOf(request);
      const rows = await db.orm.transaction(async (tx) => {
        await recordAudit(tx, { actorUserId: actor.staffUserId, action: 'StaffList' }, clock.now());
        return listStaff(tx);
      });
      return rows.map(presentStaff);
    },
  );

  app.post(
    '/api/back-office/staff',
    { onRequest: staff.admin, schema: { body: CreateStaffBody, response: { 201: StaffView } } },
    async (request, reply) => {
      const actor = staffOf(request);
      const added = await db.orm.transaction((tx) => addStaff(tx, actor, request.body, clock.now()));
      return reply.status(201).send(presentStaff(added));
    },
  );

  app.patch(
    '/api/back-office/staff/:id',
    {
      onRequest: staff.admin,
      schema: { params: StaffParams, body: UpdateStaffBody, response: { 200: StaffView } },
    },
    async (request) => {
      const actor = staffOf(request);
      const updated = await db.orm.transaction((tx) =>
        changeStaff(tx, actor, request.params.id, request.body, clock.now()),
      );
      return presentStaff(updated);
    },
  );
}
