/**
 * Reading what an application asks for from its answers (a sent version's content): for the handler's
 * decision form and for the permit a grant creates. Tolerant of any shape: an answer that is not what the
 * form defines counts as not given.
 */
import { isDataGroupCode } from '../register/catalogue/index.js';
import type { Content } from './model.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The data-group codes applied for (the keys of the `dataGroups` answer), in catalogue spelling. */
export function appliedDataGroups(content: Content): string[] {
  const groups = content.dataGroups;
  if (!isObject(groups)) return [];
  return Object.keys(groups).filter((code) => isDataGroupCode(code) && isObject(groups[code]));
}

/** Whether turvakielto data is applied for. */
export function appliedTurvakielto(content: Content): boolean {
  return content.needsTurvakielto === true;
}

export interface AppliedEndCustomer {
  businessId: string;
  name: string;
  purpose: string;
  dataGroups: string[];
}

/** A framework (raamilupa) application's end customers; empty for any other application. */
export function appliedEndCustomers(content: Content): AppliedEndCustomer[] {
  if (content.framework !== true || !Array.isArray(content.endCustomers)) return [];
  return content.endCustomers.filter(isObject).map((c) => ({
    businessId: typeof c.businessId === 'string' ? c.businessId.trim() : '',
    name: typeof c.name === 'string' ? c.name : '',
    purpose: typeof c.purpose === 'string' ? c.purpose : '',
    dataGroups: Array.isArray(c.dataGroups)
      ? c.dataGroups.filter((g): g is string => typeof g === 'string' && isDataGroupCode(g))
      : [],
  }));
}

/** Which persons a change-interface application covers, in the permit's `selection` shape. */
export function appliedSelection(
  content: Content,
): { kind: 'hetu_list' } | { kind: 'municipalities'; codes: string[] } | { kind: 'national' } | undefined {
  switch (content.selectionCriterion) {
    case 'hetuList':
      return { kind: 'hetu_list' };
    case 'municipality':
      return {
        kind: 'municipalities',
        codes: Array.isArray(content.municipalities)
          ? content.municipalities.filter((c): c is string => typeof c === 'string')
          : [],
      };
    case 'nationalRegister':
      return { kind: 'national' };
    default:
      return undefined;
  }
}
