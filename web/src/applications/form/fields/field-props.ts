import type { Field, FieldKind } from '../../../api/application-types';

/**
 * The members of the Field union that may have one of the kinds K. Kinds share members ('text' and
 * 'textarea' are one), so an editor's field type can be a little wider than its kinds.
 */
export type FieldOf<K extends FieldKind> = Field extends infer F
  ? F extends { kind: infer FK }
    ? [Extract<FK, K>] extends [never]
      ? never
      : F
    : never
  : never;

/** A field's editor: its definition, the path naming it (ids, issues) and its value in the answers. */
export interface FieldProps<F extends Field = Field> {
  field: F;
  path: string;
  value: unknown;
  onChange: (value: unknown) => void;
}

export function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function maxLengthOf(field: Field): number | undefined {
  return 'maxLength' in field ? field.maxLength : undefined;
}
