/**
 * The applications API's types, taken from the backend's schema files (type-only: nothing of the backend
 * enters the bundle, and a change in a response schema is a compile error here).
 */
import type { Static } from 'typebox';
import type {
  ApplicationSummary as ApplicationSummarySchema,
  ApplicationView as ApplicationViewSchema,
  AttachmentView,
  DataGroupView,
  FormSummary as FormSummarySchema,
  MunicipalityView,
} from '../../../src/applications/schemas.js';

export type {
  Condition,
  Field,
  FieldKind,
  FormDefinition,
  Localized,
  Section,
  ValidationIssue,
} from '../../../src/applications/forms/types.js';

export type FormSummary = Static<typeof FormSummarySchema>;
export type DataGroupOption = Static<typeof DataGroupView>;
export type Municipality = Static<typeof MunicipalityView>;
export type ApplicationSummary = Static<typeof ApplicationSummarySchema>;
export type ApplicationView = Static<typeof ApplicationViewSchema>;
export type ApplicationState = ApplicationSummary['state'];
export type Attachment = Static<typeof AttachmentView>;
export type HistoryEvent = ApplicationView['history'][number];
export type InfoRequest = ApplicationView['infoRequests'][number];

/** One permit as its holder sees it; and an item of the organisation's permits. */
export type { PermitListItem as PermitSummary, PermitView } from '../../../src/permits/schemas.js';
