/**
 * The decision being prepared: starts from what was applied for (every data group ticked, validity from
 * today for five years, 30 days to accept the terms), is checked before the confirmation step, and becomes
 * the body of POST …/decision. Kept by the case page, so nothing typed is lost on an error or on going back.
 */
import type { DecisionBody, DecisionOptions, EndCustomerDecision, Localized } from '../../api/back-office';
import { addDays, addYears, fiToIso, isoToFi } from '../ui/format';

export const DEFAULT_VALIDITY_YEARS = 5;
export const MAX_TERMS_DAYS = 365;

/** What a grant may contain, as the server read it from the version sent (CaseView.decisionOptions). */
export interface AppliedFor {
  /** The data groups applied for, in the applicant's order, with their names. */
  dataGroups: string[];
  groupTitles: Record<string, Localized>;
  turvakielto: boolean;
  framework: boolean;
  endCustomers: { businessId: string; name: string; dataGroups: string[] }[];
  /** VTJkysely products that may be granted (empty for other interfaces), and those offered ticked. */
  products: string[];
  defaultProducts: string[];
  defaultTermsDays: number;
}

export function appliedFromOptions(options: DecisionOptions): AppliedFor {
  return {
    dataGroups: options.dataGroups.map((group) => group.code),
    groupTitles: Object.fromEntries(options.dataGroups.map((group) => [group.code, group.title])),
    turvakielto: options.turvakieltoApplied,
    framework: options.framework,
    endCustomers: options.endCustomers.map(({ businessId, name, dataGroups }) => ({
      businessId,
      name,
      dataGroups,
    })),
    products: [...options.products],
    defaultProducts: options.defaultProducts.filter((product) => options.products.includes(product)),
    defaultTermsDays: options.defaultTermsDays,
  };
}

export interface DecisionDraft {
  outcome: 'granted' | 'denied' | undefined;
  dataGroups: string[];
  /** Asked only when the applicant applied for turvakielto data. */
  turvakielto: 'yes' | 'no' | undefined;
  /** As typed, d.M.yyyy. */
  validFrom: string;
  validUntil: string;
  conditions: string;
  termsDays: string;
  products: string[];
  endCustomers: EndCustomerDecision[];
  reasons: string;
}

export function initialDraft(applied: AppliedFor, today: string): DecisionDraft {
  return {
    outcome: undefined,
    dataGroups: [...applied.dataGroups],
    turvakielto: undefined,
    validFrom: isoToFi(today),
    validUntil: isoToFi(addYears(today, DEFAULT_VALIDITY_YEARS)),
    conditions: '',
    termsDays: String(applied.defaultTermsDays),
    products: [...applied.defaultProducts],
    endCustomers: applied.endCustomers.map((customer) => ({
      ...customer,
      // The server needs a name for every end customer; the Y-tunnus stands in for a missing one.
      name: customer.name.trim() || customer.businessId,
      approved: true,
    })),
    reasons: '',
  };
}

/** The problems, each naming the input it belongs to (for the error summary) and a text key. */
export type DraftErrorKey =
  | 'outcomeRequired'
  | 'dataGroupsRequired'
  | 'turvakieltoRequired'
  | 'validFromInvalid'
  | 'validFromPast'
  | 'validUntilInvalid'
  | 'validUntilBeforeFrom'
  | 'termsDaysInvalid'
  | 'productsRequired'
  | 'reasonsRequired';

export interface DraftError {
  field:
    | 'outcome'
    | 'dataGroups'
    | 'turvakielto'
    | 'products'
    | 'validFrom'
    | 'validUntil'
    | 'termsDays'
    | 'reasons';
  key: DraftErrorKey;
}

export function checkDraft(draft: DecisionDraft, applied: AppliedFor, today: string): DraftError[] {
  const errors: DraftError[] = [];
  if (!draft.outcome) return [{ field: 'outcome', key: 'outcomeRequired' }];
  if (draft.outcome === 'denied') {
    if (draft.reasons.trim() === '') errors.push({ field: 'reasons', key: 'reasonsRequired' });
    return errors;
  }
  // A form without data groups (a subsystem permit) grants none; one with them must grant at least one.
  if (applied.dataGroups.length > 0 && draft.dataGroups.length === 0)
    errors.push({ field: 'dataGroups', key: 'dataGroupsRequired' });
  if (applied.turvakielto && !draft.turvakielto)
    errors.push({ field: 'turvakielto', key: 'turvakieltoRequired' });
  if (applied.products.length > 0 && draft.products.length === 0) {
    errors.push({ field: 'products', key: 'productsRequired' });
  }
  const from = fiToIso(draft.validFrom);
  const until = fiToIso(draft.validUntil);
  if (!from) errors.push({ field: 'validFrom', key: 'validFromInvalid' });
  else if (from < today) errors.push({ field: 'validFrom', key: 'validFromPast' });
  if (!until) errors.push({ field: 'validUntil', key: 'validUntilInvalid' });
  else if (from && until <= from) errors.push({ field: 'validUntil', key: 'validUntilBeforeFrom' });
  const days = draft.termsDays.trim();
  if (!/^\d{1,3}$/.test(days) || Number(days) < 1 || Number(days) > MAX_TERMS_DAYS) {
    errors.push({ field: 'termsDays', key: 'termsDaysInvalid' });
  }
  return errors;
}

/**
 * The request body. Only groups that were applied for are sent (the server refuses others), in the
 * applicant's order; an end customer gets at most the granted groups, and none when denied.
 */
export function toDecisionBody(draft: DecisionDraft, applied: AppliedFor): DecisionBody {
  if (draft.outcome === 'denied') return { outcome: 'denied', reasons: draft.reasons.trim() };
  const granted = applied.dataGroups.filter((code) => draft.dataGroups.includes(code));
  return {
    outcome: 'granted',
    dataGroups: granted,
    turvakielto: applied.turvakielto && draft.turvakielto === 'yes',
    validFrom: fiToIso(draft.validFrom) ?? draft.validFrom,
    validUntil: fiToIso(draft.validUntil) ?? draft.validUntil,
    conditions: draft.conditions.trim(),
    termsDays: Number(draft.termsDays.trim()),
    ...(applied.products.length > 0
      ? { products: applied.products.filter((product) => draft.products.includes(product)) }
      : {}),
    ...(applied.endCustomers.length > 0
      ? {
          endCustomers: draft.endCustomers.map((customer) => ({
            businessId: customer.businessId,
            name: customer.name,
            dataGroups: customer.approved
              ? (customer.dataGroups.length > 0 ? customer.dataGroups : granted).filter((code) =>
                  granted.includes(code),
                )
              : [],
            approved: customer.approved,
          })),
        }
      : {}),
  };
}

/** The groups applied for that the handler has unticked: shown as "not granted" in the confirmation. */
export function notGranted(draft: DecisionDraft, applied: AppliedFor): string[] {
  return applied.dataGroups.filter((code) => !draft.dataGroups.includes(code));
}

/** Tomorrow, for the earliest allowed deadlines. */
export const tomorrowOf = (today: string) => addDays(today, 1);
