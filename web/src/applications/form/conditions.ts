/**
 * `visibleWhen`, as the server reads it (src/applications/validate.ts): a field or section is shown (and
 * validated) only when another field of the same scope — the answers, or one item of a repeat — has one of
 * the given values, and that field is itself shown. Hidden answers are kept in the draft (a choice changed
 * back brings them back) but are not sent.
 */
import type { Condition, Field, FormDefinition, Section } from '../../api/application-types';

export type Answers = Record<string, unknown>;

export function conditionHolds(condition: Condition, scope: Answers): boolean {
  const value = scope[condition.field];
  const wanted = condition.equals;
  return Array.isArray(wanted) ? wanted.includes(value as string | boolean) : value === wanted;
}

export interface Entry {
  field: Field;
  section?: Section;
}

/** Which fields of one scope are shown; a condition on an unknown field, or a cycle, hides. */
export function visibility(entries: readonly Entry[], scope: Answers): (fieldId: string) => boolean {
  const byId = new Map(entries.map((entry) => [entry.field.id, entry]));
  const memo = new Map<string, boolean>();
  const visible = (id: string, depth: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const entry = byId.get(id);
    if (!entry || depth > entries.length) return false;
    const conditions = [entry.section?.visibleWhen, entry.field.visibleWhen].filter(
      (condition): condition is Condition => condition !== undefined,
    );
    const shown = conditions.every(
      (condition) => conditionHolds(condition, scope) && visible(condition.field, depth + 1),
    );
    memo.set(id, shown);
    return shown;
  };
  return (fieldId) => visible(fieldId, 0);
}

function topLevel(definition: FormDefinition): Entry[] {
  return definition.sections.flatMap((section) => section.fields.map((field) => ({ field, section })));
}

/** The sections with at least one field shown. */
export function visibleSections(definition: FormDefinition, answers: Answers): Section[] {
  const shown = visibility(topLevel(definition), answers);
  return definition.sections.filter((section) => section.fields.some((field) => shown(field.id)));
}

/**
 * The shown fields among `fields`. `all` is every field of the scope (for a section, the whole form's top
 * level, as conditions may read a field of another section).
 */
export function visibleFields(
  fields: readonly Field[],
  scope: Answers,
  all: readonly Entry[] = fields.map((field) => ({ field })),
): Field[] {
  const shown = visibility(all, scope);
  return fields.filter((field) => shown(field.id));
}

export function topLevelEntries(definition: FormDefinition): Entry[] {
  return topLevel(definition);
}
