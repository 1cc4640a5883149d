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
import type { Localized } from '../../../src/applications/forms/types.js';

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

export interface PermitEndCustomer {
  businessId: string;
  name: string;
  dataGroups: string[];
  approved: boolean;
}

export interface PermitView {
  id: string;
  interface: string;
  state: string;
  dataGroups: string[];
  turvakielto: boolean;
  selection?: unknown;
  products: string[];
  framework: boolean;
  validFrom: string;
  validUntil: string;
  termsDeadline: string | null;
  termsAcceptedAt: string | null;
  applicationId: string | null;
  reference: string | null;
  decisionId: string | null;
  endCustomers: PermitEndCustomer[];
  revocationReason: string | null;
  terms: Localized;
}

/** A row of GET /api/organisations/:organisationId/permits (for choosing the permit a change is for). */
export interface PermitSummary {
  id: string;
  interface: string;
  state?: string;
  reference?: string | null;
  validFrom: string;
  validUntil: string;
}
