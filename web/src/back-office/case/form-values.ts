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
