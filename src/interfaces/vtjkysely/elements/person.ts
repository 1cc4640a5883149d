/**
 * Person elements: names, language, sex, death, turvakielto, citizenship and the other single facts.
 * Element and child names and their order are the product XSDs' (fixtures/vtjkysely/schema) and the real
 * captures'; every element is written even when empty (spec §4).
 */
import type { DataGroupCode } from '../../../register/catalogue/index.js';
import { countryNames, languageNames, SEX, text, vtjDate } from '../format.js';
import { type GroupReader, isoDate } from '../person-records.js';
import { element, leaf } from '../xml.js';
import { defineElement } from './element.js';

export const nykyinenSukunimi = defineElement('NykyinenSukunimi', ['HENKILON_NIMI'], (r) =>
  element('NykyinenSukunimi', leaf('Sukunimi', text(r.first('HENKILON_NIMI')?.sukunimi))),
);

export const nykyisetEtunimet = defineElement('NykyisetEtunimet', ['HENKILON_NIMI'], (r) =>
  element('NykyisetEtunimet', leaf('Etunimet', text(r.first('HENKILON_NIMI')?.etunimi))),
);

const NAME_GROUPS = ['KUTSUMANIMI', 'NIMENMUUTOS', 'NIMENMUUTOS_LAAJA'] as const satisfies DataGroupCode[];

/** Names of some kinds from the first of `groups` that has them (the groups describe the same names). */
function names(
  r: GroupReader,
  groups: readonly (typeof NAME_GROUPS)[number][],
  kinds: readonly string[],
  history: boolean,
) {
  for (const group of groups) {
    const where = (n: { nimilaji?: string }) => kinds.includes(n.nimilaji ?? '');
    const found = history ? r.all(group, where) : r.current(group, where);
    if (found.length > 0) return found;
  }
  return [];
}

export const nykyinenKutsumanimi = defineElement('NykyinenKutsumanimi', NAME_GROUPS, (r) =>
  element(
    'NykyinenKutsumanimi',
    leaf('Kutsumanimi', text(names(r, NAME_GROUPS, ['NYKYINEN_KUTSUMANIMI'], false)[0]?.nimi)),
  ),
);

/** EntinenNimi/Nimilajikoodi (catalogue EntinenNimiLajikoodiTyyppi). */
const FORMER_NAME_CODES: Readonly<Record<string, string>> = {
  EDELLINEN_SUKUNIMI: '05',
  EDELLINEN_ETUNIMI: '06',
  VIIMEKSI_NAIMATTOMANA_OLLESSA_OLLUT_SUKUNIMI: '07',
  EDELLINEN_KUTSUMANIMI: '09',
};

/** Former names; PERUSSANOMA 3 adds the Info8S/R texts (empty: the register keeps none). */
export function entinenNimi(withInfo: boolean) {
  const groups = ['NIMENMUUTOS', 'NIMENMUUTOS_LAAJA'] as const;
  return defineElement('EntinenNimi', groups, (r) => {
    const former = names(r, groups, Object.keys(FORMER_NAME_CODES), true);
    const entries = former.length > 0 ? former : [undefined];
    return entries
      .map((n) =>
        element('EntinenNimi', [
          leaf('Nimi', text(n?.nimi)),
          leaf('Nimilajikoodi', FORMER_NAME_CODES[text(n?.nimilaji)]),
          leaf('Alkupvm', vtjDate(n?.alkupv)),
          leaf('Loppupvm', vtjDate(n?.loppupv)),
          ...(withInfo ? [leaf('Info8S'), leaf('Info8R')] : []),
        ]),
      )
      .join('');
  });
}

/** Newer products carry the flag Kuollut; OPHREK and PERUSJHHS2 only the date (spec §7). */
export function kuolintiedot(withFlag: boolean) {
  return defineElement('Kuolintiedot', ['KUOLINPAIVA'], (r) => {
    const death = r.first('KUOLINPAIVA');
    const dead = death?.kuollut === true;
    return element('Kuolintiedot', [
      ...(withFlag ? [leaf('Kuollut', dead ? '1' : '')] : []),
      leaf('Kuolinpvm', dead ? vtjDate(death?.kuolinpv) : ''),
    ]);
  });
}

export const kuolleeksijulistamistiedot = defineElement(
  'Kuolleeksijulistamistiedot',
  ['KUOLLEEKSIJULISTAMISPAIVA'],
  (r) =>
    element(
      'Kuolleeksijulistamistiedot',
      leaf('Kuolleeksijulistamispvm', vtjDate(r.first('KUOLLEEKSIJULISTAMISPAIVA')?.kuolleeksijulistamispv)),
    ),
);

export const aidinkieli = defineElement('Aidinkieli', ['AIDINKIELI'], (r) => {
  const language = r.first('AIDINKIELI');
  const names = languageNames(language?.kielikoodi);
  return element('Aidinkieli', [
    leaf('Kielikoodi', text(language?.kielikoodi)),
    leaf('KieliS', names.fi),
    leaf('KieliR', names.sv),
    leaf('KieliSelvakielinen', text(language?.nimi)),
  ]);
});

/**
 * PERUSLT1's AidinkieliTietokoodi. Seen only as "1" for a Finnish speaker in DVV's example; no code list is
 * public, so this service writes 1 = Finnish, 2 = Swedish, 3 = any other language (an unconfirmed choice).
 */
export const aidinkieliTietokoodi = defineElement('Aidinkieli', ['AIDINKIELI'], (r) => {
  const code = text(r.first('AIDINKIELI')?.kielikoodi);
  const tieto = code === '' ? '' : code === 'fi' ? '1' : code === 'sv' ? '2' : '3';
  return element('Aidinkieli', leaf('AidinkieliTietokoodi', tieto));
});

export const sukupuoli = defineElement('Sukupuoli', ['SUKUPUOLI'], (r) => {
  const sex = SEX[r.first('SUKUPUOLI')?.sukupuoli as keyof typeof SEX] as
    | (typeof SEX)[keyof typeof SEX]
    | undefined;
  return element('Sukupuoli', [
    leaf('Sukupuolikoodi', sex?.code),
    leaf('SukupuoliS', sex?.fi),
    leaf('SukupuoliR', sex?.sv),
  ]);
});

/** TurvakieltoTieto 1 while in force, with its end date; PERUSJHHS3 carries only the flag. */
export function turvakielto(withEndDate: boolean) {
  return defineElement('Turvakielto', ['TURVAKIELTO'], (r) => {
    const order = r.first('TURVAKIELTO');
    const until = isoDate(order?.turvaLoppuPv);
    const inForce = order?.turvakieltoAktiivinen === true && (until === undefined || until >= r.today);
    return element('Turvakielto', [
      leaf('TurvakieltoTieto', inForce ? '1' : ''),
      ...(withEndDate ? [leaf('TurvakieltoPaattymispvm', inForce ? vtjDate(order?.turvaLoppuPv) : '')] : []),
    ]);
  });
}

type Citizenship = {
  kansalaisuuskoodi?: string;
  kansalaisuusnimi?: string;
  voimassaolo?: string;
  saamispv?: unknown;
  menetyspv?: unknown;
};

function citizenships(r: GroupReader): Citizenship[] | undefined {
  const record = r.first('KANSALAISUUS');
  if (!record) return undefined;
  return ((record.henkilonKansalaisuudet ?? []) as Citizenship[]).filter(
    (c) => c.voimassaolo !== 'PASSIIVI' && c.menetyspv === undefined,
  );
}

export const kansalaisuus = defineElement('Kansalaisuus', ['KANSALAISUUS'], (r) => {
  const list = citizenships(r) ?? [];
  return (list.length > 0 ? list : [undefined])
    .map((c) => {
      const names = countryNames(c?.kansalaisuuskoodi);
      return element('Kansalaisuus', [
        leaf('Kansalaisuuskoodi3', text(c?.kansalaisuuskoodi)),
        leaf('KansalaisuusS', names.fi),
        leaf('KansalaisuusR', names.sv),
        leaf('KansalaisuusSelvakielinen', text(c?.kansalaisuusnimi)),
        leaf('Saamispvm', vtjDate(c?.saamispv)),
      ]);
    })
    .join('');
});

/** 1 = a Finnish citizen, 0 = not; empty when the permit does not see citizenship. */
export const suomenKansalaisuusTietokoodi = defineElement(
  'SuomenKansalaisuusTietokoodi',
  ['KANSALAISUUS'],
  (r) => {
    const list = citizenships(r);
    const code = list === undefined ? '' : list.some((c) => c.kansalaisuuskoodi === '246') ? '1' : '0';
    return leaf('SuomenKansalaisuusTietokoodi', code);
  },
);

export const ammatti = defineElement('Ammatti', ['AMMATTI'], (r) =>
  element('Ammatti', leaf('AmmattiNimi', text(r.first('AMMATTI')?.ammatti))),
);

export const sahkopostiosoite = defineElement('Sahkopostiosoite', ['SAHKOPOSTIOSOITE'], (r) =>
  leaf('Sahkopostiosoite', text(r.first('SAHKOPOSTIOSOITE')?.sahkopostiosoite)),
);

export const ulkomainenHenkilonumero = defineElement(
  'UlkomainenHenkilonumero',
  ['ULKOMAINEN_HENKILOTUNNUS'],
  (r) => {
    const numbers = r.current('ULKOMAINEN_HENKILOTUNNUS');
    return (numbers.length > 0 ? numbers : [undefined])
      .map((n) => {
        const names = countryNames(n?.valtiokoodi);
        const validity = n?.voimassaolo === undefined ? '' : n.voimassaolo === 'AKTIIVI' ? '1' : '2';
        return element('UlkomainenHenkilonumero', [
          leaf('UlkomainenHenkilonumero', text(n?.ulkomainenHenkilotunnus)),
          leaf('Voimassaolokoodi', validity),
          leaf('Valtiokoodi3', text(n?.valtiokoodi)),
          leaf('ValtioS', names.fi),
          leaf('ValtioR', names.sv),
        ]);
      })
      .join('');
  },
);

export const ulkomainenSyntymapaikka = defineElement(
  'UlkomainenSyntymapaikka',
  ['ULKOMAINEN_SYNTYMAPAIKKA'],
  (r) => {
    const place = r.first('ULKOMAINEN_SYNTYMAPAIKKA');
    const names = countryNames(place?.valtiokoodi);
    return element('UlkomainenSyntymapaikka', [
      leaf('Syntymapaikka', text(place?.ulkomainenSyntymapaikka)),
      leaf('Valtiokoodi3', text(place?.valtiokoodi)),
      leaf('ValtioS', names.fi),
      leaf('ValtioR', names.sv),
      leaf('ValtioSelvakielinen'),
    ]);
  },
);
