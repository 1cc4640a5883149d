/**
 * Reading a submitted version by its form definition: which sections and fields were shown to the applicant
 * (visibleWhen, evaluated in the field's own scope as the form does), and what was applied for, which the
 * decision form starts from.
 */
import type { Field, FormDefinition, Section } from '../../api/back-office';

export type Content = Record<string, unknown>;

type Condition = NonNullable<Field['visibleWhen']>;

export function isVisible(condition: Condition | undefined, scope: Content): boolean {
  if (!condition) return true;
  const value = scope[condition.field];
  const wanted = Array.isArray(condition.equals) ? condition.equals : [condition.equals];
  if (Array.isArray(value)) return value.some((v) => wanted.includes(v as string | boolean));
  return wanted.includes(value as string | boolean);
}

export function visibleSections(definition: FormDefinition, content: Content): Section[] {
  return definition.sections.filter((section) => isVisible(section.visibleWhen, content));
}

export function visibleFields(fields: readonly Field[], scope: Content): Field[] {
  return fields.filter((field) => isVisible(field.visibleWhen, scope));
}

/** Whether an answer is empty (nothing to show). */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** The dataGroups answer: code → its justification and legal provision. */
export function dataGroupEntries(
  value: unknown,
): { code: string; justification: string; legalBasis: string }[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).map(([code, details]) => {
    const d = (details && typeof details === 'object' ? details : {}) as Record<string, unknown>;
    return {
      code,
      justification: typeof d.justification === 'string' ? d.justification : '',
      legalBasis: typeof d.legalBasis === 'string' ? d.legalBasis : '',
    };
  });
}

/** Top-level content keys that no field of the definition explains (an older form version, say). */
export function unexplainedKeys(definition: FormDefinition, content: Content): string[] {
  const known = new Set(definition.sections.flatMap((section) => section.fields.map((field) => field.id)));
  return Object.keys(content).filter((key) => !known.has(key) && !isEmpty(content[key]));
}

export interface AppliedEndCustomer {
  businessId: string;
  name: string;
  dataGroups: string[];
}

export interface AppliedFor {
  /** The data groups applied for, in the order the applicant listed them. */
  dataGroups: string[];
  /** Whether the applicant asked for data under a turvakielto (a yes in a turvakielto question, or a legal basis given). */
  turvakielto: boolean;
  /** A framework permit's end customers (a repeat with a Y-tunnus per item); empty otherwise. */
  endCustomers: AppliedEndCustomer[];
  framework: boolean;
  /** VTJkysely products chosen (a multiChoice or choice whose id speaks of products). */
  products: string[];
}

export function appliedFor(definition: FormDefinition, content: Content): AppliedFor {
  const result: AppliedFor = {
    dataGroups: [],
    turvakielto: false,
    endCustomers: [],
    framework: false,
    products: [],
  };
  for (const section of visibleSections(definition, content)) {
    for (const field of visibleFields(section.fields, content)) {
      const value = content[field.id];
      const turvakieltoField = /turvakielto/i.test(field.id) || /turvakielto/i.test(section.id);
      switch (field.kind) {
        case 'dataGroups':
          for (const { code } of dataGroupEntries(value)) {
            if (!result.dataGroups.includes(code)) result.dataGroups.push(code);
          }
          break;
        case 'yesNo':
          if (/turvakielto/i.test(field.id) && value === true) result.turvakielto = true;
          if (/framework|raami/i.test(field.id) && value === true) result.framework = true;
          break;
        case 'legalBasis':
          if (turvakieltoField && !isEmpty(value)) result.turvakielto = true;
          break;
        case 'choice':
          if (
            /framework|raami|kind|type/i.test(field.id) &&
            typeof value === 'string' &&
            /framework|raami/i.test(value)
          ) {
            result.framework = true;
          }
          if (/product/i.test(field.id) && typeof value === 'string' && value) result.products.push(value);
          break;
        case 'multiChoice':
          if (/product/i.test(field.id) && Array.isArray(value)) {
            result.products.push(...value.filter((v): v is string => typeof v === 'string'));
          }
          break;
        case 'repeat': {
          const businessIdField = field.fields.find((sub) => sub.kind === 'businessId');
          if (!businessIdField || !Array.isArray(value)) break;
          const nameField = field.fields.find((sub) => sub.kind === 'text' && /name|nimi/i.test(sub.id));
          const groupsField = field.fields.find(
            (sub) => sub.kind === 'dataGroups' || /dataGroups|groups/i.test(sub.id),
          );
          for (const item of value as Content[]) {
            if (!item || typeof item !== 'object') continue;
            const businessId = item[businessIdField.id];
            if (typeof businessId !== 'string' || !businessId) continue;
            const name = nameField ? item[nameField.id] : undefined;
            const groups = groupsField ? item[groupsField.id] : undefined;
            result.endCustomers.push({
              businessId,
              name: typeof name === 'string' ? name : '',
              dataGroups: Array.isArray(groups)
                ? groups.filter((g): g is string => typeof g === 'string')
                : dataGroupEntries(groups).map((g) => g.code),
            });
          }
          break;
        }
        default:
          break;
      }
    }
  }
  if (result.endCustomers.length > 0) result.framework = true;
  return result;
}
