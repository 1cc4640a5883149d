/**
 * Custody (guardians and wards) and guardianship of adults. A custody relation counts while it is in force
 * today. HUOLTAJA-HUOLLETTAVAT and HUOLLETTAVA-HUOLTAJAT nest the names (NykyinenSukunimi/Sukunimi), OPHREK's
 * wards are flat (spec §5). Syntymaaika is left empty, as in every capture (spec §7). With no one to list
 * the element is written once with empty children; clients skip entries without a hetu (spec §4).
 */
import type { DataGroupCode } from '../../../register/catalogue/index.js';
import { text, vtjDate } from '../format.js';
import { type GroupReader, isoDate } from '../person-records.js';
import { element, leaf } from '../xml.js';
import { kotimainenOsoite, ulkomainenOsoite } from './address.js';
import { defineElement } from './element.js';

interface Stub {
  henkilotunnus?: string;
  etunimet?: string;
  sukunimi?: string;
}

interface Custody {
  person: Stub | undefined;
  role: string | undefined;
  kind: string | undefined;
}

/** The three views of each side of custody; the first one the permit sees is read (same relations). */
const GUARDIAN_GROUPS = [
  'HUOLTAJA',
  'HUOLTAJA_SUPPEA',
  'HUOLTAJA_RAJOITETTU',
] as const satisfies DataGroupCode[];
const WARD_GROUPS = [
  'HUOLLETTAVA',
  'HUOLLETTAVA_SUPPEA',
  'HUOLLETTAVA_RAJOITETTU',
] as const satisfies DataGroupCode[];

function custodies(
  r: GroupReader,
  groups: readonly (typeof GUARDIAN_GROUPS)[number][] | readonly (typeof WARD_GROUPS)[number][],
  personKey: 'huoltaja' | 'huollettava',
): Custody[] {
  const inForce = (c: Record<string, unknown>) =>
    (isoDate(c.huoltosuhteenAlkupv) ?? '0000-01-01') <= r.today &&
    (isoDate(c.huoltosuhteenLoppupv) ?? '9999-12-31') >= r.today;
  for (const group of groups) {
    const found = r.all(group, (c) => inForce(c as Record<string, unknown>)) as Record<string, unknown>[];
    if (found.length > 0) {
      return found.map((c) => ({
        person: c[personKey] as Stub | undefined,
        role: c.huoltajanRooli as string | undefined,
        kind: c.huoltajanLaji as string | undefined,
      }));
    }
  }
  return [];
}

/** The person's guardians today (read on the child's side of custody). */
export function guardiansOf(r: GroupReader): Custody[] {
  return custodies(r, GUARDIAN_GROUPS, 'huoltaja');
}

function wardsOf(r: GroupReader): Custody[] {
  return custodies(r, WARD_GROUPS, 'huollettava');
}

function listed<T>(items: readonly T[], render: (item: T | undefined) => string): string {
  return (items.length > 0 ? items : [undefined]).map(render).join('');
}

function nestedNames(stub: Stub | undefined): string[] {
  return [
    element('NykyinenSukunimi', leaf('Sukunimi', text(stub?.sukunimi))),
    element('NykyisetEtunimet', leaf('Etunimet', text(stub?.etunimet))),
  ];
}

function relative(name: string, custody: Custody | undefined): string {
  return element(name, [
    leaf('Henkilotunnus', text(custody?.person?.henkilotunnus)),
    leaf('Syntymaaika'),
    ...nestedNames(custody?.person),
  ]);
}

export const huollettava = defineElement('Huollettava', WARD_GROUPS, (r) =>
  listed(wardsOf(r), (c) => relative('Huollettava', c)),
);

export const huoltaja = defineElement('Huoltaja', GUARDIAN_GROUPS, (r) =>
  listed(guardiansOf(r), (c) => relative('Huoltaja', c)),
);

// --- OPHREK ---------------------------------------------------------------------------------------

const PARENT_ROLES = ['AITI', 'ISA', 'TUNNUSTANUT_AITI', 'ADOPTIOAITI', 'ADOPTIOISA'];

/** Henkilosuhdelajikoodi: 03 a parent as guardian, 36 a parent appointed by a court, 06 another guardian. */
function relationCode(c: Custody | undefined): string {
  if (!c?.role) return '';
  if (!PARENT_ROLES.includes(c.role)) return '06';
  return c.kind === 'MAARATTY_HUOLTAJA' ? '36' : '03';
}

export const huoltajaLkm = defineElement('HuoltajaLkm', GUARDIAN_GROUPS, (r) =>
  leaf('HuoltajaLkm', String(Math.min(9, guardiansOf(r).length))),
);

/** A guardian with their permanent address, read from their own records (query.ts loads them). */
export const ophrekHuoltaja = defineElement('Huoltaja', GUARDIAN_GROUPS, (r, context) =>
  listed(guardiansOf(r), (c) => {
    const hetu = c?.person?.henkilotunnus;
    const guardian = hetu ? context.related(hetu) : undefined;
    return element('Huoltaja', [
      leaf('Henkilotunnus', text(hetu)),
      leaf('Syntymaaika'),
      element('Huoltotiedot', leaf('Henkilosuhdelajikoodi', relationCode(c))),
      ...nestedNames(c?.person),
      kotimainenOsoite('VakinainenKotimainenOsoite', guardian?.first('VAKINAINEN_KOTIMAINEN_OSOITE')),
      ulkomainenOsoite('VakinainenUlkomainenOsoite', guardian?.first('VAKINAINEN_ULKOMAINEN_OSOITE')),
    ]);
  }),
);

export const ophrekHuollettava = defineElement('Huollettava', WARD_GROUPS, (r) =>
  listed(wardsOf(r), (c) =>
    element('Huollettava', [
      leaf('Henkilotunnus', text(c?.person?.henkilotunnus)),
      leaf('Sukunimi', text(c?.person?.sukunimi)),
      leaf('Etunimet', text(c?.person?.etunimet)),
    ]),
  ),
);

// --- guardianship of adults (edunvalvonta) --------------------------------------------------------

interface Guardianship {
  alkupv?: unknown;
  paatymispv?: unknown;
  nykyisetEdunvalvojat?: { edunvalvoja?: Stub }[];
}

interface Attorneys {
  nykyisetEdunvalvontavaltuutetut?: {
    edunvalvontavaltuutettu?: Stub;
    valtuutussuhteenAlkupv?: unknown;
    valtuutussuhteenLoppupv?: unknown;
  }[];
}

/** Company and legal-aid-office guardians are not in the register: those lists are written empty. */
export function edunvalvonta(layout: 'PERUSSANOMA 3' | 'OPHREK') {
  return defineElement('Edunvalvonta', ['EDUNVALVONTA'], (r) => {
    const g = r.first('EDUNVALVONTA') as Guardianship | undefined;
    const guardians = (g?.nykyisetEdunvalvojat ?? []).map((entry) => entry.edunvalvoja);
    if (layout === 'OPHREK') {
      return element('Edunvalvonta', [
        leaf('Alkupvm', vtjDate(g?.alkupv)),
        leaf('Paattymispvm', vtjDate(g?.paatymispv)),
        leaf('Tehtavienjakokoodi'),
        leaf('Rajoituskoodi'),
        listed(guardians, (stub) =>
          element('HenkiloEdunvalvoja', [
            leaf('TehtavaAlkupvm'),
            leaf('TehtavaLoppupvm'),
            leaf('Henkilotunnus', text(stub?.henkilotunnus)),
            leaf('Syntymaaika'),
            ...nestedNames(stub),
          ]),
        ),
        element(
          'YritysJaYhteisoEdunvalvoja',
          ['TehtavaAlkupvm', 'TehtavaLoppupvm', 'Ytunnus', 'Nimi'].map((n) => leaf(n)),
        ),
        element(
          'OikeusaputoimistoEdunvalvoja',
          ['Viranomaiskoodi', 'ViranomainenS', 'ViranomainenR', 'TehtavaAlkupvm', 'TehtavaLoppupvm'].map(
            (n) => leaf(n),
          ),
        ),
      ]);
    }
    return element('Edunvalvonta', [
      leaf('Alkupvm', vtjDate(g?.alkupv)),
      leaf('Paattymispvm', vtjDate(g?.paatymispv)),
      ...[
        'Rajoituskoodi',
        'RajoitustekstiS',
        'RajoitustekstiR',
        'Tehtavienjakokoodi',
        'TehtavienjakoS',
        'TehtavienjakoR',
      ].map((n) => leaf(n)),
      listed(guardians, (stub) =>
        element('HenkiloEdunvalvoja', [
          leaf('Henkilotunnus', text(stub?.henkilotunnus)),
          leaf('Syntymaaika'),
          ...nestedNames(stub),
          leaf('TehtavaAlkupvm'),
          leaf('TehtavaLoppupvm'),
        ]),
      ),
      element(
        'YritysJaYhteisoEdunvalvoja',
        ['Ytunnus', 'Nimi', 'TehtavaLoppupvm', 'TehtavaAlkupvm'].map((n) => leaf(n)),
      ),
      element(
        'OikeusaputoimistoEdunvalvoja',
        ['Viranomaisnumero', 'ViranomainenS', 'ViranomainenR', 'TehtavaAlkupvm', 'TehtavaLoppupvm'].map((n) =>
          leaf(n),
        ),
      ),
    ]);
  });
}

export function edunvalvontavaltuutus(layout: 'PERUSSANOMA 3' | 'OPHREK') {
  return defineElement('Edunvalvontavaltuutus', ['EDUNVALVONTAVALTUUTUS'], (r) => {
    const a = r.first('EDUNVALVONTAVALTUUTUS') as Attorneys | undefined;
    const attorneys = listed(a?.nykyisetEdunvalvontavaltuutetut ?? [], (entry) =>
      element('HenkiloEdunvalvontavaltuutettu', [
        leaf('Henkilotunnus', text(entry?.edunvalvontavaltuutettu?.henkilotunnus)),
        leaf('Syntymaaika'),
        ...nestedNames(entry?.edunvalvontavaltuutettu),
        leaf('ValtuutusAlkupvm', vtjDate(entry?.valtuutussuhteenAlkupv)),
        leaf('ValtuutusLoppupvm', vtjDate(entry?.valtuutussuhteenLoppupv)),
      ]),
    );
    const division =
      layout === 'OPHREK'
        ? ['Tehtavienjakokoodi']
        : ['Tehtavienjakokoodi', 'TehtavienjakoS', 'TehtavienjakoR'];
    return element('Edunvalvontavaltuutus', [
      leaf('Alkupvm'),
      leaf('Paattymispvm'),
      ...division.map((n) => leaf(n)),
      attorneys,
    ]);
  });
}
