/** Permits → response bodies, field by field. */
import type { EndCustomer, PermitRecord } from './queries.js';
import { permitTerms } from './terms.js';

export const presentEndCustomer = (c: EndCustomer) => ({
  businessId: c.businessId,
  name: c.name,
  dataGroups: c.dataGroups,
  turvakielto: c.turvakielto,
  approved: c.approved,
});

export function presentPermitView(p: PermitRecord, endCustomers: readonly EndCustomer[]) {
  return {
    id: p.id,
    interface: p.interface,
    state: p.state,
    dataGroups: p.dataGroups,
    turvakielto: p.turvakielto,
    selection:
      p.selection.kind === 'municipalities'
        ? { kind: 'municipalities' as const, codes: [...p.selection.codes] }
        : { kind: p.selection.kind },
    products: p.products,
    framework: p.framework,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    termsDeadline: p.termsDeadline?.toISOString() ?? null,
    termsAcceptedAt: p.termsAcceptedAt?.toISOString() ?? null,
    applicationId: p.applicationId,
    reference: p.reference,
    decisionId: p.decisionId,
    supersedesPermitId: p.supersedesPermitId,
    endCustomers: endCustomers.map(presentEndCustomer),
    revocationReason: p.revocationReason,
    terms: permitTerms(p),
  };
}

/** The list item's extra fields beside what access/customer-queries.ts reads. */
export function presentListDetails(
  d: Pick<PermitRecord, 'reference' | 'termsDeadline' | 'applicationId' | 'decisionId'> | undefined,
) {
  return {
    reference: d?.reference ?? null,
    termsDeadline: d?.termsDeadline?.toISOString() ?? null,
    applicationId: d?.applicationId ?? null,
    decisionId: d?.decisionId ?? null,
  };
}
