import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../api/application-types';
import { formatters } from '../format';
import { addId, removeId, updateAt } from './answers';
import { finnishToIso, isoToFinnish } from './fields/date-field';
import { describePath, fieldDomId } from './paths';

const l = (text: string) => ({ fi: text, sv: `${text} (sv)`, en: `${text} (en)` });

const form: FormDefinition = {
  id: 'vtjkysely',
  version: 1,
  title: l('Form'),
  audience: ['company'],
  sections: [
    {
      id: 's',
      title: l('S'),
      fields: [
        { id: 'purpose', kind: 'textarea', label: l('Purpose') },
        { id: 'dataGroups', kind: 'dataGroups', interface: 'vtjkysely', label: l('Groups') },
        {
          id: 'endCustomers',
          kind: 'repeat',
          label: l('End customers'),
          itemLabel: l('End customer'),
          fields: [{ id: 'businessId', kind: 'businessId', label: l('Business ID') }],
        },
      ],
    },
  ],
};

describe('issue paths', () => {
  it('give the ids the error summary focuses', () => {
    expect(fieldDomId('purpose')).toBe('field-purpose');
    expect(fieldDomId('dataGroups.HENKILON_NIMI.legalBasis')).toBe(
      'field-dataGroups--HENKILON_NIMI--legalBasis',
    );
    expect(fieldDomId('endCustomers.0.businessId')).toBe('field-endCustomers--0--businessId');
  });

  it('are described through the definition: fields, repeat items and data groups', () => {
    expect(describePath(form, 'purpose')).toEqual([{ kind: 'field', label: l('Purpose') }]);
    expect(describePath(form, 'endCustomers.1.businessId')).toEqual([
      { kind: 'field', label: l('End customers') },
      { kind: 'item', label: l('End customer'), index: 1 },
      { kind: 'field', label: l('Business ID') },
    ]);
    expect(describePath(form, 'dataGroups.KOTIKUNTA.legalBasis')).toEqual([
      { kind: 'field', label: l('Groups') },
      { kind: 'dataGroup', code: 'KOTIKUNTA' },
      { kind: 'dataGroupPart', part: 'legalBasis' },
    ]);
    expect(describePath(form, 'nothing')).toEqual([]);
  });
});

describe('answers', () => {
  it('change one answer at a path and keep the rest', () => {
    const answers = { purpose: 'x', endCustomers: [{ businessId: '1' }, { businessId: '2' }] };
    const changed = updateAt(answers, 'endCustomers.1.attachments', (ids) => addId(ids, 'a'));
    expect(changed).toEqual({
      purpose: 'x',
      endCustomers: [{ businessId: '1' }, { businessId: '2', attachments: ['a'] }],
    });
    expect(answers.endCustomers[1]).toEqual({ businessId: '2' });
    expect(updateAt({}, 'attachments', (ids) => addId(addId(ids, 'a'), 'a'))).toEqual({ attachments: ['a'] });
    expect(updateAt({ attachments: ['a', 'b'] }, 'attachments', (ids) => removeId(ids, 'a'))).toEqual({
      attachments: ['b'],
    });
  });
});

describe('dates', () => {
  it('are typed the Finnish way and stored as ISO dates; other text is kept as typed', () => {
    expect(finnishToIso('31.12.2026')).toBe('2026-12-31');
    expect(finnishToIso(' 1.2.2027 ')).toBe('2027-02-01');
    expect(finnishToIso('31.2.2026')).toBe('31.2.2026');
    expect(finnishToIso('huomenna')).toBe('huomenna');
    expect(isoToFinnish('2026-02-01')).toBe('1.2.2026');
  });

  it('are shown in Helsinki time, and file sizes in the language’s units', () => {
    const fi = formatters('fi');
    expect(fi.date('2026-12-31')).toBe('31.12.2026');
    expect(fi.time('2026-06-01T09:34:00Z')).toBe('12.34');
    expect(fi.fileSize(10 * 1024 * 1024)).toBe('10 Mt');
    expect(formatters('en').fileSize(1536)).toBe('1.5 kB');
  });
});
