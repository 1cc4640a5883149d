import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeTestPki } from '../access/test-certificates.js';
import { makeTestHetu } from '../register/hetu.js';
import { FORMS, formDefinition } from './forms/index.js';
import type { Field, FormDefinition } from './forms/types.js';
import { completeContent } from './test-data.js';
import {
  isEmail,
  isIsoDate,
  isPhone,
  matchesFormat,
  unknownFields,
  validateContent,
  visibleContent,
} from './validate.js';

const none = { attachments: new Map<string, string>() };
const muutos = formDefinition('muutosrajapinta');
const kysely = formDefinition('vtjkysely');
const subsystem = formDefinition('subsystem');
const codes = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path}:${i.code}`);

describe('the form definitions', () => {
  it.each(FORMS.map((f) => [f.id, f] as const))(
    '%s has unique field ids, three languages everywhere, and valid conditions',
    (_id, form) => {
      const ids = new Set<string>();
      const texts: string[] = [form.title.fi, form.title.sv, form.title.en];
      const check = (fields: readonly Field[], scope: Set<string>) => {
        for (const f of fields) {
          expect(scope.has(f.id), `duplicate ${f.id}`).toBe(false);
          scope.add(f.id);
          for (const l of [f.label, f.help].filter((x) => x !== undefined)) texts.push(l.fi, l.sv, l.en);
          if (f.kind === 'choice' || f.kind === 'multiChoice') {
            expect(f.options.length).toBeGreaterThan(0);
            for (const o of f.options) texts.push(o.label.fi, o.label.sv, o.label.en);
          }
          if (f.kind === 'repeat') check(f.fields, new Set());
        }
      };
      for (const s of form.sections) {
        texts.push(s.title.fi, s.title.sv, s.title.en);
        check(s.fields, ids);
      }
      for (const s of form.sections) {
        for (const c of [s.visibleWhen, ...s.fields.map((f) => f.visibleWhen)]) {
          if (c) expect(ids.has(c.field), `condition on ${c.field}`).toBe(true);
        }
      }
      for (const t of texts) expect(t.trim().length).toBeGreaterThan(0);
      // Finnish and Swedish are real translations, not copies of each other (beyond codes like FI-TEST).
      const same = form.sections
        .flatMap((s) => s.fields)
        .filter((f) => f.label.fi === f.label.sv && f.label.fi.length > 8);
      expect(same).toEqual([]);
    },
  );

  it('a complete answer set of each form has no issues', () => {
    for (const form of FORMS) expect(validateContent(form, completeContent(form.id), none)).toEqual([]);
  });
});

describe('required fields and visibility', () => {
  it('lists every required field of an empty application', () => {
    const issues = validateContent(muutos, {}, none);
    expect(codes(issues)).toEqual(
      expect.arrayContaining([
        'adminContactName:required',
        'purpose:required',
        'dataGroups:required',
        'selectionCriterion:required',
        'updateRhythm:required',
        'needsTurvakielto:required',
        'accessControl:required',
        'acceptTerms:not_accepted',
      ]),
    );
    // Hidden until their conditions hold: not required.
    expect(
      codes(issues).filter((c) => /hetuList|municipalities|turvakielto[A-Z]|technicalDeputyName/.test(c)),
    ).toEqual([]);
  });

  it('requires what a choice reveals, and only that', () => {
    const base = completeContent('muutosrajapinta');
    const hetu = { ...base, selectionCriterion: 'hetuList', municipalities: ['nope'] };
    expect(codes(validateContent(muutos, hetu, none))).toEqual(['hetuList:required']);
    const national = { ...base, selectionCriterion: 'nationalRegister' };
    expect(codes(validateContent(muutos, national, none))).toEqual(['nationalCriteria:required']);
    const deputy = { ...base, technicalDeputy: true };
    expect(codes(validateContent(muutos, deputy, none))).toEqual([
      'technicalDeputyName:required',
      'technicalDeputyEmail:required',
      'technicalDeputyPhone:required',
    ]);
  });

  it('hides the whole turvakielto processing section when turvakielto data is not needed', () => {
    const content: Record<string, unknown> = {
      ...completeContent('muutosrajapinta'),
      needsTurvakielto: false,
      turvakieltoLegalBasis: 'Hallintolaki',
    };
    for (const key of Object.keys(content).filter((k) => k.startsWith('turvakielto'))) delete content[key];
    // A general law in a hidden answer is not an issue either.
    content.turvakieltoLegalBasis = 'Hallintolaki';
    expect(validateContent(muutos, content, none)).toEqual([]);
    const yes = { ...content, needsTurvakielto: true, turvakieltoLegalBasis: undefined };
    expect(codes(validateContent(muutos, yes, none))).toEqual([
      'turvakieltoJustification:required',
      'turvakieltoLegalBasis:required',
      'turvakieltoProcessors:required',
      'turvakieltoAccessRestricted:required',
      'turvakieltoAccessDescription:required',
      'turvakieltoLogged:required',
      'turvakieltoLoggingDescription:required',
      'turvakieltoOnwardProtection:required',
    ]);
  });

  it('drops hidden fields and unknown data-group keys from the sent content, and lists the uploaded files', () => {
    const content = {
      ...completeContent('muutosrajapinta'),
      selectionCriterion: 'municipality',
      hetuList: makeTestHetu('1990-01-01', 901),
      nationalCriteria: 'piilossa',
      needsTurvakielto: false,
      attachments: ['stale-id'],
      dataGroups: { HENKILON_NIMI: { justification: 'j', legalBasis: 'l', extra: 'x' } },
    };
    const sent = visibleContent(muutos, content, {
      attachments: new Map([
        ['a1', 'attachments'],
        ['a2', 'other'],
      ]),
    });
    expect(sent).not.toHaveProperty('hetuList');
    expect(sent).not.toHaveProperty('nationalCriteria');
    expect(sent).not.toHaveProperty('turvakieltoLegalBasis');
    expect(sent).not.toHaveProperty('turvakieltoProcessors');
    expect(sent.municipalities).toEqual(['091']);
    expect(sent.attachments).toEqual(['a1']);
    expect(sent.dataGroups).toEqual({ HENKILON_NIMI: { justification: 'j', legalBasis: 'l' } });
  });

  it('a condition that reads a hidden field hides its dependants too', () => {
    const form: FormDefinition = {
      id: 'subsystem',
      version: 1,
      title: { fi: 'a', sv: 'a', en: 'a' },
      audience: ['public'],
      sections: [
        {
          id: 's',
          title: { fi: 'a', sv: 'a', en: 'a' },
          fields: [
            { id: 'a', kind: 'yesNo', label: { fi: 'a', sv: 'a', en: 'a' } },
            {
              id: 'b',
              kind: 'yesNo',
              visibleWhen: { field: 'a', equals: true },
              label: { fi: 'b', sv: 'b', en: 'b' },
            },
            {
              id: 'c',
              kind: 'text',
              required: true,
              visibleWhen: { field: 'b', equals: true },
              label: { fi: 'c', sv: 'c', en: 'c' },
            },
            {
              id: 'd',
              kind: 'text',
              required: true,
              visibleWhen: { field: 'd', equals: 'x' },
              label: { fi: 'd', sv: 'd', en: 'd' },
            },
          ],
        },
      ],
    };
    expect(validateContent(form, { a: false, b: true }, none)).toEqual([]);
    expect(codes(validateContent(form, { a: true, b: true }, none))).toEqual(['c:required']);
    expect(visibleContent(form, { a: false, b: true, c: 'x' }, none)).toEqual({ a: false });
  });
});

describe('value checks', () => {
  const base = completeContent('muutosrajapinta');
  const check = (patch: Record<string, unknown>, form = muutos, b = base) =>
    validateContent(form, { ...b, ...patch }, none);

  it('lengths', () => {
    expect(check({ purpose: 'x'.repeat(4001) })).toEqual([
      { path: 'purpose', code: 'too_long', params: { max: 4000 } },
    ]);
    expect(check({ purpose: 'x'.repeat(4000) })).toEqual([]);
    expect(check({ adminContactName: 'x'.repeat(201) })).toEqual([
      { path: 'adminContactName', code: 'too_long', params: { max: 200 } },
    ]);
    expect(check({ purpose: '   ' })).toEqual([{ path: 'purpose', code: 'required' }]);
  });

  it('e-mail addresses and telephone numbers', () => {
    expect(codes(check({ adminContactEmail: 'ei osoite' }))).toEqual(['adminContactEmail:invalid_email']);
    expect(codes(check({ adminContactEmail: 'a@b' }))).toEqual(['adminContactEmail:invalid_email']);
    expect(codes(check({ adminContactPhone: 'soita minulle' }))).toEqual(['adminContactPhone:invalid_phone']);
    expect(codes(check({ adminContactPhone: '123' }))).toEqual(['adminContactPhone:invalid_phone']);
    for (const ok of ['kirjaamo@hel.fi', 'Etu.Suku+tag@sub.esimerkki.fi']) expect(isEmail(ok)).toBe(true);
    for (const ok of ['+358 40 123 4567', '09-310 1691', '(09) 310 1691']) expect(isPhone(ok)).toBe(true);
    expect(isPhone('+358 40 123 4567 8901 23')).toBe(false);
  });

  it('business IDs with the check digit, also in repeat items', () => {
    expect(codes(check({ memberCode: '0245437-3' }, subsystem, completeContent('subsystem')))).toEqual([
      'memberCode:invalid_business_id',
    ]);
    const content = {
      ...completeContent('vtjkysely'),
      framework: true,
      endCustomers: [
        { businessId: '0245437-2', name: 'A Oy', purpose: 'p', dataGroups: ['HENKILON_NIMI'] },
        { businessId: '1234567-8', name: 'B Oy', purpose: 'p', dataGroups: ['HENKILON_NIMI'] },
      ],
    };
    expect(codes(validateContent(kysely, content, none))).toEqual([
      'endCustomers.1.businessId:invalid_business_id',
    ]);
  });

  it('dates', () => {
    for (const ok of ['2026-02-28', '2024-02-29']) expect(isIsoDate(ok)).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '26-01-01', '2026-1-1', ''])
      expect(isIsoDate(bad)).toBe(false);
  });

  it('identity codes in a hetu list, one per line, reported by line number without the value', () => {
    const good = makeTestHetu('1985-03-12', 905);
    const list = [good, '', `  ${makeTestHetu('2001-12-31', 999)}  `, '311301-9341', 'hölynpöly'].join('\n');
    const issues = check({ selectionCriterion: 'hetuList', hetuList: list });
    expect(issues).toEqual([
      { path: 'hetuList', code: 'invalid_hetu', params: { line: 4 } },
      { path: 'hetuList', code: 'invalid_hetu', params: { line: 5 } },
    ]);
    expect(JSON.stringify(issues)).not.toContain('311301');
    expect(check({ selectionCriterion: 'hetuList', hetuList: `${good}\r\n${good}` })).toEqual([]);
    const many = Array.from({ length: 30 }, () => 'x').join('\n');
    expect(check({ selectionCriterion: 'hetuList', hetuList: many })).toHaveLength(20);
  });

  it('municipality codes', () => {
    expect(check({ municipalities: ['091', '999', '049'] })).toEqual([
      { path: 'municipalities', code: 'unknown_municipality', params: { code: '999' } },
    ]);
    expect(codes(check({ municipalities: [] }))).toEqual(['municipalities:required']);
    expect(codes(check({ municipalities: '091' }))).toEqual(['municipalities:invalid_value']);
  });

  it('data groups: known to the interface, each with a justification and a provision of law', () => {
    const issues = check({
      dataGroups: {
        HENKILON_NIMI: { justification: '', legalBasis: 'Kuntalaki' },
        EI_OLE: { justification: 'x', legalBasis: 'y' },
        KOTIKUNTA: 'kyllä',
        AIDINKIELI: { justification: 'x'.repeat(2001), legalBasis: 'y' },
      },
    });
    expect(issues).toEqual([
      { path: 'dataGroups.HENKILON_NIMI.justification', code: 'required' },
      { path: 'dataGroups.EI_OLE', code: 'unknown_data_group', params: { code: 'EI_OLE' } },
      { path: 'dataGroups.KOTIKUNTA', code: 'invalid_value' },
      { path: 'dataGroups.AIDINKIELI.justification', code: 'too_long', params: { max: 2000 } },
    ]);
    // A change-interface group that VTJkysely does not serve.
    const kb = completeContent('vtjkysely');
    expect(
      validateContent(
        kysely,
        { ...kb, dataGroups: { USKONTOKUNTA: { justification: 'x', legalBasis: 'y' } } },
        none,
      ),
    ).toEqual([
      { path: 'dataGroups.USKONTOKUNTA', code: 'unknown_data_group', params: { code: 'USKONTOKUNTA' } },
    ]);
  });

  it('choices, multi-choices, yes/no and confirmation', () => {
    expect(codes(check({ updateRhythm: 'hourly' }))).toEqual(['updateRhythm:unknown_option']);
    expect(codes(check({ needsTurvakielto: 'yes' }))).toEqual(['needsTurvakielto:invalid_value']);
    expect(codes(check({ acceptTerms: false }))).toEqual(['acceptTerms:not_accepted']);
    expect(validateContent(muutos, { ...base, acceptTerms: undefined }, none, { skipConfirm: true })).toEqual(
      [],
    );
  });

  it('the turvakielto legal basis refuses general laws only when nothing else is named', () => {
    expect(check({ turvakieltoLegalBasis: 'Tietosuojalaki (1050/2018)' })).toEqual([
      { path: 'turvakieltoLegalBasis', code: 'general_law', params: { law: 'Tietosuojalaki (1050/2018)' } },
    ]);
    expect(check({ turvakieltoLegalBasis: 'Tietosuojalaki ja Sosiaalihuoltolaki (1301/2014) 41 §' })).toEqual(
      [],
    );
    expect(codes(check({ turvakieltoLegalBasis: '' }))).toEqual(['turvakieltoLegalBasis:required']);
  });

  it('repeat items: at least one end customer for a framework permit, each complete, no duplicates, only groups applied for', () => {
    const kb = completeContent('vtjkysely');
    expect(codes(validateContent(kysely, { ...kb, framework: true }, none))).toEqual([
      'endCustomers:required',
    ]);
    expect(codes(validateContent(kysely, { ...kb, framework: true, endCustomers: [] }, none))).toEqual([
      'endCustomers:required',
    ]);
    const item = { businessId: '0245437-2', name: 'A Oy', purpose: 'p', dataGroups: ['HENKILON_NIMI'] };
    const issues = validateContent(
      kysely,
      {
        ...kb,
        framework: true,
        endCustomers: [item, { ...item, name: '', dataGroups: ['AIDINKIELI', 'EI_OLE'] }, 'x'],
      },
      none,
    );
    expect(issues).toEqual([
      { path: 'endCustomers.1.name', code: 'required' },
      { path: 'endCustomers.1.dataGroups', code: 'unknown_option', params: { value: 'EI_OLE' } },
      { path: 'endCustomers.2', code: 'invalid_value' },
      { path: 'endCustomers.1.businessId', code: 'invalid_value', params: { reason: 'duplicate' } },
      {
        path: 'endCustomers.1.dataGroups',
        code: 'invalid_value',
        params: { reason: 'not_applied', code: 'AIDINKIELI, EI_OLE' },
      },
    ]);
    // Not a framework permit: the end customers are hidden, not checked, and not sent.
    const hidden = { ...kb, framework: false, endCustomers: ['x'] };
    expect(validateContent(kysely, hidden, none)).toEqual([]);
    expect(visibleContent(kysely, hidden, none)).not.toHaveProperty('endCustomers');
  });

  it('subsystem ids: X-Road codes, FQDN, and the instance matching the environment', () => {
    const sb = completeContent('subsystem');
    expect(codes(check({ subsystemCode: 'a/b' }, subsystem, sb))).toEqual(['subsystemCode:invalid_format']);
    expect(codes(check({ subsystemCode: '-alku' }, subsystem, sb))).toEqual(['subsystemCode:invalid_format']);
    expect(codes(check({ securityServer: 'localhost' }, subsystem, sb))).toEqual([
      'securityServer:invalid_format',
    ]);
    expect(codes(check({ securityServer: 'lp-.esimerkki.fi' }, subsystem, sb))).toEqual([
      'securityServer:invalid_format',
    ]);
    expect(check({ instance: 'FI' }, subsystem, sb)).toEqual([
      { path: 'instance', code: 'invalid_value', params: { expected: 'FI-TEST' } },
    ]);
    expect(check({ environment: 'production', instance: 'FI' }, subsystem, sb)).toEqual([]);
    expect(codes(check({ memberClass: 'XXX' }, subsystem, sb))).toEqual(['memberClass:unknown_option']);
    expect(matchesFormat('fqdn', 'ss1.palveluvayla.example.fi')).toBe(true);
  });

  it('a client certificate in PEM form, never a private key', () => {
    const { leaves } = makeTestPki([{ name: 'asiakas' }]);
    const cert = leaves.asiakas?.cert as string;
    const kb = { ...completeContent('vtjkysely'), connectionMethod: 'certificate' };
    expect(validateContent(kysely, { ...kb, clientCertificate: cert }, none)).toEqual([]);
    expect(codes(validateContent(kysely, kb, none))).toEqual(['clientCertificate:required']);
    expect(
      validateContent(kysely, { ...kb, clientCertificate: `${leaves.asiakas?.key}\n${cert}` }, none),
    ).toEqual([
      {
        path: 'clientCertificate',
        code: 'invalid_format',
        params: { format: 'certificatePem', reason: 'private_key' },
      },
    ]);
    const broken = cert.replace(/\n[A-Za-z0-9+/]{10}/, '\nAAAAAAAAAA');
    expect(codes(validateContent(kysely, { ...kb, clientCertificate: broken }, none))).toEqual([
      'clientCertificate:invalid_format',
    ]);
  });

  it('attachments: the ids named exist and belong to the field; a required field needs an upload', () => {
    const attachments = new Map([
      ['a1', 'attachments'],
      ['a2', 'info-request:r1'],
    ]);
    expect(validateContent(muutos, { ...base, attachments: ['a1'] }, { attachments })).toEqual([]);
    expect(
      validateContent(muutos, { ...base, attachments: ['a1', 'a2', 'nope', 7] }, { attachments }),
    ).toEqual([
      { path: 'attachments.1', code: 'invalid_attachment' },
      { path: 'attachments.2', code: 'invalid_attachment' },
      { path: 'attachments.3', code: 'invalid_attachment' },
    ]);
    const required: FormDefinition = {
      ...muutos,
      sections: [
        {
          id: 's',
          title: muutos.title,
          fields: [{ id: 'f', kind: 'attachments', required: true, maxFiles: 1, label: muutos.title }],
        },
      ],
    };
    expect(codes(validateContent(required, {}, none))).toEqual(['f:required']);
    expect(validateContent(required, {}, { attachments: new Map([['x', 'f']]) })).toEqual([]);
    expect(
      codes(
        validateContent(
          required,
          {},
          {
            attachments: new Map([
              ['x', 'f'],
              ['y', 'f'],
            ]),
          },
        ),
      ),
    ).toEqual(['f:too_many']);
  });

  it('names the keys a form does not define', () => {
    expect(
      unknownFields(kysely, { purpose: 'x', admin: true, endCustomers: [{ name: 'a', hack: 1 }] }),
    ).toEqual(['admin', 'endCustomers.0.hack']);
    expect(unknownFields(muutos, completeContent('muutosrajapinta'))).toEqual([]);
  });
});

describe('properties', () => {
  it('validation never throws and always answers with paths and codes, whatever the answers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FORMS),
        fc.dictionary(
          fc.constantFrom(...FORMS.flatMap((f) => f.sections.flatMap((s) => s.fields.map((x) => x.id))), 'x'),
          fc.jsonValue(),
        ),
        (form, content) => {
          const issues = validateContent(form, content, none);
          for (const i of issues) {
            expect(typeof i.path).toBe('string');
            expect(typeof i.code).toBe('string');
          }
          const sent = visibleContent(form, content, none);
          expect(Object.keys(sent).every((k) => k in content || k === 'attachments')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a complete answer stays complete when a hidden field gets any value', () => {
    const hidden = ['hetuList', 'nationalCriteria', 'technicalDeputyName', 'technicalDeputyEmail'];
    fc.assert(
      fc.property(fc.constantFrom(...hidden), fc.jsonValue(), (field, value) => {
        const content = { ...completeContent('muutosrajapinta'), [field]: value };
        expect(validateContent(muutos, content, none)).toEqual([]);
        expect(visibleContent(muutos, content, none)).not.toHaveProperty(field);
      }),
    );
  });

  it('any valid test hetu list is accepted', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.date({ min: new Date('1900-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
            n: fc.integer({ min: 900, max: 999 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (persons) => {
          const list = persons.map((p) => makeTestHetu(p.day.toISOString().slice(0, 10), p.n)).join('\n');
          const content = {
            ...completeContent('muutosrajapinta'),
            selectionCriterion: 'hetuList',
            hetuList: list,
          };
          expect(validateContent(muutos, content, none)).toEqual([]);
        },
      ),
    );
  });
});
