/** The applications vocabulary: what the queries return and the operations work on. */
import type { FormId } from './forms/types.js';
import type { ApplicationState } from './state-machine.js';

export type ApplicationId = string & { readonly __brand: 'ApplicationId' };

export const APPLICATION_KINDS = ['new', 'change'] as const;
/** 'new', or 'change' of the permit in parentPermitId. */
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

/** The answers, keyed by field id (forms/types.ts says each kind's value shape). */
export type Content = Record<string, unknown>;

export interface OrganisationRef {
  id: string;
  name: string;
  businessId: string;
}

export interface ApplicationRecord {
  id: ApplicationId;
  /** TL-YYYY-NNNNNN from the first sending; null before. */
  reference: string | null;
  /** The applicant. */
  organisation: OrganisationRef;
  /** The supplier that prepared it under the intermediary model, or null. */
  preparedBy: OrganisationRef | null;
  form: FormId;
  formVersion: number;
  kind: ApplicationKind;
  parentPermitId: string | null;
  relatedApplicationId: string | null;
  state: ApplicationState;
  /** The working answers (a draft's, or the last state before sending). */
  content: Content;
  revision: number;
  /** 'fi' | 'sv': the language of the decision. */
  language: 'fi' | 'sv';
  assignedTo: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
}

export type ActorKind = 'customer' | 'staff' | 'system';

export interface ApplicationEvent {
  id: string;
  applicationId: string;
  at: Date;
  /** `id` is an app_user for 'customer', a staff_user for 'staff', null for 'system'; `name` is resolved. */
  actor: { kind: ActorKind; id: string | null; name: string | null };
  /** e.g. 'created', 'submitted', 'sent_to_customer', 'customer_approved', 'returned_by_customer', 'withdrawn'. */
  type: string;
  /** Handlers' notes and other events never shown to the customer. */
  internal: boolean;
  data: Record<string, unknown>;
}

export interface NewApplicationEvent {
  applicationId: string;
  at: Date;
  actor: { kind: ActorKind; id: string | null };
  type: string;
  internal: boolean;
  data?: Record<string, unknown>;
}

/** An attachment as a sent version lists it. */
export interface VersionAttachment {
  id: string;
  field: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface ApplicationVersion {
  id: string;
  applicationId: string;
  number: number;
  /** The answers as sent: hidden fields dropped, attachment fields filled from the uploaded files. */
  content: Content;
  attachments: VersionAttachment[];
  submittedBy: string;
  submittedAt: Date;
}

export interface AttachmentMeta {
  id: string;
  applicationId: string;
  infoRequestId: string | null;
  field: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: Date;
}

export interface AttachmentFile extends AttachmentMeta {
  content: Buffer;
}

export interface InfoRequest {
  id: string;
  applicationId: string;
  message: string;
  deadline: Date;
  createdBy: string;
  createdAt: Date;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
}

export interface DecisionSummary {
  id: string;
  outcome: string;
  decidedAt: Date;
}
