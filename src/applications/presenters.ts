/** Domain objects → response bodies, field by field (nothing reaches a response unless listed here). */
import type { ValidationIssue } from './forms/types.js';
import type {
  ApplicationEvent,
  ApplicationRecord,
  AttachmentMeta,
  DecisionSummary,
  InfoRequest,
} from './model.js';
import type { ApplicationSummary, ApplicationView, Permissions } from './schemas.js';

export const presentSummary = (a: ApplicationRecord): ApplicationSummary => ({
  id: a.id,
  reference: a.reference,
  form: a.form,
  kind: a.kind,
  state: a.state,
  organisation: { id: a.organisation.id, name: a.organisation.name, businessId: a.organisation.businessId },
  preparedBy: a.preparedBy && {
    id: a.preparedBy.id,
    name: a.preparedBy.name,
    businessId: a.preparedBy.businessId,
  },
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
  submittedAt: a.submittedAt?.toISOString() ?? null,
});

export const presentAttachment = (a: AttachmentMeta) => ({
  id: a.id,
  field: a.field,
  fileName: a.fileName,
  mediaType: a.mediaType,
  size: a.size,
  createdAt: a.createdAt.toISOString(),
});

export const presentIssue = (i: ValidationIssue) => ({
  path: i.path,
  code: i.code,
  ...(i.params ? { params: i.params } : {}),
});

export function presentView(v: {
  application: ApplicationRecord;
  issues: ValidationIssue[];
  attachments: AttachmentMeta[];
  events: ApplicationEvent[];
  infoRequests: InfoRequest[];
  versions: { number: number; submittedAt: Date }[];
  permitId: string | null;
  decision: DecisionSummary | undefined;
  can: Permissions;
}): ApplicationView {
  const a = v.application;
  return {
    ...presentSummary(a),
    formVersion: a.formVersion,
    content: a.content,
    revision: a.revision,
    issues: v.issues.map(presentIssue),
    attachments: v.attachments.map(presentAttachment),
    // Internal events never reach this list (the query leaves them out); actors by name, never by id.
    history: v.events
      .filter((e) => !e.internal)
      .map((e) => ({
        at: e.at.toISOString(),
        type: e.type,
        actor: { kind: e.actor.kind, name: e.actor.name },
        data: e.data,
      })),
    infoRequests: v.infoRequests.map((r) => ({
      id: r.id,
      message: r.message,
      deadline: r.deadline.toISOString(),
      createdAt: r.createdAt.toISOString(),
      answer: r.answer,
      answeredAt: r.answeredAt?.toISOString() ?? null,
    })),
    versions: v.versions.map((x) => ({ number: x.number, submittedAt: x.submittedAt.toISOString() })),
    permitId: v.permitId,
    decision: v.decision
      ? { id: v.decision.id, outcome: v.decision.outcome, decidedAt: v.decision.decidedAt.toISOString() }
      : null,
    can: v.can,
  };
}
