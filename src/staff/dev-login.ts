/**
 * The development staff login (never in production): three fixed staff members, created on first use.
 *
 * GET  /api/back-office/login/development/staff  → [{subject, name, email, role}]
 * POST /api/back-office/login/development        { subject } → 204 + staff cookie
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { staffDisabled, unknownDevStaff } from './errors.js';
import { completeStaffLogin, findOrAddStaff, type StaffLoginDeps, staffLoginRateLimit } from './login.js';
import type { StaffRole } from './model.js';

export const DEV_STAFF: readonly { subject: string; name: string; email: string; role: StaffRole }[] = [
  {
    subject: 'dev-handler',
    name: 'Hanna Käsittelijä',
    email: 'hanna.kasittelija@dvv.invalid',
    role: 'handler',
  },
  {
    subject: 'dev-handler-2',
    name: 'Kalle Käsittelijä',
    email: 'kalle.kasittelija@dvv.invalid',
    role: 'handler',
  },
  { subject: 'dev-admin', name: 'Aino Ylläpitäjä', email: 'aino.yllapitaja@dvv.invalid', role: 'admin' },
];

const DevStaff = Type.Object({
  subject: Type.String(),
  name: Type.String(),
  email: Type.String(),
  role: Type.Enum(['handler', 'admin']),
});

export function devLoginRoutes(scope: FastifyInstance, deps: StaffLoginDeps): void {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/back-office/login/development/staff',
    {
      schema: {
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 200: Type.Array(DevStaff) },
      },
    },
    async () => [...DEV_STAFF],
  );

  app.post(
    '/api/back-office/login/development',
    {
      onRequest: staffLoginRateLimit(deps),
      schema: {
        body: Type.Object(
          { subject: Type.String({ minLength: 1, maxLength: 100 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const listed = DEV_STAFF.find((s) => s.subject === request.body.subject);
      if (!listed) throw unknownDevStaff();
      const staff = await findOrAddStaff(deps, { provider: 'development', ...listed });
      // A development staff member an administrator disabled stays out, as anyone would.
      if (staff.disabledAt) throw staffDisabled();
      await completeStaffLogin(deps, request, reply, staff);
      return reply.status(204).send();
    },
  );
}
