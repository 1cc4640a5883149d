/**
 * The assembled data-group catalogue: every tietoryhmä, defined once.
 */
import type Type from 'typebox';
import type { DataGroupCategory, DataGroupDefinition, LocalizedText } from './define.js';
import { familyGroups } from './groups-family.js';
import { locationGroups } from './groups-location.js';
import { otherGroups } from './groups-other.js';
import { personGroups } from './groups-person.js';

const definitions = [...personGroups, ...locationGroups, ...familyGroups, ...otherGroups] as const;

type AnyDefinition = (typeof definitions)[number];

/** A tietoryhmä code, e.g. 'KOTIKUNTA'. */
export type DataGroupCode = AnyDefinition['code'];

/** One data group of the catalogue. */
export interface DataGroupDef<C extends DataGroupCode = DataGroupCode> extends DataGroupDefinition<C> {}

/** The uncensored wire record of group `C` (what `validateGroupRecord` accepts without turvakielto). */
export type DataGroupRecord<C extends DataGroupCode> = Type.Static<
  Extract<AnyDefinition, { readonly code: C }>['recordSchema']
>;

/** Every data group, in catalogue order (by category). */
export const dataGroups: readonly DataGroupDef[] = definitions;

/** Every data-group code, in catalogue order. */
export const dataGroupCodes: readonly DataGroupCode[] = definitions.map((group) => group.code);

const byCode: ReadonlyMap<string, DataGroupDef> = new Map(dataGroups.map((group) => [group.code, group]));

export function isDataGroupCode(value: string): value is DataGroupCode {
  return byCode.has(value);
}

export function getDataGroup(code: DataGroupCode): DataGroupDef;
export function getDataGroup(code: string): DataGroupDef | undefined;
export function getDataGroup(code: string): DataGroupDef | undefined {
  return byCode.get(code);
}

/** True when a turvakielto withholds (some of) the group's fields. */
export function isProtectedGroup(code: DataGroupCode): boolean {
  return (byCode.get(code)?.turvakieltoProtected.length ?? 0) > 0;
}

/** Labels for grouping the catalogue on forms and in documentation. */
export const dataGroupCategories: Readonly<Record<DataGroupCategory, LocalizedText>> = {
  identity: { fi: 'Henkilöllisyys', sv: 'Identitet', en: 'Identity' },
  names: { fi: 'Nimet', sv: 'Namn', en: 'Names' },
  language: { fi: 'Kieli', sv: 'Språk', en: 'Language' },
  nationality: { fi: 'Kansalaisuus', sv: 'Medborgarskap', en: 'Citizenship' },
  municipality: { fi: 'Kuntatiedot', sv: 'Kommunuppgifter', en: 'Municipality' },
  address: { fi: 'Osoitteet', sv: 'Adresser', en: 'Addresses' },
  residence: { fi: 'Asuinpaikka', sv: 'Boende', en: 'Residence' },
  migration: { fi: 'Muutto Suomeen ja Suomesta', sv: 'Flyttning till och från Finland', en: 'Migration' },
  family: { fi: 'Perhe ja siviilisääty', sv: 'Familj och civilstånd', en: 'Family and marital status' },
  custody: { fi: 'Lapsen huolto', sv: 'Vårdnad om barn', en: 'Custody of children' },
  guardianship: { fi: 'Edunvalvonta', sv: 'Intressebevakning', en: 'Guardianship' },
  death: { fi: 'Kuolema', sv: 'Dödsfall', en: 'Death' },
  religion: { fi: 'Uskontokunta', sv: 'Religionssamfund', en: 'Religion' },
  restrictions: { fi: 'Luovutusrajoitukset', sv: 'Utlämningsbegränsningar', en: 'Disclosure restrictions' },
  other: { fi: 'Muut tiedot', sv: 'Övriga uppgifter', en: 'Other data' },
};
