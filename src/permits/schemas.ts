/** Response and request schemas of the permit routes (the web imports the types). */
import { type Static, type TSchema, Type } from 'typebox';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const PermitParams = Type.Object(
  { organisationId: Uuid, permitId: Uuid },
  { additionalProperties: false },
);
export const DecisionParams = Type.Object(
  { organisationId: Uuid, decisionId: Uuid },
  { additionalProperties: false },
);

export const SelectionView = Type.Union([
  Type.Object({ kind: Type.Literal('hetu_list') }),
  Type.Object({ kind: Type.Literal('municipalities'), codes: Type.Array(Type.String()) }),
  Type.Object({ kind: Type.Literal('national') }),
]);

const TermsView = Type.Object({
  title: Type.String(),
  items: Type.Array(Type.Object({ heading: Type.String(), text: Type.String() })),
});

export const EndCustomerView = Type.Object({
  businessId: Type.String(),
  name: Type.String(),
  dataGroups: Type.Array(Type.String()),
  turvakielto: Type.Boolean(),
  approved: Type.Boolean(),
});

/** One permit as its holder sees it, with the terms to accept in each language. */
export const PermitView = Type.Object({
  id: Type.String(),
  interface: Type.String(),
  /** terms_pending | active | lapsed | expired | revoked | terminated | superseded */
  state: Type.String(),
  dataGroups: Type.Array(Type.String()),
  turvakielto: Type.Boolean(),
  selection: SelectionView,
  products: Type.Array(Type.String()),
  framework: Type.Boolean(),
  validFrom: Type.String({ format: 'date' }),
  validUntil: Type.String({ format: 'date' }),
  termsDeadline: Nullable(DateTime),
  termsAcceptedAt: Nullable(DateTime),
  applicationId: Nullable(Type.String()),
  reference: Nullable(Type.String()),
  decisionId: Nullable(Type.String()),
  supersedesPermitId: Nullable(Type.String()),
  endCustomers: Type.Array(EndCustomerView),
  revocationReason: Nullable(Type.String()),
  terms: Type.Object({ fi: TermsView, sv: TermsView, en: TermsView }),
});
export type PermitView = Static<typeof PermitView>;

/** An item of GET /api/organisations/:organisationId/permits (access/routes.ts). */
export const PermitListItem = Type.Object({
  id: Type.String(),
  interface: Type.String(),
  state: Type.String(),
  dataGroups: Type.Array(Type.String()),
  turvakielto: Type.Boolean(),
  products: Type.Array(Type.String()),
  framework: Type.Boolean(),
  validFrom: Type.String({ format: 'date' }),
  validUntil: Type.String({ format: 'date' }),
  reference: Nullable(Type.String()),
  termsDeadline: Nullable(DateTime),
  applicationId: Nullable(Type.String()),
  decisionId: Nullable(Type.String()),
});
export type PermitListItem = Static<typeof PermitListItem>;
