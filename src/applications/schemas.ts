/** Request and response schemas of the applications routes: the contract the web app imports (type-only). */
import { type Static, Type } from 'typebox';
import { Timestamp, Uuid } from '../identity/index.js';
import { FORM_IDS } from './forms/index.js';
import { APPLICATION_KINDS } from './model.js';
import { APPLICATION_STATES } from './state-machine.js';

export const NoQuery = Type.Object({}, { additionalProperties: false });
export const FormParams = Type.Object(
  { formId: Type.String({ minLength: 1, maxLength: 50 }) },
  { additionalProperties: false },
);
export const OrganisationParams = Type.Object({ organisationId: Uuid }, { additionalProperties: false });
export const ApplicationParams = Type.Object(
  { organisationId: Uuid, applicationId: Uuid },
  { additionalProperties: false },
);
export const AttachmentParams = Type.Object(
  { organisationId: Uuid, applicationId: Uuid, attachmentId: Uuid },
  { additionalProperties: false },
);
export const InfoRequestParams = Type.Object(
  { organisationId: Uuid, applicationId: Uuid, requestId: Uuid },
  { additionalProperties: false },
);

const Localized = Type.Object({ fi: Type.String(), sv: Type.String(), en: Type.String() });
/** Any JSON object: answers and event details are shaped by the form definition, not by this schema. */
const AnyObject = Type.Record(Type.String(), Type.Unknown());

export const FormSummary = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  title: Localized,
  audience: Type.Array(Type.String()),
});
export const DataGroupView = Type.Object({
  code: Type.String(),
  title: Localized,
  description: Localized,
  turvakielto: Type.Boolean(),
});
export const MunicipalityView = Type.Object({
  code: Type.String(),
  name: Type.Object({ fi: Type.String(), sv: Type.String() }),
});

export const CreateApplicationBody = Type.Object(
  {
    form: Type.Enum(FORM_IDS),
    kind: Type.Enum(APPLICATION_KINDS),
    parentPermitId: Type.Optional(Uuid),
    relatedApplicationId: Type.Optional(Uuid),
    /** Intermediary model: the caller prepares the application for the organisation with this Y-tunnus. */
    onBehalfOf: Type.Optional(
      Type.Object(
        { businessId: Type.String({ minLength: 1, maxLength: 20 }) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type CreateApplicationBody = Static<typeof CreateApplicationBody>;

export const SaveContentBody = Type.Object(
  { content: AnyObject, revision: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type SaveContentBody = Static<typeof SaveContentBody>;

export const SendToCustomerBody = Type.Object(
  { message: Type.String({ maxLength: 2000 }) },
  { additionalProperties: false },
);
export const ReturnBody = Type.Object(
  { comment: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }) },
  { additionalProperties: false },
);
export const AnswerBody = Type.Object(
  { answer: Type.String({ minLength: 1, maxLength: 8000, pattern: '\\S' }) },
  { additionalProperties: false },
);

export const ValidationIssueView = Type.Object({
  path: Type.String(),
  code: Type.String(),
  params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
});

const OrganisationRef = Type.Object({ id: Type.String(), name: Type.String(), businessId: Type.String() });

export const ApplicationSummary = Type.Object({
  id: Type.String(),
  reference: Type.Union([Type.String(), Type.Null()]),
  form: Type.String(),
  kind: Type.Enum(APPLICATION_KINDS),
  state: Type.Enum(APPLICATION_STATES),
  organisation: OrganisationRef,
  preparedBy: Type.Union([OrganisationRef, Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  submittedAt: Type.Union([Timestamp, Type.Null()]),
});
export type ApplicationSummary = Static<typeof ApplicationSummary>;

export const AttachmentView = Type.Object({
  id: Type.String(),
  field: Type.String(),
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  createdAt: Timestamp,
});

export const Permissions = Type.Object({
  edit: Type.Boolean(),
  submit: Type.Boolean(),
  sendToCustomer: Type.Boolean(),
  approve: Type.Boolean(),
  return: Type.Boolean(),
  withdraw: Type.Boolean(),
  answerInfo: Type.Boolean(),
  /** Beyond the contract: the supplier may copy a returned application into a new draft. */
  copy: Type.Boolean(),
});
export type Permissions = Static<typeof Permissions>;

export const ApplicationView = Type.Intersect([
  ApplicationSummary,
  Type.Object({
    formVersion: Type.Integer(),
    content: AnyObject,
    revision: Type.Integer(),
    issues: Type.Array(ValidationIssueView),
    attachments: Type.Array(AttachmentView),
    history: Type.Array(
      Type.Object({
        at: Timestamp,
        type: Type.String(),
        actor: Type.Object({
          kind: Type.Enum(['customer', 'staff', 'system']),
          name: Type.Union([Type.String(), Type.Null()]),
        }),
        data: AnyObject,
      }),
    ),
    infoRequests: Type.Array(
      Type.Object({
        id: Type.String(),
        message: Type.String(),
        deadline: Timestamp,
        createdAt: Timestamp,
        answer: Type.Union([Type.String(), Type.Null()]),
        answeredAt: Type.Union([Timestamp, Type.Null()]),
      }),
    ),
    versions: Type.Array(Type.Object({ number: Type.Integer(), submittedAt: Timestamp })),
    permitId: Type.Union([Type.String(), Type.Null()]),
    decision: Type.Union([
      Type.Object({ id: Type.String(), outcome: Type.String(), decidedAt: Timestamp }),
      Type.Null(),
    ]),
    can: Permissions,
  }),
]);
export type ApplicationView = Static<typeof ApplicationView>;

export const SaveResult = Type.Object({ revision: Type.Integer(), issues: Type.Array(ValidationIssueView) });

export const InvalidApplication = Type.Object({
  error: Type.Literal('invalid_application'),
  message: Type.String(),
  issues: Type.Array(ValidationIssueView),
});
