/**
 * Address and municipality elements. The PERUS* products write pre-joined street addresses (`LahiosoiteS`),
 * OPHREK structured ones (`KatuS`, `Katunumero`, …) with ParasOsoiteTieto marking the best address (spec §5,
 * §6.2). Repeating addresses with no data are written once, empty. Under turvakielto the protected groups
 * arrive censored and read as no data, so the elements stay in place, empty (spec §7).
 */
import type { DataGroupCode } from '../../../register/catalogue/index.js';
import { bilingual, countryNames, municipalityNames, streetAddress, text, vtjDate } from '../format.js';
import type { Fields, GroupReader } from '../person-records.js';
import { element, leaf } from '../xml.js';
import { defineElement } from './element.js';

type Domestic = Fields<'VAKINAINEN_KOTIMAINEN_OSOITE' | 'TILAPAINEN_KOTIMAINEN_OSOITE'>;
type Foreign = Fields<'VAKINAINEN_ULKOMAINEN_OSOITE' | 'TILAPAINEN_ULKOMAINEN_OSOITE'>;
type DomesticPostal = Fields<'KOTIMAINEN_POSTIOSOITE'>;
type ForeignPostal = Fields<'ULKOMAINEN_POSTIOSOITE'>;

/** Every record, or one empty element when there is none. */
function repeated<T>(records: readonly T[], render: (record: T | undefined) => string): string {
  return (records.length > 0 ? records : [undefined]).map(render).join('');
}

/** The post office's Swedish name, or its Finnish one where it has none (as in DVV's example). */
function postOffice(value: unknown): { fi: string; sv: string } {
  const office = bilingual(value);
  return { fi: office.fi, sv: office.sv || office.fi };
}

function placeAndCountry(place: string, country: string): string {
  return [place, country].filter((part) => part !== '').join(', ');
}

// --- PERUS* products: pre-joined addresses ------------------------------------------------------

function lahiosoite(name: string, a: Domestic | undefined): string {
  const street = bilingual(a?.katunimi);
  const office = postOffice(a?.postitoimipaikka);
  return element(name, [
    leaf('LahiosoiteS', a ? streetAddress(street.fi, a) : ''),
    leaf('LahiosoiteR', a ? streetAddress(street.sv, a) : ''),
    leaf('Postinumero', text(a?.postinumero)),
    leaf('PostitoimipaikkaS', office.fi),
    leaf('PostitoimipaikkaR', office.sv),
    leaf('AsuminenAlkupvm', vtjDate(a?.alkupv)),
    leaf('AsuminenLoppupvm', vtjDate(a?.loppupv)),
  ]);
}

function ulkomainenLahiosoite(name: string, a: Foreign | undefined): string {
  const country = countryNames(a?.valtiokoodi);
  const place = text(a?.paikkakunta);
  return element(name, [
    leaf('UlkomainenLahiosoite', text(a?.lahiosoite)),
    leaf('UlkomainenPaikkakuntaJaValtioS', a ? placeAndCountry(place, country.fi) : ''),
    leaf('UlkomainenPaikkakuntaJaValtioR', a ? placeAndCountry(place, country.sv) : ''),
    leaf(
      'UlkomainenPaikkakuntaJaValtioSelvakielinen',
      a?.valtionimi ? placeAndCountry(place, a.valtionimi) : '',
    ),
    leaf('Valtiokoodi3', text(a?.valtiokoodi)),
    leaf('AsuminenAlkupvm', vtjDate(a?.alkupv)),
    leaf('AsuminenLoppupvm', vtjDate(a?.loppupv)),
  ]);
}

export const vakinainenKotimainenLahiosoite = defineElement(
  'VakinainenKotimainenLahiosoite',
  ['VAKINAINEN_KOTIMAINEN_OSOITE'],
  (r) => lahiosoite('VakinainenKotimainenLahiosoite', r.first('VAKINAINEN_KOTIMAINEN_OSOITE')),
);

export const vakinainenAsuinpaikka = defineElement(
  'VakinainenAsuinpaikka',
  ['VAKINAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS'],
  // Never trimmed: the identifier's trailing blank is significant (spec §4).
  (r) =>
    element(
      'VakinainenAsuinpaikka',
      leaf('Asuinpaikantunnus', text(r.first('VAKINAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS')?.asuinpaikantunnus)),
    ),
);

export const vakinainenUlkomainenLahiosoite = defineElement(
  'VakinainenUlkomainenLahiosoite',
  ['VAKINAINEN_ULKOMAINEN_OSOITE'],
  (r) => ulkomainenLahiosoite('VakinainenUlkomainenLahiosoite', r.first('VAKINAINEN_ULKOMAINEN_OSOITE')),
);

export const tilapainenKotimainenLahiosoite = defineElement(
  'TilapainenKotimainenLahiosoite',
  ['TILAPAINEN_KOTIMAINEN_OSOITE'],
  (r) =>
    repeated(r.current('TILAPAINEN_KOTIMAINEN_OSOITE'), (a) =>
      lahiosoite('TilapainenKotimainenLahiosoite', a),
    ),
);

export const tilapainenUlkomainenLahiosoite = defineElement(
  'TilapainenUlkomainenLahiosoite',
  ['TILAPAINEN_ULKOMAINEN_OSOITE'],
  (r) =>
    repeated(r.current('TILAPAINEN_ULKOMAINEN_OSOITE'), (a) =>
      ulkomainenLahiosoite('TilapainenUlkomainenLahiosoite', a),
    ),
);

function renderPostiosoite(a: DomesticPostal | undefined, best?: boolean): string {
  const address = bilingual(a?.postiosoite);
  const office = postOffice(a?.postitoimipaikka);
  return element('KotimainenPostiosoite', [
    ...(best === undefined ? [] : [leaf('ParasOsoiteTieto', best ? '1' : '')]),
    leaf('PostiosoiteS', address.fi),
    leaf('PostiosoiteR', address.sv),
    leaf('Postinumero', text(a?.postinumero)),
    leaf('PostitoimipaikkaS', office.fi),
    leaf('PostitoimipaikkaR', office.sv),
    leaf('PostiosoiteAlkupvm', vtjDate(a?.alkupv)),
    leaf('PostiosoiteLoppupvm', vtjDate(a?.loppupv)),
  ]);
}

function renderUlkomainenPostiosoite(a: ForeignPostal | undefined, best?: boolean): string {
  const country = countryNames(a?.valtiokoodi);
  return element('UlkomainenPostiosoite', [
    ...(best === undefined ? [] : [leaf('ParasOsoiteTieto', best ? '1' : '')]),
    leaf('UlkomainenLahiosoite', bilingual(a?.postiosoite).fi),
    leaf('UlkomainenPaikkakunta', bilingual(a?.postitoimipaikka).fi),
    leaf('Valtiokoodi3', text(a?.valtiokoodi)),
    leaf('ValtioS', country.fi),
    leaf('ValtioR', country.sv),
    leaf('ValtioSelvakielinen', text(a?.valtionimi)),
    leaf('PostiosoiteAlkupvm', vtjDate(a?.alkupv)),
    leaf('PostiosoiteLoppupvm', vtjDate(a?.loppupv)),
  ]);
}

export const kotimainenPostiosoite = defineElement('KotimainenPostiosoite', ['KOTIMAINEN_POSTIOSOITE'], (r) =>
  repeated(r.current('KOTIMAINEN_POSTIOSOITE'), (a) => renderPostiosoite(a)),
);

export const ulkomainenPostiosoite = defineElement('UlkomainenPostiosoite', ['ULKOMAINEN_POSTIOSOITE'], (r) =>
  repeated(r.current('ULKOMAINEN_POSTIOSOITE'), (a) => renderUlkomainenPostiosoite(a)),
);

export const kotikunta = defineElement('Kotikunta', ['KOTIKUNTA'], (r) => {
  const home = r.first('KOTIKUNTA');
  const names = municipalityNames(home?.kuntakoodi);
  return element('Kotikunta', [
    leaf('Kuntanumero', text(home?.kuntakoodi)),
    leaf('KuntaS', names.fi),
    leaf('KuntaR', names.sv),
    leaf('KuntasuhdeAlkupvm', vtjDate(home?.kuntaanMuuttopv)),
  ]);
});

// --- OPHREK: structured addresses -----------------------------------------------------------------

/** ParasOsoiteTieto's order of preference (catalogue ParasOsoiteTietoTyyppi). */
const ADDRESS_GROUPS = [
  'VAKINAINEN_KOTIMAINEN_OSOITE',
  'VAKINAINEN_ULKOMAINEN_OSOITE',
  'KOTIMAINEN_POSTIOSOITE',
  'ULKOMAINEN_POSTIOSOITE',
  'TILAPAINEN_KOTIMAINEN_OSOITE',
  'TILAPAINEN_ULKOMAINEN_OSOITE',
] as const satisfies DataGroupCode[];

function bestAddressGroup(r: GroupReader): string | undefined {
  return ADDRESS_GROUPS.find((group) => r.first(group) !== undefined);
}

/** The structured domestic address; `best` undefined leaves ParasOsoiteTieto out (a guardian's address). */
export function kotimainenOsoite(name: string, a: Domestic | undefined, best?: boolean): string {
  const street = bilingual(a?.katunimi);
  const office = postOffice(a?.postitoimipaikka);
  const flat = text(a?.huoneistonumero);
  return element(name, [
    ...(best === undefined ? [] : [leaf('ParasOsoiteTieto', best ? '1' : '')]),
    leaf('KatuS', street.fi),
    leaf('KatuR', street.sv),
    leaf('Katunumero', text(a?.katunumero)),
    leaf('Porraskirjain', text(a?.huoneistokirjain)),
    leaf('Huoneistonumero', /^\d{1,3}$/.test(flat) ? flat.padStart(3, '0') : ''),
    leaf('Jakokirjain', text(a?.jakokirjain)),
    leaf('Postinumero', text(a?.postinumero)),
    leaf('PostitoimipaikkaS', office.fi),
    leaf('PostitoimipaikkaR', office.sv),
    leaf('AsuminenAlkupvm', vtjDate(a?.alkupv)),
    leaf('AsuminenLoppupvm', vtjDate(a?.loppupv)),
  ]);
}

export function ulkomainenOsoite(name: string, a: Foreign | undefined, best?: boolean): string {
  const country = countryNames(a?.valtiokoodi);
  return element(name, [
    ...(best === undefined ? [] : [leaf('ParasOsoiteTieto', best ? '1' : '')]),
    leaf('UlkomainenLahiosoite', text(a?.lahiosoite)),
    leaf('UlkomainenPaikkakunta', text(a?.paikkakunta)),
    leaf('Valtiokoodi3', text(a?.valtiokoodi)),
    leaf('ValtioS', country.fi),
    leaf('ValtioR', country.sv),
    leaf('ValtioSelvakielinen', text(a?.valtionimi)),
    leaf('AsuminenAlkupvm', vtjDate(a?.alkupv)),
    leaf('AsuminenLoppupvm', vtjDate(a?.loppupv)),
  ]);
}

/** An OPHREK address element: every record of `group`, the first one marked when the group is the best. */
function structured<G extends (typeof ADDRESS_GROUPS)[number]>(
  name: string,
  group: G,
  render: (name: string, record: Fields<G> | undefined, best: boolean) => string,
) {
  return defineElement(name, ADDRESS_GROUPS, (r) => {
    const isBest = bestAddressGroup(r) === group;
    const records = r.current(group);
    return repeated(records, (a) => render(name, a, isBest && a !== undefined && a === records[0]));
  });
}

export const ophrekAddresses = [
  structured('VakinainenKotimainenOsoite', 'VAKINAINEN_KOTIMAINEN_OSOITE', (n, a, best) =>
    kotimainenOsoite(n, a, best),
  ),
  structured('VakinainenUlkomainenOsoite', 'VAKINAINEN_ULKOMAINEN_OSOITE', (n, a, best) =>
    ulkomainenOsoite(n, a, best),
  ),
  structured('TilapainenKotimainenOsoite', 'TILAPAINEN_KOTIMAINEN_OSOITE', (n, a, best) =>
    kotimainenOsoite(n, a, best),
  ),
  structured('TilapainenUlkomainenOsoite', 'TILAPAINEN_ULKOMAINEN_OSOITE', (n, a, best) =>
    ulkomainenOsoite(n, a, best),
  ),
  structured('KotimainenPostiosoite', 'KOTIMAINEN_POSTIOSOITE', (_n, a, best) => renderPostiosoite(a, best)),
  structured('UlkomainenPostiosoite', 'ULKOMAINEN_POSTIOSOITE', (_n, a, best) =>
    renderUlkomainenPostiosoite(a, best),
  ),
] as const;
