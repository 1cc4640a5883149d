/** Request and response schemas of the back-office routes (the back-office web imports the types). */
import { type Static, type TSchema, Type } from 'typebox';
import { SelectionView } from '../permits/index.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Json = Type.Record(Type.String(), Type.Unknown());
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const AttachmentParams = Type.Object(
  { id: Uuid, attachmentId: Uuid },
  { additionalProperties: false },
);
export const NoQuery = Type.Object({}, { additionalProperties: false });

export const OrganisationRefView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  businessId: Type.String(),
});
const StaffRefView = Type.Object({ id: Type.String(), name: Type.String() });

export const QueueQuery = Type.Object(
  {
    /** One state, or several separated by commas. */
    state: Type.Optional(Type.String({ maxLength: 200, pattern: '^[a-z_]+(,[a-z_]+)*$' })),
    form: Type.Optional(Type.Enum(['muutosrajapinta', 'vtjkysely', 'subsystem'])),
    /** An organisation id, its exact Y-tunnus, or a part of its name. */
    organisation: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    minAgeDays: Type.Optional(Type.String({ pattern: '^\\d{1,4}$' })),
    assigned: Type.Optional(Type.Enum(['me', 'none', 'any'])),
  },
  { additionalProperties: false },
);

export const QueueItem = Type.Object({
  id: Type.String(),
  reference: Nullable(Type.String()),
  form: Type.String(),
  kind: Type.String(),
  state: Type.String(),
  organisation: OrganisationRefView,
  preparedBy: Nullable(OrganisationRefView),
  submittedAt: DateTime,
  assignedTo: Nullable(StaffRefView),
  /** Whole days since the case was first sent. */
  ageDays: Type.Integer(),
});
export type QueueItem = Static<typeof QueueItem>;

const AttachmentView = Type.Object({
  id: Type.String(),
  field: Type.String(),
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
});

const Localized = Type.Object({ fi: Type.String(), sv: Type.String(), en: Type.String() });

export const CaseView = Type.Object({
  ...QueueItem.properties,
  formVersion: Type.Integer(),
  language: Type.Enum(['fi', 'sv']),
  parentPermitId: Nullable(Type.String()),
  relatedApplicationId: Nullable(Type.String()),
  /** The latest version sent to DVV: what the handler decides on. */
  version: Nullable(
    Type.Object({
      number: Type.Integer(),
      content: Json,
      attachments: Type.Array(AttachmentView),
      submittedAt: DateTime,
    }),
  ),
  versions: Type.Array(Type.Object({ number: Type.Integer(), submittedAt: DateTime })),
  /** Every event, oldest first; handlers' notes are `internal: true` and never shown to the customer. */
  history: Type.Array(
    Type.Object({
      id: Type.String(),
      at: DateTime,
      type: Type.String(),
      actor: Type.Object({
        kind: Type.Enum(['customer', 'staff', 'system']),
        id: Nullable(Type.String()),
        name: Nullable(Type.String()),
      }),
      internal: Type.Boolean(),
      data: Json,
    }),
  ),
  infoRequests: Type.Array(
    Type.Object({
      id: Type.String(),
      message: Type.String(),
      /** The last day to answer (a Finnish date) and the instant it ends. */
      deadline: IsoDate,
      deadlineAt: DateTime,
      createdAt: DateTime,
      createdBy: StaffRefView,
      answer: Nullable(Type.String()),
      answeredAt: Nullable(DateTime),
    }),
  ),
  decision: Nullable(
    Type.Object({
      id: Type.String(),
      outcome: Type.Enum(['granted', 'denied']),
      data: Json,
      decidedAt: DateTime,
      decidedBy: StaffRefView,
    }),
  ),
  permit: Nullable(Type.Object({ id: Type.String(), state: Type.String() })),
  can: Type.Object({
    assign: Type.Boolean(),
    note: Type.Boolean(),
    requestInfo: Type.Boolean(),
    decide: Type.Boolean(),
  }),
  /** What a grant may contain, read from the latest version, for the decision form. */
  decisionOptions: Type.Object({
    dataGroups: Type.Array(
      Type.Object({ code: Type.String(), title: Localized, turvakielto: Type.Boolean() }),
    ),
    turvakieltoApplied: Type.Boolean(),
    framework: Type.Boolean(),
    endCustomers: Type.Array(
      Type.Object({
        businessId: Type.String(),
        name: Type.String(),
        purpose: Type.String(),
        dataGroups: Type.Array(Type.String()),
      }),
    ),
    selection: Nullable(SelectionView),
    products: Type.Array(Type.String()),
    defaultProducts: Type.Array(Type.String()),
    defaultTermsDays: Type.Integer(),
  }),
});
export type CaseView = Static<typeof CaseView>;

export const AssignBody = Type.Object({ staffUserId: Type.Optional(Uuid) }, { additionalProperties: false });
export const NoteBody = Type.Object({ text: Text(10_000) }, { additionalProperties: false });
export const InfoRequestBody = Type.Object(
  { message: Text(10_000), deadline: IsoDate },
  { additionalProperties: false },
);

const DataGroupCode = Type.String({ minLength: 1, maxLength: 100 });
export const DecisionBody = Type.Union([
  Type.Object(
    {
      outcome: Type.Literal('granted'),
      dataGroups: Type.Optional(Type.Array(DataGroupCode, { maxItems: 200 })),
      turvakielto: Type.Optional(Type.Boolean()),
      validFrom: Type.Optional(IsoDate),
      validUntil: Type.Optional(IsoDate),
      conditions: Type.Optional(Type.String({ maxLength: 20_000 })),
      products: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })),
      endCustomers: Type.Optional(
        Type.Array(
          Type.Object(
            {
              businessId: Type.String({ minLength: 1, maxLength: 20 }),
              name: Text(300),
              dataGroups: Type.Array(DataGroupCode, { maxItems: 200 }),
              approved: Type.Boolean(),
              turvakielto: Type.Optional(Type.Boolean()),
            },
            { additionalProperties: false },
          ),
          { maxItems: 500 },
        ),
      ),
      termsDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
    },
    { additionalProperties: false },
  ),
  Type.Object({ outcome: Type.Literal('denied'), reasons: Text(20_000) }, { additionalProperties: false }),
]);
export type DecisionBody = Static<typeof DecisionBody>;

export const PermitQuery = Type.Object(
  {
    state: Type.Optional(Type.String({ maxLength: 200, pattern: '^[a-z_]+(,[a-z_]+)*$' })),
    organisation: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const PermitRow = Type.Object({
  id: Type.String(),
  interface: Type.String(),
  state: Type.String(),
  organisation: OrganisationRefView,
  dataGroups: Type.Array(Type.String()),
  turvakielto: Type.Boolean(),
  products: Type.Array(Type.String()),
  framework: Type.Boolean(),
  validFrom: IsoDate,
  validUntil: IsoDate,
  termsDeadline: Nullable(DateTime),
  termsAcceptedAt: Nullable(DateTime),
  applicationId: Nullable(Type.String()),
  reference: Nullable(Type.String()),
  decisionId: Nullable(Type.String()),
  revocationReason: Nullable(Type.String()),
  createdAt: DateTime,
});
export type PermitRow = Static<typeof PermitRow>;

export const ConnectionRowView = Type.Object({
  id: Type.String(),
  kind: Type.Enum(['xroad', 'certificate']),
  environment: Type.Enum(['test', 'production']),
  state: Type.String(),
  xroadClient: Nullable(Type.String()),
  certificate: Nullable(
    Type.Object({
      sha256: Type.String(),
      subject: Type.String(),
      issuer: Type.String(),
      notBefore: Nullable(DateTime),
      notAfter: Nullable(DateTime),
    }),
  ),
  createdAt: DateTime,
  decidedAt: Nullable(DateTime),
  permit: Type.Object({
    id: Type.String(),
    interface: Type.String(),
    state: Type.String(),
    reference: Nullable(Type.String()),
  }),
  organisation: OrganisationRefView,
});
export type ConnectionRowView = Static<typeof ConnectionRowView>;

export const PermitDetail = Type.Object({
  ...PermitRow.properties,
  selection: SelectionView,
  supersedesPermitId: Nullable(Type.String()),
  endCustomers: Type.Array(
    Type.Object({
      businessId: Type.String(),
      name: Type.String(),
      dataGroups: Type.Array(Type.String()),
      turvakielto: Type.Boolean(),
      approved: Type.Boolean(),
    }),
  ),
  connections: Type.Array(ConnectionRowView),
});
export type PermitDetail = Static<typeof PermitDetail>;

export const RevokeBody = Type.Object({ reason: Text(5_000) }, { additionalProperties: false });

export const ConnectionQuery = Type.Object(
  { state: Type.Optional(Type.Enum(['pending', 'approved', 'rejected', 'revoked'])) },
  { additionalProperties: false },
);

export const DashboardView = Type.Object({
  /** Cases waiting for DVV: submitted, in review or waiting for the customer's answer. */
  queueSize: Type.Integer(),
  byState: Type.Record(Type.String(), Type.Integer()),
  /** Days from first sending to the decision (fractional, one decimal), over every decided case. */
  processingDays: Type.Object({
    median: Nullable(Type.Number()),
    p90: Nullable(Type.Number()),
    count: Type.Integer(),
  }),
  /** The last twelve Finnish calendar months, oldest first. */
  monthly: Type.Array(
    Type.Object({
      month: Type.String(),
      submitted: Type.Integer(),
      decided: Type.Integer(),
      medianDays: Nullable(Type.Number()),
    }),
  ),
});
export type DashboardView = Static<typeof DashboardView>;

export const DisclosureSearchBody = Type.Object(
  {
    hetu: Type.Optional(Type.String({ minLength: 10, maxLength: 11 })),
    organisationId: Type.Optional(Uuid),
    /** From this instant (or the start of this Finnish day), inclusive. */
    from: Type.Optional(Type.String({ maxLength: 40 })),
    /** Until this instant (or the end of this Finnish day), exclusive of the instant. */
    to: Type.Optional(Type.String({ maxLength: 40 })),
    /** The previous page's nextCursor. */
    cursor: Type.Optional(Type.String({ pattern: '^\\d{1,15}$' })),
  },
  { additionalProperties: false },
);

export const DisclosureSearchView = Type.Object({
  items: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      at: DateTime,
      interface: Type.String(),
      organisation: Nullable(OrganisationRefView),
      permitId: Type.String(),
      operation: Type.String(),
      /** How many persons the disclosure concerned. */
      persons: Type.Integer(),
      endUser: Nullable(Type.String()),
      endCustomer: Nullable(Type.String()),
      dataGroups: Type.Array(Type.String()),
    }),
  ),
  nextCursor: Nullable(Type.String()),
});
export type DisclosureSearchView = Static<typeof DisclosureSearchView>;
