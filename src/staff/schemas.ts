/** Request and response schemas of the staff routes (the back-office web imports the types). */
import { type Static, Type } from 'typebox';

export const StaffRoleSchema = Type.Enum(['handler', 'admin']);

export const StaffSessionView = Type.Object({
  staff: Type.Object({
    id: Type.String(),
    name: Type.String(),
    email: Type.String(),
    role: StaffRoleSchema,
  }),
  csrfToken: Type.String(),
  /** The absolute timeout. */
  expiresAt: Type.String({ format: 'date-time' }),
  /** When the session ends unless used before (the idle timeout, capped by the absolute one). */
  idleExpiresAt: Type.String({ format: 'date-time' }),
});
export type StaffSessionView = Static<typeof StaffSessionView>;

export const ProvidersView = Type.Object({
  providers: Type.Array(Type.Enum(['oidc', 'development'])),
});

export const StaffView = Type.Object({
  id: Type.String(),
  provider: Type.Enum(['oidc', 'development']),
  subject: Type.String(),
  name: Type.String(),
  email: Type.String(),
  role: StaffRoleSchema,
  disabled: Type.Boolean(),
  disabledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type StaffView = Static<typeof StaffView>;

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

export const CreateStaffBody = Type.Object(
  {
    /** The subject (`sub`) the agency's OIDC provider gives this person. */
    subject: Text(255),
    name: Text(200),
    email: Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' }),
    role: StaffRoleSchema,
  },
  { additionalProperties: false },
);

export const UpdateStaffBody = Type.Object(
  { role: Type.Optional(StaffRoleSchema), disabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);

export const StaffParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
