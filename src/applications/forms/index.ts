/** The form registry: every form the e-service offers, by id (each a versioned data object). */
import { muutosrajapintaForm } from './muutosrajapinta.js';
import { subsystemForm } from './subsystem.js';
import type { Field, FormDefinition, FormId } from './types.js';
import { vtjkyselyForm } from './vtjkysely.js';

export const FORMS: readonly FormDefinition[] = [muutosrajapintaForm, vtjkyselyForm, subsystemForm];

const byId = new Map<string, FormDefinition>(FORMS.map((f) => [f.id, f]));

export const FORM_IDS = FORMS.map((f) => f.id) as readonly FormId[];

/** The current definition of a form, or undefined for an unknown id. */
export function formDefinition(id: FormId): FormDefinition;
export function formDefinition(id: string): FormDefinition | undefined;
export function formDefinition(id: string): FormDefinition | undefined {
  return byId.get(id);
}

/** The form's top-level fields in order, across its sections. */
export function formFields(form: FormDefinition): Field[] {
  return form.sections.flatMap((s) => s.fields);
}

export type { Field, FormDefinition, FormId, Localized, Section, ValidationIssue } from './types.js';
