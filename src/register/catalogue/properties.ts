/**
 * Field bundles shared by several data groups (the same wire shape under different tietoryhmä codes).
 * Property order follows the DVV sandbox's `turvakiellonAlaisetKentat` lists where a group has one.
 */
import Type from 'typebox';
import {
  Asuminen,
  BilingualText,
  HuoltajanLaji,
  HuoltajanRooli,
  HuoltoOikeus,
  Kuntakoodi,
  Nimenmuutostapa,
  Nimilaji,
  NonNegativeInteger,
  PersonStub,
  Valtiokoodi,
  VtjDate,
} from './values.js';

const optionalDate = () => Type.Optional(VtjDate);

/** alkupv/loppupv, the validity period most groups carry. */
export const period = {
  alkupv: optionalDate(),
  loppupv: optionalDate(),
};

/** VAKINAINEN_/TILAPAINEN_KOTIMAINEN_OSOITE. */
export const domesticAddress = {
  katunimi: Type.Optional(BilingualText),
  katunumero: Type.Optional(Type.String()),
  huoneistokirjain: Type.Optional(Type.String()),
  huoneistonumero: Type.Optional(Type.String()),
  jakokirjain: Type.Optional(Type.String()),
  postinumero: Type.Optional(Type.String()),
  postitoimipaikka: Type.Optional(BilingualText),
  rakennustunnus: Type.Optional(Type.String()),
  osoitenumero: Type.Optional(NonNegativeInteger),
  kuntakoodi: Type.Optional(Kuntakoodi),
  ...period,
};
export const domesticAddressProtected = [
  'katunimi',
  'katunumero',
  'huoneistokirjain',
  'huoneistonumero',
  'jakokirjain',
  'postinumero',
  'postitoimipaikka',
  'rakennustunnus',
  'osoitenumero',
  'kuntakoodi',
] as const;

/** VAKINAINEN_/TILAPAINEN_ULKOMAINEN_OSOITE. `valtionimi` only with valtiokoodi 998. */
export const foreignAddress = {
  lahiosoite: Type.Optional(Type.String()),
  paikkakunta: Type.Optional(Type.String()),
  valtiokoodi: Type.Optional(Valtiokoodi),
  valtionimi: Type.Optional(Type.String()),
  ...period,
};
export const foreignAddressProtected = ['lahiosoite', 'paikkakunta', 'valtiokoodi', 'valtionimi'] as const;

/**
 * *_KOTIMAINEN_ASUINPAIKKATUNNUS. `asuinpaikantunnus` can end in a significant space
 * ("900000759J1C003 "), so strings here are never trimmed.
 */
export const dwellingIdentifier = {
  rakennustunnus: Type.Optional(Type.String()),
  osoitenumero: Type.Optional(NonNegativeInteger),
  huoneistokirjain: Type.Optional(Type.String()),
  huoneistonumero: Type.Optional(Type.String()),
  jakokirjain: Type.Optional(Type.String()),
  kuntakoodi: Type.Optional(Kuntakoodi),
  asuinpaikantunnus: Type.Optional(Type.String()),
  ...period,
};
export const dwellingIdentifierProtected = [
  'rakennustunnus',
  'osoitenumero',
  'huoneistokirjain',
  'huoneistonumero',
  'jakokirjain',
  'kuntakoodi',
  'asuinpaikantunnus',
] as const;

/** *_OLINPAIKASSA_ASUMINEN: living in an institution or another place of stay (lajikoodi 901, 902, 904…). */
export const placeOfStay = {
  kuntakoodi: Type.Optional(Kuntakoodi),
  lajikoodi: Type.Optional(NonNegativeInteger),
  numero: Type.Optional(Type.String()),
  laitos: Type.Optional(Type.String()),
  asuinpaikantunnus: Type.Optional(Type.String()),
  ...period,
};
export const placeOfStayProtected = [
  'kuntakoodi',
  'lajikoodi',
  'numero',
  'laitos',
  'asuinpaikantunnus',
] as const;

/** *_ULKOMAILLA_ASUMINEN. */
export const livingAbroad = {
  valtiokoodi: Type.Optional(Valtiokoodi),
  asuinpaikantunnus: Type.Optional(Type.String()),
  ...period,
};
export const livingAbroadProtected = ['valtiokoodi', 'asuinpaikantunnus'] as const;

/** KOTIKUNTA, VAESTOKIRJANPITOKUNTA, EDELLINEN_KOTIKUNTA, TILAPAINEN_KUNTA. */
export const municipalityPeriod = {
  kuntakoodi: Type.Optional(Kuntakoodi),
  kuntaanMuuttopv: optionalDate(),
};

/** NIMENMUUTOS, KUTSUMANIMI: one name of one kind with its period; nimiUTF8 appears since 2026. */
export const nameEntry = {
  nimilaji: Type.Optional(Nimilaji),
  nimi: Type.Optional(Type.String()),
  nimiUTF8: Type.Optional(Type.String()),
  ...period,
};
export const nameEntryWithMethod = { ...nameEntry, nimenmuutostapa: Type.Optional(Nimenmuutostapa) };

/**
 * The custody relation shared by HUOLTAJA, HUOLTAJA_SUPPEA, HUOLLETTAVA and HUOLLETTAVA_SUPPEA,
 * without the person key. The change lists and flags appear in muutokset only.
 */
export const custodyRelation = {
  huoltajanLaji: Type.Optional(HuoltajanLaji),
  huoltajanRooli: Type.Optional(HuoltajanRooli),
  huoltosuhteenAlkupv: optionalDate(),
  huoltosuhteenLoppupv: optionalDate(),
  asuminen: Type.Optional(Asuminen),
  asumisenAlkupv: optionalDate(),
  asumisenLoppupv: optionalDate(),
  oikeudet: Type.Optional(Type.Array(HuoltoOikeus)),
  lisatytOikeudet: Type.Optional(Type.Array(HuoltoOikeus)),
  poistetutOikeudet: Type.Optional(Type.Array(HuoltoOikeus)),
  muutetutOikeudet: Type.Optional(Type.Array(HuoltoOikeus)),
  huoltosuhteenMuutos: Type.Optional(Type.Boolean()),
  huollonOikeudenMuutos: Type.Optional(Type.Boolean()),
  huollonAsumisenMuutos: Type.Optional(Type.Boolean()),
};

/** HUOLTAJA_RAJOITETTU, HUOLLETTAVA_RAJOITETTU: no huoltajanLaji, no rights. */
export const restrictedCustodyRelation = {
  huoltajanRooli: Type.Optional(HuoltajanRooli),
  huoltosuhteenAlkupv: optionalDate(),
  huoltosuhteenLoppupv: optionalDate(),
};

/** The single-date restriction groups (…KIELTO): when the restriction started. */
export const restrictionStart = { alkupv: optionalDate() };

export const optionalPerson = () => Type.Optional(PersonStub);
export { optionalDate };
