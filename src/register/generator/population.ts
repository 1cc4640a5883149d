/**
 * The synthetic population: households placed in municipalities by population weight, with names drawn
 * by frequency, Swedish address forms where the municipality is bilingual or Swedish-speaking, families
 * with custody, spouses, foreign residents, Finns living abroad, the deceased and a realistic share of
 * persons under a non-disclosure order (turvakielto). Deterministic from the seed; streams households so
 * memory stays flat whatever the size.
 */
import { addDays, addYears, ageOn, toEpochDay } from '../dates.js';
import { makeTestHetu, testIndividualNumbers } from '../hetu.js';
import {
  addressRecords,
  childRecords,
  type DomesticAddress,
  day,
  deathRecord,
  foreignAddressRecords,
  type GroupRecord,
  guardianRecords,
  homeMunicipalityRecords,
  languageRecord,
  type MaritalStatus,
  maritalStatusRecord,
  marriageRecord,
  nameChangeRecords,
  nameRecords,
  nationalityRecord,
  type PersonName,
  parentRecords,
  previousMunicipalityRecord,
  type Sex,
  turvakieltoRecord,
  wardRecords,
} from '../records.js';
import * as reference from '../reference/index.js';
import { Random, WeightedPicker } from './random.js';

export interface GeneratedPerson {
  id: number;
  hetu: string;
  birthDate: string;
  sex: Sex;
  homeMunicipality: string | null;
  turvakielto: boolean;
  deceased: boolean;
  groups: GroupRecord[];
}

export interface GenerateOptions {
  persons: number;
  seed: number;
  /** The register date the population describes (YYYY-MM-DD). */
  asOf: string;
  /** The id of the first person (ids are assigned in order). */
  firstId?: number;
  /** Hetus already taken (e.g. by an existing register): never generated again. */
  isTaken?: (hetu: string) => boolean;
}

/** Shares, roughly those of Finland: about 0.4 % of persons have a turvakielto, 9 % are foreign nationals. */
export const SHARES = {
  turvakieltoHousehold: 0.004,
  foreignHousehold: 0.09,
  abroad: 0.03,
  deceasedElderly: 0.12,
} as const;

/** Foreign nationalities by frequency among residents: [ISO 3166 numeric, mother tongue ISO 639-1]. */
const FOREIGN: readonly (readonly [readonly [string, string], number])[] = [
  [['643', 'ru'], 17],
  [['233', 'et'], 16],
  [['804', 'uk'], 14],
  [['368', 'ar'], 6],
  [['156', 'zh'], 5],
  [['706', 'so'], 4],
  [['356', 'hi'], 5],
  [['752', 'sv'], 4],
  [['704', 'vi'], 4],
  [['608', 'tl'], 3],
  [['004', 'fa'], 3],
  [['792', 'tr'], 2],
  [['364', 'fa'], 2],
  [['276', 'de'], 2],
  [['826', 'en'], 2],
  [['566', 'en'], 2],
];
const ABROAD: readonly (readonly [readonly [string, string, string], number])[] = [
  [['752', 'Storgatan 12', '11122 STOCKHOLM'], 40],
  [['233', 'Sadama 5/7', '10111 TALLINN'], 15],
  [['724', 'Calle del Sol 3', '29600 MARBELLA'], 15],
  [['276', 'Hauptstrasse 8', '10115 BERLIN'], 10],
  [['840', '100 Main Street', 'SEATTLE WA 98101'], 10],
  [['826', '12 High Street', 'LONDON SW1A 1AA'], 10],
];

type HouseholdKind = 'single' | 'couple' | 'family' | 'singleParent' | 'elderly' | 'abroad';
const HOUSEHOLDS: readonly (readonly [HouseholdKind, number])[] = [
  ['single', 32],
  ['couple', 22],
  ['family', 22],
  ['singleParent', 6],
  ['elderly', 15],
  ['abroad', 3],
];

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

interface Draft extends PersonName {
  id: number;
  groups: GroupRecord[];
  homeMunicipality: string | null;
  turvakielto: boolean;
  deceased: boolean;
}

const INDIVIDUAL_NUMBERS = { MIES: testIndividualNumbers('MIES'), NAINEN: testIndividualNumbers('NAINEN') };

/** `years` and `days` after an ISO date. */
function shift(date: string, years: number, days = 0): string {
  return days === 0 ? addYears(date, years) : addDays(addYears(date, years), days);
}

export class PopulationGenerator {
  readonly #random: Random;
  readonly #asOf: string;
  readonly #isTaken: (hetu: string) => boolean;
  readonly #hetuSlots = new Map<string, number>();
  readonly #municipalities: WeightedPicker<reference.Municipality>;
  readonly #femaleNames: WeightedPicker<string>;
  readonly #maleNames: WeightedPicker<string>;
  readonly #surnames: WeightedPicker<string>;
  readonly #foreign = new WeightedPicker(FOREIGN);
  readonly #abroad = new WeightedPicker(ABROAD);
  readonly #households = new WeightedPicker(HOUSEHOLDS);
  #nextId: number;
  #nextBuilding = 1;

  constructor(options: Omit<GenerateOptions, 'persons'>) {
    this.#random = new Random(options.seed);
    this.#asOf = options.asOf;
    this.#isTaken = options.isTaken ?? (() => false);
    this.#nextId = options.firstId ?? 1;
    this.#municipalities = new WeightedPicker(reference.municipalities.map((m) => [m, m.weight] as const));
    this.#femaleNames = new WeightedPicker(reference.firstNames.female);
    this.#maleNames = new WeightedPicker(reference.firstNames.male);
    this.#surnames = new WeightedPicker(reference.surnames);
  }

  /** Persons household by household until `count` persons have been produced. */
  *persons(count: number): Generator<GeneratedPerson> {
    let produced = 0;
    while (produced < count) {
      for (const person of this.household()) {
        if (produced >= count) return;
        produced++;
        yield person;
      }
    }
  }

  /** A valid, unused test hetu (individual number 900–999) for this birth date and sex. */
  allocateHetu(birthDate: string, sex: Sex): string {
    const numbers = INDIVIDUAL_NUMBERS[sex];
    const key = `${birthDate}${sex}`;
    for (;;) {
      const slot = this.#hetuSlots.get(key) ?? 0;
      this.#hetuSlots.set(key, slot + 1);
      const variant = Math.floor(slot / numbers.length);
      if (variant >= 6) throw new RangeError(`test hetus exhausted for ${birthDate}`);
      const hetu = makeTestHetu(birthDate, numbers[slot % numbers.length] as number, variant);
      if (!this.#isTaken(hetu)) return hetu;
    }
  }

  firstName(sex: Sex): string {
    const picker = sex === 'NAINEN' ? this.#femaleNames : this.#maleNames;
    const count = this.#random.chance(0.6) ? 2 : this.#random.chance(0.7) ? 1 : 3;
    const names = new Set<string>();
    while (names.size < count) names.add(picker.pick(this.#random));
    return [...names].join(' ');
  }

  surname(): string {
    return this.#surnames.pick(this.#random);
  }

  municipality(): reference.Municipality {
    return this.#municipalities.pick(this.#random);
  }

  /** A new dwelling in the municipality: street and post office in Finnish, and in Swedish where used. */
  address(municipalityCode: string, since: string): DomesticAddress {
    const r = this.#random;
    const municipality = reference.getMunicipality(municipalityCode);
    const postcodes = reference.postcodesOf(municipalityCode);
    const postcode = postcodes.length > 0 ? r.pick(postcodes) : undefined;
    const [streetFi, streetSv] = r.pick(reference.streetNames);
    const swedish = municipality?.language !== 'fi';
    const flat = r.chance(0.55);
    const building = 900_000_000 + this.#nextBuilding++;
    return {
      municipality: municipalityCode,
      streetFi: municipality?.language === 'sv' ? streetSv : streetFi,
      streetSv: swedish ? streetSv : undefined,
      number: String(r.int(1, 120)),
      staircase: flat ? r.pick(['A', 'B', 'C', 'D']) : undefined,
      apartment: flat ? String(r.int(1, 60)).padStart(3, '0') : undefined,
      postcode: postcode?.postcode ?? '99999',
      postOfficeFi: postcode?.fi ?? (municipality?.fi ?? '').toUpperCase(),
      postOfficeSv: postcode?.sv ?? (municipality?.sv ?? '').toUpperCase(),
      buildingId: `${building}${CHECK_CHARS[building % 31]}`,
      since,
    };
  }

  #birthDate(minAge: number, maxAge: number): string {
    const days = this.#random.int(minAge * 365 + 1, maxAge * 365 + 300);
    return shift(this.#asOf, 0, -days);
  }

  #person(sex: Sex, birthDate: string, lastName: string): Draft {
    return {
      id: this.#nextId++,
      hetu: this.allocateHetu(birthDate, sex),
      firstNames: this.firstName(sex),
      lastName,
      birthDate,
      sex,
      groups: [],
      homeMunicipality: null,
      turvakielto: false,
      deceased: false,
    };
  }

  /** One household's persons with every group filled in. */
  household(): GeneratedPerson[] {
    const r = this.#random;
    const kind = this.#households.pick(r);
    const foreign =
      kind !== 'abroad' && r.chance(SHARES.foreignHousehold) ? this.#foreign.pick(r) : undefined;
    const municipality = this.municipality();
    const language = foreign
      ? foreign[1]
      : municipality.language === 'sv'
        ? r.chance(0.85)
          ? 'sv'
          : 'fi'
        : municipality.language === 'bilingual'
          ? r.chance(0.12)
            ? 'sv'
            : 'fi'
          : r.chance(0.004)
            ? 'sv'
            : 'fi';
    const surname = this.surname();
    const adults: Draft[] = [];
    const children: Draft[] = [];

    const firstSex: Sex = r.chance(0.5) ? 'NAINEN' : 'MIES';
    if (kind === 'elderly') adults.push(this.#person(firstSex, this.#birthDate(65, 99), surname));
    else if (kind === 'single' || kind === 'abroad')
      adults.push(this.#person(firstSex, this.#birthDate(18, 64), surname));
    else {
      const age = kind === 'couple' ? r.int(23, 85) : r.int(25, 52);
      const first = this.#person(
        kind === 'singleParent' ? (r.chance(0.8) ? 'NAINEN' : 'MIES') : 'NAINEN',
        this.#birthDate(age, age),
        surname,
      );
      adults.push(first);
      if (kind !== 'singleParent') {
        const partnerAge = Math.max(20, age + r.int(-4, 6));
        adults.push(
          this.#person(
            r.chance(0.97) ? 'MIES' : 'NAINEN',
            this.#birthDate(partnerAge, partnerAge),
            r.chance(0.7) ? surname : this.surname(),
          ),
        );
      }
      if (kind !== 'couple') {
        const motherAge = age;
        const count = r.chance(0.4) ? 1 : r.chance(0.7) ? 2 : 3;
        for (let i = 0; i < count; i++) {
          const childAge = r.int(0, Math.min(17, motherAge - 20));
          children.push(
            this.#person(r.chance(0.51) ? 'MIES' : 'NAINEN', this.#birthDate(childAge, childAge), surname),
          );
        }
      }
    }

    const moveIn = this.#moveInDate(adults[0] as Draft);
    const home = kind === 'abroad' ? undefined : this.address(municipality.code, moveIn);
    const turvakielto = kind !== 'abroad' && r.chance(SHARES.turvakieltoHousehold);
    const turvaUntil = shift(this.#asOf, r.int(1, 5), r.int(0, 300));
    const abroad = kind === 'abroad' ? this.#abroad.pick(r) : undefined;
    const religion = foreign
      ? 'EI_USKONTOKUNTAA'
      : r.chance(0.62)
        ? 'EV_LUT'
        : r.chance(0.03)
          ? 'ORT'
          : 'EI_USKONTOKUNTAA';
    const immigrated = foreign ? shift(moveIn, 0, -r.int(0, 2000)) : undefined;

    for (const p of [...adults, ...children]) {
      const born = children.includes(p) ? p.birthDate : undefined;
      const g = p.groups;
      g.push(...nameRecords(p));
      g.push(...nameChangeRecords('ETUNIMI', p.firstNames, true, p.birthDate, undefined, undefined));
      g.push({ tietoryhma: 'SYNTYMAPAIVA', syntymapv: day(p.birthDate) });
      g.push({ tietoryhma: 'SUKUPUOLI', sukupuoli: p.sex });
      const lang = reference.getLanguage(language);
      g.push(languageRecord(language, lang?.iso6392 ?? 'mis', p.birthDate));
      g.push(
        nationalityRecord([
          { code: foreign ? foreign[0] : '246', since: immigrated && !born ? immigrated : p.birthDate },
        ]),
      );
      g.push({ tietoryhma: 'USKONTOKUNTALAJI', uskontokuntalaji: religion });
      if (foreign && !born) {
        g.push({ tietoryhma: 'SUOMEEN_MUUTTOPAIVA', suomeenMuuttopv: day(immigrated as string) });
        g.push({
          tietoryhma: 'ULKOMAINEN_SYNTYMAPAIKKA',
          valtiokoodi: foreign[0],
          ulkomainenSyntymapaikka: reference.getCountry(foreign[0])?.en ?? '',
        });
      } else {
        g.push({
          tietoryhma: 'SYNTYMAKOTIKUNTA',
          kuntakoodi: born ? municipality.code : this.municipality().code,
        });
      }
      if (home) {
        const since = born && born > moveIn ? born : moveIn;
        const address = { ...home, since };
        g.push(...addressRecords(address));
        g.push(...homeMunicipalityRecords(municipality.code, since));
        g.push({
          tietoryhma: 'VUODENVAIHTEEN_KUNTA',
          kuntakoodi: municipality.code,
          vuodenvaihde: Number(this.#asOf.slice(0, 4)) - 1,
        });
        p.homeMunicipality = municipality.code;
        if (!born && r.chance(0.5) && since > shift(p.birthDate, 19)) {
          const previous = this.municipality().code;
          if (previous !== municipality.code) {
            g.push(previousMunicipalityRecord(previous, shift(p.birthDate, 18, r.int(0, 700)), since));
          }
        }
      } else if (abroad) {
        g.push(...foreignAddressRecords(abroad[0], abroad[1], abroad[2], moveIn));
        g.push({
          tietoryhma: 'POISSAOLO',
          poissaolo:
            abroad[0] === '752' ? 'KOTIPAIKKA_POHJOISMAISSA' : 'KOTIPAIKKA_MUUALLA_KUIN_POHJOISMAISSA',
          siirtopv: day(moveIn),
        });
      }
      if (turvakielto) {
        g.push(turvakieltoRecord(true, turvaUntil));
        p.turvakielto = true;
      }
    }

    this.#family(kind, adults, children);
    if (kind === 'elderly' && r.chance(SHARES.deceasedElderly)) {
      const p = adults[0] as Draft;
      p.groups.push(deathRecord(shift(this.#asOf, 0, -r.int(1, 1800))));
      p.deceased = true;
    }
    return [...adults, ...children].map(({ firstNames: _f, lastName: _l, ...p }) => p);
  }

  #moveInDate(p: Draft): string {
    const earliest = shift(p.birthDate, Math.min(18, ageOn(p.birthDate, this.#asOf)));
    const span = Math.max(1, toEpochDay(this.#asOf) - toEpochDay(earliest));
    return shift(earliest, 0, this.#random.int(0, span - 1));
  }

  #family(kind: HouseholdKind, adults: Draft[], children: Draft[]): void {
    const r = this.#random;
    const [first, second] = adults;
    let status: MaritalStatus = 'NAIMATON';
    if (first && second) {
      const married = r.chance(0.72);
      if (married) {
        const older = (first.birthDate < second.birthDate ? second : first).birthDate;
        const date = shift(older, r.int(22, 30), r.int(0, 300));
        const wedding = date < this.#asOf ? date : shift(this.#asOf, 0, -30);
        const ceremony = r.chance(0.5) ? 'KIRKOLLINEN_VIHKIMINEN' : 'SIVIILIVIHKIMINEN';
        first.groups.push(marriageRecord(second, wedding, true, ceremony));
        second.groups.push(marriageRecord(first, wedding, true, ceremony));
        status = 'AVIOLIITOSSA';
      }
    } else if (first && kind === 'elderly') {
      status = r.chance(0.4) ? 'LESKI' : r.chance(0.4) ? 'ERONNUT' : 'NAIMATON';
    } else if (first && kind === 'singleParent') {
      status = r.chance(0.5) ? 'ERONNUT' : 'NAIMATON';
    } else if (first && r.chance(0.15)) {
      status = 'ERONNUT';
    }
    for (const adult of adults) adult.groups.push(maritalStatusRecord(status));
    for (const child of children) {
      child.groups.push(maritalStatusRecord('NAIMATON'));
      for (const parent of adults) {
        const role = parent.sex === 'NAINEN' ? 'AITI' : 'ISA';
        child.groups.push(...parentRecords(parent, role, child.birthDate));
        parent.groups.push(...childRecords(child, role, child.birthDate));
        child.groups.push(...guardianRecords(parent, role, child, child.birthDate));
        parent.groups.push(...wardRecords(child, role, child.birthDate));
      }
    }
  }
}
