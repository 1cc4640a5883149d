import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../api/back-office';
import { isVisible, unexplainedKeys, visibleFields, visibleSections } from './form-values';

const text = (fi: string) => ({ fi, sv: fi, en: fi });

const form: FormDefinition = {
  id: 'vtjkysely',
  version: 1,
  title: text('VTJkysely'),
  audience: ['company'],
  sections: [
    {
      id: 'dataGroups',
      title: text('Tietoryhmät'),
      fields: [{ id: 'dataGroups', kind: 'dataGroups', interface: 'vtjkysely', label: text('Tietoryhmät') }],
    },
    {
      id: 'turvakielto',
      title: text('Turvakielto'),
      fields: [
        { id: 'needsTurvakielto', kind: 'yesNo', label: text('Tarvitaanko?') },
        {
          id: 'turvakieltoLegalBasis',
          kind: 'legalBasis',
          label: text('Lainkohta'),
          visibleWhen: { field: 'needsTurvakielto', equals: true },
        },
      ],
    },
    {
      id: 'framework',
      title: text('Raamilupa'),
      fields: [
        { id: 'framework', kind: 'yesNo', label: text('Raamilupa?') },
        {
          id: 'endCustomers',
          kind: 'repeat',
          label: text('Loppuasiakkaat'),
          itemLabel: text('Loppuasiakas'),
          visibleWhen: { field: 'framework', equals: true },
          fields: [
            { id: 'businessId', kind: 'businessId', label: text('Y-tunnus') },
            { id: 'name', kind: 'text', label: text('Nimi') },
            {
              id: 'dataGroups',
              kind: 'multiChoice',
              label: text('Tietoryhmät'),
              options: [{ value: 'HENKILON_NIMI', label: text('Nimi') }],
            },
          ],
        },
      ],
    },
    {
      id: 'extra',
      title: text('Vain raamiluvalle'),
      visibleWhen: { field: 'framework', equals: true },
      fields: [{ id: 'extraInfo', kind: 'text', label: text('Lisätieto') }],
    },
  ],
};

describe('reading a sent version by its form', () => {
  it('shows a field or section only when its condition holds, in its own scope', () => {
    expect(isVisible(undefined, {})).toBe(true);
    expect(isVisible({ field: 'a', equals: ['x', 'y'] }, { a: 'y' })).toBe(true);
    expect(isVisible({ field: 'a', equals: 'x' }, { a: ['z', 'x'] })).toBe(true);
    expect(isVisible({ field: 'a', equals: true }, { a: false })).toBe(false);
    expect(visibleSections(form, { framework: false }).map((s) => s.id)).toEqual([
      'dataGroups',
      'turvakielto',
      'framework',
    ]);
    const turvakielto = form.sections[1]?.fields ?? [];
    expect(visibleFields(turvakielto, { needsTurvakielto: true }).map((f) => f.id)).toEqual([
      'needsTurvakielto',
      'turvakieltoLegalBasis',
    ]);
  });

  it('lists the answers no field explains', () => {
    expect(unexplainedKeys(form, { dataGroups: {}, oldField: 'x', empty: '' })).toEqual(['oldField']);
  });
});
