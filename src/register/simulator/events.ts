/**
 * Life events as pure functions: given the persons concerned (as stored), the day and a source of
 * randomness, each returns the persons' new state and the change records, in the shapes of
 * specs/muutosrajapinta.md §7. The simulator (simulate.ts) chooses who and when, and writes the outcome
 * through the same path as every other writer.
 */
import { addDays } from '../dates.js';
import type { PopulationGenerator } from '../generator/population.js';
import type { Random } from '../generator/random.js';
import type { Person } from '../persons.js';
import {
  addressRecords,
  childRecords,
  day,
  type GroupRecord,
  guardianRecords,
  hetuCorrectionRecords,
  homeMunicipalityRecords,
  languageRecord,
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

export interface EventContext {
  random: Random;
  /** The simulated day, YYYY-MM-DD. */
  date: string;
  changedAt: Date;
  helper: PopulationGenerator;
}

/** What one event does: persons to write (new ones have id 0) and their change records. */
export interface Outcome {
  persons: Person[];
  changes: { person: Person; hetu: string; municipalitiesBefore: string[]; tietoryhmat: GroupRecord[] }[];
}

type Attribute = 'LISATTY' | 'MUUTETTU' | 'POISTETTU' | 'LISATIETO';
const tag = (r: GroupRecord, muutosattribuutti: Attribute): GroupRecord => {
  const { tietoryhma, ...rest } = r;
  return { tietoryhma, muutosattribuutti, ...rest };
};

export function current(p: Person, group: string): GroupRecord | undefined {
  return p.groups.find((r) => r.tietoryhma === group && r.loppupv === undefined);
}

export function nameOf(p: Person): PersonName {
  const name = current(p, 'HENKILON_NIMI');
  return {
    hetu: p.hetu,
    firstNames: String(name?.etunimi ?? ''),
    lastName: String(name?.sukunimi ?? ''),
    birthDate: p.birthDate,
    sex: p.sex,
  };
}

export function maritalStatus(p: Person): string {
  return String(current(p, 'SIVIILISAATY')?.siviilisaaty ?? 'NAIMATON');
}

function clone(p: Person): Person {
  return { ...p, groups: p.groups.map((r) => ({ ...r })) };
}

function without(p: Person, groups: readonly string[]): GroupRecord[] {
  return p.groups.filter((r) => !groups.includes(r.tietoryhma));
}

/** The location groups re-sent as context when turvakielto starts or ends. */
const LOCATION_GROUPS = ['VAKINAINEN_KOTIMAINEN_OSOITE', 'KOTIKUNTA'];

function municipalities(p: Person): string[] {
  return p.homeMunicipality ? [p.homeMunicipality] : [];
}

/** A move to a new permanent address, in the same municipality or another; wards and spouse move along. */
export function move(household: Person[], ctx: EventContext, toMunicipality: string): Outcome {
  const address = ctx.helper.address(toMunicipality, ctx.date);
  const outcome: Outcome = { persons: [], changes: [] };
  for (const before of household) {
    const p = clone(before);
    const old = current(before, 'VAKINAINEN_KOTIMAINEN_OSOITE');
    const oldHome = current(before, 'KOTIKUNTA');
    const newAddress = addressRecords(address)[0] as GroupRecord;
    const changes: GroupRecord[] = [tag(newAddress, 'LISATTY')];
    if (old) changes.push(tag({ ...old, loppupv: day(addDays(ctx.date, -1)) }, 'MUUTETTU'));
    p.groups = [...without(p, ['VAKINAINEN_KOTIMAINEN_OSOITE']), newAddress];
    if (!oldHome || oldHome.kuntakoodi !== toMunicipality) {
      const home = homeMunicipalityRecords(toMunicipality, ctx.date)[0] as GroupRecord;
      changes.push(tag(home, 'LISATTY'));
      p.groups = without(p, ['KOTIKUNTA']);
      if (oldHome) {
        const previous = previousMunicipalityRecord(
          String(oldHome.kuntakoodi),
          (oldHome.kuntaanMuuttopv as { arvo: string }).arvo,
          ctx.date,
        );
        changes.push(tag(previous, 'MUUTETTU'));
        p.groups.push(previous);
      }
      p.groups.push(home);
      p.homeMunicipality = toMunicipality;
    }
    outcome.persons.push(p);
    outcome.changes.push({
      person: p,
      hetu: p.hetu,
      municipalitiesBefore: municipalities(before),
      tietoryhmat: changes,
    });
  }
  return outcome;
}

/** A child is born to a mother (and her spouse, when married); both parents get custody. */
export function birth(parents: Person[], ctx: EventContext): Outcome {
  const mother = parents[0] as Person;
  const sex: Sex = ctx.random.chance(0.51) ? 'MIES' : 'NAINEN';
  const child: PersonName = {
    hetu: ctx.helper.allocateHetu(ctx.date, sex),
    firstNames: ctx.helper.firstName(sex),
    lastName: nameOf(mother).lastName,
    birthDate: ctx.date,
    sex,
  };
  const home = current(mother, 'VAKINAINEN_KOTIMAINEN_OSOITE');
  const language = current(mother, 'AIDINKIELI');
  const groups: GroupRecord[] = [
    ...nameRecords(child),
    ...nameChangeRecords('ETUNIMI', child.firstNames, true, ctx.date, undefined, undefined),
    { tietoryhma: 'SYNTYMAPAIVA', syntymapv: day(ctx.date) },
    { tietoryhma: 'SUKUPUOLI', sukupuoli: sex },
    languageRecord(
      String(language?.kielikoodi ?? 'fi'),
      String(language?.kielikoodiISO6392 ?? 'fin'),
      ctx.date,
    ),
    nationalityRecord([{ code: '246', since: ctx.date }]),
    { tietoryhma: 'SYNTYMAKOTIKUNTA', kuntakoodi: mother.homeMunicipality },
    maritalStatusRecord('NAIMATON'),
  ];
  if (home) groups.push({ ...home, alkupv: day(ctx.date) });
  if (mother.homeMunicipality) groups.push(...homeMunicipalityRecords(mother.homeMunicipality, ctx.date));
  const outcome: Outcome = { persons: [], changes: [] };
  const updatedParents: Person[] = [];
  for (const before of parents) {
    const parent = clone(before);
    const role = parent.sex === 'NAINEN' ? 'AITI' : 'ISA';
    groups.push(...parentRecords(nameOf(before), role, ctx.date));
    groups.push(...guardianRecords(nameOf(before), role, child, ctx.date));
    const added = [...childRecords(child, role, ctx.date), ...wardRecords(child, role, ctx.date)];
    parent.groups.push(...added);
    updatedParents.push(parent);
    outcome.changes.push({
      person: parent,
      hetu: parent.hetu,
      municipalitiesBefore: municipalities(before),
      tietoryhmat: added.map((r) => tag(r, 'LISATTY')),
    });
  }
  const newborn: Person = {
    id: 0,
    hetu: child.hetu,
    birthDate: ctx.date,
    sex,
    homeMunicipality: mother.homeMunicipality,
    turvakielto: mother.turvakielto,
    deceased: false,
    groups: mother.turvakielto ? [...groups, turvakieltoRecord(true, undefined)] : groups,
  };
  outcome.persons.push(newborn, ...updatedParents);
  outcome.changes.unshift({
    person: newborn,
    hetu: newborn.hetu,
    municipalitiesBefore: [],
    tietoryhmat: newborn.groups.map((r) => tag(r, 'LISATTY')),
  });
  return outcome;
}

/** A death; a surviving spouse becomes a widow(er). */
export function death(person: Person, spouse: Person | undefined, ctx: EventContext): Outcome {
  const p = clone(person);
  const record: GroupRecord = { tietoryhma: 'KUOLINPAIVA', kuollut: true, kuolinpv: day(ctx.date) };
  p.groups = [...without(p, ['KUOLINPAIVA']), record];
  p.deceased = true;
  const outcome: Outcome = {
    persons: [p],
    changes: [
      {
        person: p,
        hetu: p.hetu,
        municipalitiesBefore: municipalities(person),
        tietoryhmat: [tag(record, 'LISATTY')],
      },
    ],
  };
  if (spouse) outcome.persons.push(...endMarriage(spouse, 'LESKI', outcome));
  return outcome;
}

function endMarriage(person: Person, status: 'LESKI' | 'ERONNUT', outcome: Outcome): Person[] {
  const p = clone(person);
  const marriage = current(person, 'AVIOLIITTO');
  const changes: GroupRecord[] = [];
  if (marriage) {
    const ended = { ...marriage, voimassaolo: 'PASSIIVI' };
    p.groups = p.groups.map((r) =>
      r.tietoryhma === 'AVIOLIITTO' && r.voimassaolo === 'AKTIIVI' ? ended : r,
    );
    changes.push(tag(ended, 'MUUTETTU'));
  }
  const statusRecord = maritalStatusRecord(status);
  p.groups = [...without(p, ['SIVIILISAATY']), statusRecord];
  changes.push(tag(statusRecord, 'MUUTETTU'));
  outcome.changes.push({
    person: p,
    hetu: p.hetu,
    municipalitiesBefore: municipalities(person),
    tietoryhmat: changes,
  });
  return [p];
}

/** A marriage; in about half of them the second spouse takes the first one's surname. */
export function marriage(a: Person, b: Person, ctx: EventContext): Outcome {
  const outcome: Outcome = { persons: [], changes: [] };
  const takeName = ctx.random.chance(0.5);
  const ceremony = ctx.random.chance(0.4) ? 'KIRKOLLINEN_VIHKIMINEN' : 'SIVIILIVIHKIMINEN';
  const nameA = nameOf(a);
  let nameB = nameOf(b);
  const pb = clone(b);
  const changesB: GroupRecord[] = [];
  if (takeName && nameB.lastName !== nameA.lastName) {
    const renamed = nameChange(pb, 'SUKUNIMI', nameA.lastName, ctx, undefined);
    changesB.push(...renamed);
    nameB = nameOf(pb);
  }
  const pa = clone(a);
  for (const [p, other, changes] of [
    [pa, nameB, [] as GroupRecord[]],
    [pb, nameA, changesB],
  ] as const) {
    const m = marriageRecord(other, ctx.date, true, ceremony);
    const status = maritalStatusRecord('AVIOLIITOSSA');
    const earlier = without(p, ['SIVIILISAATY']).filter(
      (r) => !(r.tietoryhma === 'AVIOLIITTO' && r.voimassaolo === 'AKTIIVI'),
    );
    p.groups = [...earlier, status, m];
    changes.push(tag(m, 'LISATTY'), tag(status, 'MUUTETTU'));
    outcome.persons.push(p);
    outcome.changes.push({
      person: p,
      hetu: p.hetu,
      municipalitiesBefore: municipalities(p),
      tietoryhmat: changes,
    });
  }
  return outcome;
}

export function divorce(a: Person, b: Person): Outcome {
  const outcome: Outcome = { persons: [], changes: [] };
  outcome.persons.push(...endMarriage(a, 'ERONNUT', outcome), ...endMarriage(b, 'ERONNUT', outcome));
  return outcome;
}

/** Changes a first name or surname in place and returns the change records (§7 "Name change"). */
function nameChange(
  p: Person,
  kind: 'ETUNIMI' | 'SUKUNIMI',
  newName: string,
  ctx: EventContext,
  method: 'ETUNIMEN_MUUTOS_HAKEMUKSELLA' | undefined,
): GroupRecord[] {
  const old = nameOf(p);
  const oldName = kind === 'ETUNIMI' ? old.firstNames : old.lastName;
  const renamed = { ...old, ...(kind === 'ETUNIMI' ? { firstNames: newName } : { lastName: newName }) };
  const nameRecord = nameRecords(renamed, ctx.date)[0] as GroupRecord;
  const until = addDays(ctx.date, -1);
  const [added] = nameChangeRecords(kind, newName, true, ctx.date, undefined, method);
  const [ended] = nameChangeRecords(kind, oldName, false, undefined, until, undefined);
  p.groups = [
    ...p.groups
      .filter((r) => r.tietoryhma !== 'HENKILON_NIMI')
      .filter((r) => !(r.tietoryhma === 'NIMENMUUTOS_LAAJA' && r.nimilaji === `NYKYINEN_${kind}`)),
    nameRecord,
    added as GroupRecord,
    ended as GroupRecord,
  ];
  return [
    tag(nameRecord, 'MUUTETTU'),
    tag(added as GroupRecord, 'LISATTY'),
    tag(ended as GroupRecord, 'MUUTETTU'),
  ];
}

export function firstNameChange(person: Person, ctx: EventContext): Outcome {
  const p = clone(person);
  const changes = nameChange(p, 'ETUNIMI', ctx.helper.firstName(p.sex), ctx, 'ETUNIMEN_MUUTOS_HAKEMUKSELLA');
  return {
    persons: [p],
    changes: [
      { person: p, hetu: p.hetu, municipalitiesBefore: municipalities(person), tietoryhmat: changes },
    ],
  };
}

/** Turvakielto starts or ends. The location groups travel with it as context (§7 "Turvakielto"). */
export function turvakielto(person: Person, active: boolean, ctx: EventContext): Outcome {
  const p = clone(person);
  const record = turvakieltoRecord(active, active ? addDays(ctx.date, 5 * 365) : ctx.date);
  p.groups = [...without(p, ['TURVAKIELTO']), record];
  p.turvakielto = active;
  const context = LOCATION_GROUPS.map((g) => current(p, g)).filter((r): r is GroupRecord => r !== undefined);
  return {
    persons: [p],
    changes: [
      {
        person: p,
        hetu: p.hetu,
        municipalitiesBefore: municipalities(person),
        tietoryhmat: [
          tag(record, active ? 'LISATTY' : 'MUUTETTU'),
          ...context.map((r) => tag(r, 'LISATIETO')),
        ],
      },
    ],
  };
}

/** A corrected hetu: the change is keyed by the old hetu and names the new one (§3.2, §7 "Hetu change"). */
export function hetuCorrection(person: Person, newHetu: string): Outcome {
  const p = clone(person);
  const earlier =
    (current(person, 'HENKILOTUNNUS_KORJAUS')?.edellisetHenkilotunnukset as string[] | undefined) ?? [];
  const records = hetuCorrectionRecords(person.hetu, newHetu, earlier);
  p.groups = [...without(p, ['HENKILOTUNNUS_KORJAUS']), ...records];
  p.hetu = newHetu;
  const name = current(p, 'HENKILON_NIMI');
  return {
    persons: [p],
    changes: [
      {
        person: p,
        hetu: person.hetu,
        municipalitiesBefore: municipalities(person),
        tietoryhmat: [
          tag(records[0] as GroupRecord, 'LISATTY'),
          tag(records[1] as GroupRecord, 'MUUTETTU'),
          ...(name ? [tag(name, 'LISATIETO')] : []),
        ],
      },
    ],
  };
}

/** One guardian's custody of a child ends (e.g. by a court decision); the other guardian keeps it. */
export function custodyEnds(child: Person, guardian: Person, ctx: EventContext): Outcome {
  const c = clone(child);
  const g = clone(guardian);
  const end = day(ctx.date);
  const childChanges: GroupRecord[] = [];
  const guardianChanges: GroupRecord[] = [];
  c.groups = c.groups.map((r) => {
    if (
      r.tietoryhma !== 'HUOLTAJA' ||
      (r.huoltaja as { henkilotunnus?: string })?.henkilotunnus !== guardian.hetu
    )
      return r;
    const ended = { ...r, huoltosuhteenLoppupv: end };
    childChanges.push(tag({ ...ended, huoltosuhteenMuutos: true }, 'MUUTETTU'));
    return ended;
  });
  g.groups = g.groups.map((r) => {
    if (
      r.tietoryhma !== 'HUOLLETTAVA' ||
      (r.huollettava as { henkilotunnus?: string })?.henkilotunnus !== child.hetu
    )
      return r;
    const ended = { ...r, huoltosuhteenLoppupv: end };
    guardianChanges.push(tag({ ...ended, huoltosuhteenMuutos: true }, 'MUUTETTU'));
    return ended;
  });
  return {
    persons: [c, g],
    changes: [
      { person: c, hetu: c.hetu, municipalitiesBefore: municipalities(child), tietoryhmat: childChanges },
      {
        person: g,
        hetu: g.hetu,
        municipalitiesBefore: municipalities(guardian),
        tietoryhmat: guardianChanges,
      },
    ],
  };
}

/** Hetus of the children a person has custody of today. */
export function wardsOf(p: Person, date: string): string[] {
  return p.groups
    .filter(
      (r) =>
        r.tietoryhma === 'HUOLLETTAVA' &&
        ((r.huoltosuhteenLoppupv as { arvo: string } | undefined)?.arvo ?? '9999') >= date,
    )
    .map((r) => (r.huollettava as { henkilotunnus: string }).henkilotunnus);
}

/** The hetu of the active spouse, if any. */
export function spouseOf(p: Person): string | undefined {
  const m = p.groups.find((r) => r.tietoryhma === 'AVIOLIITTO' && r.voimassaolo === 'AKTIIVI');
  return (m?.puoliso as { henkilotunnus?: string } | undefined)?.henkilotunnus;
}
