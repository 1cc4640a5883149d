/**
 * Issue paths (`purpose`, `dataGroups.HENKILON_NIMI.legalBasis`, `endCustomers.0.businessId`) name a field;
 * the same path gives the element's id, so that the error summary's links can focus it.
 */
import type { Field, FormDefinition, Localized } from '../../api/application-types';

export function fieldDomId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '--')}`;
}

/** One step of a path's label: a field's label, a repeat item's number or a data group's code. */
export type PathStep =
  | { kind: 'field'; label: Localized }
  | { kind: 'item'; label: Localized; index: number }
  | { kind: 'dataGroup'; code: string }
  | { kind: 'dataGroupPart'; part: string };

/** The steps of `path` through the definition, as far as the definition knows them. */
export function describePath(definition: FormDefinition, path: string): PathStep[] {
  const segments = path.split('.');
  const steps: PathStep[] = [];
  let fields: readonly Field[] = definition.sections.flatMap((section) => section.fields);
  for (let i = 0; i < segments.length; i++) {
    const field = fields.find((candidate) => candidate.id === segments[i]);
    if (!field) break;
    steps.push({ kind: 'field', label: field.label });
    if (field.kind === 'repeat') {
      const index = Number(segments[i + 1]);
      if (!Number.isInteger(index)) break;
      steps.push({ kind: 'item', label: field.itemLabel, index });
      fields = field.fields;
      i += 1;
      continue;
    }
    if (field.kind === 'dataGroups') {
      const code = segments[i + 1];
      if (code) steps.push({ kind: 'dataGroup', code });
      const part = segments[i + 2];
      if (part) steps.push({ kind: 'dataGroupPart', part });
    }
    break;
  }
  return steps;
}

/** Which element an issue's link focuses: the field's own element, or its nearest rendered ancestor's. */
export function focusTargetId(path: string): string {
  return fieldDomId(path);
}
