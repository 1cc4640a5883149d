/** Request and response schemas of the customer routes (routes.ts). */
import { Type } from 'typebox';
import { Timestamp, Uuid } from '../identity/index.js';

export const NoQuery = Type.Object({}, { additionalProperties: false });
export const OrganisationParams = Type.Object({ organisationId: Uuid }, { additionalProperties: false });
export const PermitParams = Type.Object(
  { organisationId: Uuid, permitId: Uuid },
  { additionalProperties: false },
);
export const CredentialParams = Type.Object(
  { organisationId: Uuid, permitId: Uuid, credentialId: Uuid },
  { additionalProperties: false },
);

export const RegisterConnectionBody = Type.Union([
  Type.Object(
    /** INSTANCE/MEMBERCLASS/MEMBERCODE/SUBSYSTEM, e.g. FI-TEST/MUN/0101263-6/evaka. */
    { xroadClient: Type.String({ minLength: 1, maxLength: 255 }) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      certificatePem: Type.String({ minLength: 1, maxLength: 20_000 }),
      environment: Type.Enum(['test', 'production']),
    },
    { additionalProperties: false },
  ),
]);

export const PermitView = Type.Object({
  id: Type.String(),
  interface: Type.String(),
  state: Type.String(),
  dataGroups: Type.Array(Type.String()),
  turvakielto: Type.Boolean(),
  products: Type.Array(Type.String()),
  framework: Type.Boolean(),
  validFrom: Type.String({ format: 'date' }),
  validUntil: Type.String({ format: 'date' }),
});

export const CredentialView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  /** active: no end set; rotated: valid until expiresAt beside its successor; ended: revoked or expired. */
  state: Type.Enum(['active', 'rotated', 'ended']),
  createdAt: Timestamp,
  expiresAt: Type.Union([Timestamp, Type.Null()]),
});

/** The only response that carries a password; it is never shown again. */
export const IssuedCredentialView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  password: Type.String(),
  createdAt: Timestamp,
});

export const RotatedCredentialView = Type.Object({
  credential: IssuedCredentialView,
  previous: Type.Object({ id: Type.String(), expiresAt: Timestamp }),
});

export const ConnectionView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  environment: Type.String(),
  /** pending until a handler approves (or rejects) it. */
  state: Type.String(),
  xroadClient: Type.Union([Type.String(), Type.Null()]),
  certificate: Type.Union([
    Type.Object({
      sha256: Type.String(),
      subject: Type.String(),
      issuer: Type.String(),
      notBefore: Type.Union([Timestamp, Type.Null()]),
      notAfter: Type.Union([Timestamp, Type.Null()]),
    }),
    Type.Null(),
  ]),
});
