import { describe, expect, it } from 'vitest';
import {
  type AppliedFor,
  appliedFromOptions,
  checkDraft,
  initialDraft,
  notGranted,
  toDecisionBody,
} from './decision-draft';

const TODAY = '2026-03-10';

const applied: AppliedFor = {
  dataGroups: ['HENKILON_NIMI', 'VAKINAINEN_KOTIMAINEN_OSOITE', 'KUOLINTIETO'],
  groupTitles: {},
  turvakielto: false,
  endCustomers: [],
  framework: false,
  products: [],
  defaultProducts: [],
  defaultTermsDays: 30,
};

describe('a decision draft', () => {
  it('starts with every group applied for ticked, validity from today for five years and 30 days for the terms', () => {
    const draft = initialDraft(applied, TODAY);
    expect(draft.dataGroups).toEqual(applied.dataGroups);
    expect(draft.validFrom).toBe('10.3.2026');
    expect(draft.validUntil).toBe('9.3.2031');
    expect(draft.termsDays).toBe('30');
    expect(draft.outcome).toBeUndefined();
  });

  it('asks for an outcome first', () => {
    expect(checkDraft(initialDraft(applied, TODAY), applied, TODAY)).toEqual([
      { field: 'outcome', key: 'outcomeRequired' },
    ]);
  });

  it('refuses a grant without groups, with dates in the wrong order or in the past, or odd terms days', () => {
    const draft = {
      ...initialDraft(applied, TODAY),
      outcome: 'granted' as const,
      dataGroups: [],
      validFrom: '9.3.2026',
      validUntil: '1.1.2026',
      termsDays: '0',
    };
    expect(checkDraft(draft, applied, TODAY).map((e) => e.key)).toEqual([
      'dataGroupsRequired',
      'validFromPast',
      'validUntilBeforeFrom',
      'termsDaysInvalid',
    ]);
    expect(
      checkDraft(
        { ...draft, dataGroups: ['KUOLINTIETO'], validFrom: '31.2.2026', validUntil: 'x', termsDays: '30' },
        applied,
        TODAY,
      ).map((e) => e.key),
    ).toEqual(['validFromInvalid', 'validUntilInvalid']);
  });

  it('asks for at least one product when the interface has them, starting from the default ones', () => {
    const vtjkysely = {
      ...applied,
      products: ['PERUSSANOMA 1', 'HUOLTAJA'],
      defaultProducts: ['PERUSSANOMA 1'],
    };
    const draft = { ...initialDraft(vtjkysely, TODAY), outcome: 'granted' as const };
    expect(draft.products).toEqual(['PERUSSANOMA 1']);
    expect(checkDraft({ ...draft, products: [] }, vtjkysely, TODAY)).toEqual([
      { field: 'products', key: 'productsRequired' },
    ]);
  });

  it('reads what a grant may contain from the case', () => {
    expect(
      appliedFromOptions({
        dataGroups: [
          { code: 'HENKILON_NIMI', title: { fi: 'Nimi', sv: 'Namn', en: 'Name' }, turvakielto: false },
        ],
        turvakieltoApplied: true,
        framework: true,
        endCustomers: [
          { businessId: '1234567-1', name: 'A Oy', purpose: 'x', dataGroups: ['HENKILON_NIMI'] },
        ],
        selection: null,
        products: ['PERUSSANOMA 1', 'HUOLTAJA'],
        defaultProducts: ['PERUSSANOMA 1', 'PERUSSANOMA 3'],
        defaultTermsDays: 14,
      }),
    ).toEqual({
      dataGroups: ['HENKILON_NIMI'],
      groupTitles: { HENKILON_NIMI: { fi: 'Nimi', sv: 'Namn', en: 'Name' } },
      turvakielto: true,
      framework: true,
      endCustomers: [{ businessId: '1234567-1', name: 'A Oy', dataGroups: ['HENKILON_NIMI'] }],
      products: ['PERUSSANOMA 1', 'HUOLTAJA'],
      defaultProducts: ['PERUSSANOMA 1'],
      defaultTermsDays: 14,
    });
  });

  it('grants a form without data groups (a subsystem permit) with none', () => {
    const subsystem: AppliedFor = { ...applied, dataGroups: [] };
    const draft = { ...initialDraft(subsystem, TODAY), outcome: 'granted' as const };
    expect(checkDraft(draft, subsystem, TODAY)).toEqual([]);
    expect(toDecisionBody(draft, subsystem)).toMatchObject({ outcome: 'granted', dataGroups: [] });
  });

  it('asks about turvakielto only when it was applied for', () => {
    const grant = { ...initialDraft(applied, TODAY), outcome: 'granted' as const };
    expect(checkDraft(grant, applied, TODAY)).toEqual([]);
    const withTurvakielto = { ...applied, turvakielto: true };
    expect(checkDraft(grant, withTurvakielto, TODAY)).toEqual([
      { field: 'turvakielto', key: 'turvakieltoRequired' },
    ]);
    expect(checkDraft({ ...grant, turvakielto: 'no' }, withTurvakielto, TODAY)).toEqual([]);
  });

  it('needs reasons for a denial', () => {
    const deny = { ...initialDraft(applied, TODAY), outcome: 'denied' as const, reasons: '  ' };
    expect(checkDraft(deny, applied, TODAY)).toEqual([{ field: 'reasons', key: 'reasonsRequired' }]);
    expect(toDecisionBody({ ...deny, reasons: ' Ei perustetta. ' }, applied)).toEqual({
      outcome: 'denied',
      reasons: 'Ei perustetta.',
    });
  });

  it('grants fewer groups than applied for, in the applicant order, with ISO dates', () => {
    const draft = {
      ...initialDraft(applied, TODAY),
      outcome: 'granted' as const,
      dataGroups: ['KUOLINTIETO', 'HENKILON_NIMI'],
      conditions: ' Ehdot. ',
    };
    expect(toDecisionBody(draft, applied)).toEqual({
      outcome: 'granted',
      dataGroups: ['HENKILON_NIMI', 'KUOLINTIETO'],
      turvakielto: false,
      validFrom: '2026-03-10',
      validUntil: '2031-03-09',
      conditions: 'Ehdot.',
      termsDays: 30,
    });
    expect(notGranted(draft, applied)).toEqual(['VAKINAINEN_KOTIMAINEN_OSOITE']);
  });

  it('gives a framework permit’s end customers at most the granted groups, and none when denied', () => {
    const framework: AppliedFor = {
      ...applied,
      turvakielto: true,
      framework: true,
      products: ['PERUSSANOMA 1', 'PERUSSANOMA 3', 'HUOLTAJA'],
      defaultProducts: ['PERUSSANOMA 1', 'PERUSSANOMA 3'],
      endCustomers: [
        { businessId: '1234567-1', name: 'A Oy', dataGroups: ['HENKILON_NIMI', 'KUOLINTIETO'] },
        { businessId: '7654321-2', name: '', dataGroups: [] },
      ],
    };
    const draft = initialDraft(framework, TODAY);
    draft.outcome = 'granted';
    draft.turvakielto = 'yes';
    draft.dataGroups = ['HENKILON_NIMI', 'VAKINAINEN_KOTIMAINEN_OSOITE'];
    draft.products = ['PERUSSANOMA 3'];
    draft.endCustomers[1] = {
      ...(draft.endCustomers[1] as (typeof draft.endCustomers)[number]),
      approved: false,
    };
    const body = toDecisionBody(draft, framework);
    expect(body).toMatchObject({
      turvakielto: true,
      products: ['PERUSSANOMA 3'],
      endCustomers: [
        { businessId: '1234567-1', name: 'A Oy', dataGroups: ['HENKILON_NIMI'], approved: true },
        // No name given: the Y-tunnus stands in (the server needs one).
        { businessId: '7654321-2', name: '7654321-2', dataGroups: [], approved: false },
      ],
    });
  });
});
