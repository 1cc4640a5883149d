/** Request and response schemas of the accounts routes: the contract the web app imports (type-only). */
import { type Static, Type } from 'typebox';
import { Timestamp, Uuid } from '../identity/index.js';
import { LANGUAGES } from '../mail/index.js';
import { ORGANISATION_KINDS, ROLES } from './model.js';

export const RoleSchema = Type.Enum(ROLES);
const Email = Type.String({ format: 'email', maxLength: 254 });

export const OrganisationParams = Type.Object({ organisationId: Uuid }, { additionalProperties: false });
export const MemberParams = Type.Object(
  { organisationId: Uuid, userId: Uuid },
  { additionalProperties: false },
);
export const NoQuery = Type.Object({}, { additionalProperties: false });

export const CreateOrganisationBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    /** Y-tunnus, e.g. 0245437-2; the check digit is verified. */
    businessId: Type.String({ maxLength: 20 }),
    kind: Type.Enum(ORGANISATION_KINDS),
    /** The creator's work e-mail address for this account's mail. */
    email: Email,
  },
  { additionalProperties: false },
);
export type CreateOrganisationBody = Static<typeof CreateOrganisationBody>;

export const InviteBody = Type.Object(
  { email: Email, role: RoleSchema, language: Type.Optional(Type.Enum(LANGUAGES)) },
  { additionalProperties: false },
);
export type InviteBody = Static<typeof InviteBody>;

export const AcceptInvitationBody = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 100 }) },
  { additionalProperties: false },
);

export const ChangeRoleBody = Type.Object({ role: RoleSchema }, { additionalProperties: false });

export const OrganisationView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  businessId: Type.String(),
  kind: Type.String(),
});

export const MembershipView = Type.Object({ organisation: OrganisationView, role: RoleSchema });
export type MembershipView = Static<typeof MembershipView>;

export const SessionView = Type.Object({
  user: Type.Object({
    id: Type.String(),
    firstNames: Type.String(),
    givenName: Type.String(),
    lastName: Type.String(),
    language: Type.String(),
  }),
  /** Send it in X-CSRF-Token with every POST, PATCH and DELETE. */
  csrfToken: Type.String(),
  /** The absolute timeout. */
  expiresAt: Timestamp,
  /** When the session ends unless another request comes first. */
  idleExpiresAt: Timestamp,
  organisations: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      businessId: Type.String(),
      kind: Type.String(),
      role: RoleSchema,
    }),
  ),
});
export type SessionView = Static<typeof SessionView>;

export const InvitationView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  expiresAt: Timestamp,
});

export const MemberView = Type.Object({
  userId: Type.String(),
  firstNames: Type.String(),
  lastName: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  joinedAt: Timestamp,
});
export const MembersView = Type.Object({ members: Type.Array(MemberView) });
