/** Back-office rows → response bodies, field by field. */
import type { PermitRecord } from '../permits/index.js';
import type { ConnectionRow, QueueRow } from './queries.js';

export function presentQueueItem(r: QueueRow, now: Date) {
  return {
    id: r.id,
    reference: r.reference,
    form: r.form,
    kind: r.kind,
    state: r.state,
    organisation: r.organisation,
    preparedBy: r.preparedBy,
    submittedAt: r.submittedAt.toISOString(),
    assignedTo: r.assignedTo,
    ageDays: Math.max(0, Math.floor((now.getTime() - r.submittedAt.getTime()) / 86_400_000)),
  };
}

export function presentPermitRow(p: PermitRecord) {
  return {
    id: p.id,
    interface: p.interface,
    state: p.state,
    organisation: p.organisation,
    dataGroups: p.dataGroups,
    turvakielto: p.turvakielto,
    products: p.products,
    framework: p.framework,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    termsDeadline: p.termsDeadline?.toISOString() ?? null,
    termsAcceptedAt: p.termsAcceptedAt?.toISOString() ?? null,
    applicationId: p.applicationId,
    reference: p.reference,
    decisionId: p.decisionId,
    revocationReason: p.revocationReason,
    createdAt: p.createdAt.toISOString(),
  };
}

export function presentConnectionRow(c: ConnectionRow) {
  return {
    id: c.id,
    kind: c.kind,
    environment: c.environment,
    state: c.state,
    xroadClient: c.xroadClient,
    certificate: c.certificate && {
      sha256: c.certificate.sha256,
      subject: c.certificate.subject,
      issuer: c.certificate.issuer,
      notBefore: c.certificate.notBefore?.toISOString() ?? null,
      notAfter: c.certificate.notAfter?.toISOString() ?? null,
    },
    createdAt: c.createdAt.toISOString(),
    decidedAt: c.decidedAt?.toISOString() ?? null,
    permit: c.permit,
    organisation: c.organisation,
  };
}
