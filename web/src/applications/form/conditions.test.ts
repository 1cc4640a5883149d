import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../api/application-types';
import { conditionHolds, topLevelEntries, visibleFields, visibleSections } from './conditions';

const l = (text: string) => ({ fi: text, sv: text, en: text });

const form: FormDefinition = {
  id: 'muutosrajapinta',
  version: 1,
  title: l('Form'),
  audience: ['public'],
  sections: [
    {
      id: 'a',
      title: l('A'),
      fields: [
        { id: 'needs', kind: 'yesNo', label: l('Needs') },
        { id: 'why', kind: 'textarea', label: l('Why'), visibleWhen: { field: 'needs', equals: true } },
        { id: 'how', kind: 'text', label: l('How'), visibleWhen: { field: 'why', equals: ['x', 'y'] } },
      ],
    },
    {
      id: 'b',
      title: l('B'),
      visibleWhen: { field: 'needs', equals: true },
      fields: [{ id: 'detail', kind: 'text', label: l('Detail') }],
    },
  ],
};

describe('visibleWhen', () => {
  it('compares one value or a list of values', () => {
    expect(conditionHolds({ field: 'a', equals: true }, { a: true })).toBe(true);
    expect(conditionHolds({ field: 'a', equals: true }, { a: 'true' })).toBe(false);
    expect(conditionHolds({ field: 'a', equals: ['x', 'y'] }, { a: 'y' })).toBe(true);
    expect(conditionHolds({ field: 'a', equals: ['x', 'y'] }, {})).toBe(false);
  });

  it('hides a field whose condition does not hold, and sections whose fields are all hidden', () => {
    const answers = { needs: false };
    expect(visibleFields(form.sections[0]!.fields, answers, topLevelEntries(form)).map((f) => f.id)).toEqual([
      'needs',
    ]);
    expect(visibleSections(form, answers).map((s) => s.id)).toEqual(['a']);
    expect(visibleSections(form, { needs: true }).map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('hides a field whose condition reads a hidden field, as the server does', () => {
    // `why` keeps an answer from before, but is hidden: `how` is hidden too.
    const answers = { needs: false, why: 'x' };
    const shown = visibleFields(form.sections[0]!.fields, answers, topLevelEntries(form));
    expect(shown.map((f) => f.id)).toEqual(['needs']);
    const open = visibleFields(form.sections[0]!.fields, { ...answers, needs: true }, topLevelEntries(form));
    expect(open.map((f) => f.id)).toEqual(['needs', 'why', 'how']);
  });
});
