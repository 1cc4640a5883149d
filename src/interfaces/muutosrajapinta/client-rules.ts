/**
 * Test-only: what the real clients require of a response, as specs/muutosrajapinta.md §8 records it from
 * their code (eVaka's strict Kotlin models, OPH's Jackson models and mappers). Each function lists the
 * problems that would make that client throw; an empty list means it parses.
 */
type Json = Record<string, unknown>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const TARKKUUS = ['PAIVA', 'KUUKAUSI', 'VUOSI', 'EI_TIEDOSSA'];
/** eVaka requires muutospv; OPH parses it as a LocalDateTime, which takes a trailing Z but no offset. */
const MUUTOSPV = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every {arvo, tarkkuus} date anywhere in a record: eVaka's DvvDate needs both, arvo a full ISO date. */
function dateProblems(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => dateProblems(v, `${path}[${i}]`));
  if (!isObject(value)) return [];
  if ('arvo' in value || 'tarkkuus' in value) {
    const ok =
      typeof value.arvo === 'string' && ISO_DAY.test(value.arvo) && TARKKUUS.includes(String(value.tarkkuus));
    return ok ? [] : [`${path}: date ${JSON.stringify(value)}`];
  }
  return Object.entries(value).flatMap(([k, v]) => dateProblems(v, `${path}.${k}`));
}

function required(record: Json, fields: readonly string[], where: string, type?: string): string[] {
  return fields
    .filter((f) => record[f] === undefined || record[f] === null || (type && typeof record[f] !== type))
    .map((f) => `${where}: ${record.tietoryhma}.${f} missing or wrong`);
}

/** Records under turvakielto keep only tietoryhma (+ muutosattribuutti) and the withheld field names. */
const censored = (record: Json) => Array.isArray(record.turvakiellonAlaisetKentat);

function topLevelProblems(body: Json, list: 'muutokset' | 'perustiedot'): string[] {
  const problems: string[] = [];
  if (list === 'muutokset' && !Number.isInteger(body.viimeisinKirjausavain))
    problems.push('viimeisinKirjausavain is not an integer');
  if (!Array.isArray(body[list])) problems.push(`${list} is not an array`);
  if (typeof body.ajanTasalla !== 'boolean') problems.push('ajanTasalla is not a boolean');
  return problems;
}

/** eVaka's DvvModificationsResponse (muutokset only). */
export function evakaProblems(body: Json): string[] {
  const problems = topLevelProblems(body, 'muutokset');
  for (const [i, muutos] of ((body.muutokset as Json[]) ?? []).entries()) {
    const where = `muutokset[${i}]`;
    if (typeof muutos.henkilotunnus !== 'string') problems.push(`${where}: henkilotunnus`);
    if (typeof muutos.muutospv !== 'string' || !MUUTOSPV.test(muutos.muutospv))
      problems.push(`${where}: muutospv`);
    if (!Array.isArray(muutos.tietoryhmat)) {
      problems.push(`${where}: tietoryhmat`);
      continue;
    }
    for (const record of muutos.tietoryhmat as Json[]) {
      if (typeof record.tietoryhma !== 'string') problems.push(`${where}: tietoryhma`);
      problems.push(...dateProblems(record, where));
      if (censored(record)) continue;
      switch (record.tietoryhma) {
        case 'KUOLINPAIVA':
          if (record.kuollut !== undefined && record.kuollut !== null && typeof record.kuollut !== 'boolean')
            problems.push(`${where}: kuollut`);
          break;
        case 'TURVAKIELTO':
          problems.push(...required(record, ['turvakieltoAktiivinen'], where, 'boolean'));
          break;
        case 'HENKILOTUNNUS_KORJAUS':
          problems.push(
            ...required(record, ['voimassaolo', 'muutettuHenkilotunnus', 'edellisetHenkilotunnukset'], where),
          );
          break;
        case 'HUOLTAJA_SUPPEA':
          problems.push(...required(record, ['huoltaja'], where, 'object'));
          problems.push(...required(record, ['huoltajanRooli', 'huoltajanLaji'], where, 'string'));
          break;
      }
    }
  }
  return problems;
}

/** OPH's VtjMuutostietoResponse / perustieto models and the fields its mappers require. */
export function ophProblems(body: Json, list: 'muutokset' | 'perustiedot'): string[] {
  const problems = topLevelProblems(body, list);
  for (const [i, person] of ((body[list] as Json[]) ?? []).entries()) {
    const where = `${list}[${i}]`;
    if (typeof person.henkilotunnus !== 'string') problems.push(`${where}: henkilotunnus`);
    if (list === 'muutokset' && !MUUTOSPV.test(String(person.muutospv))) problems.push(`${where}: muutospv`);
    for (const record of (person.tietoryhmat as Json[]) ?? []) {
      if (censored(record)) continue;
      switch (record.tietoryhma) {
        case 'KUOLINPAIVA':
          problems.push(...required(record, ['kuollut'], where, 'boolean'));
          break;
        case 'SUKUPUOLI':
          problems.push(...required(record, ['sukupuoli'], where, 'string'));
          break;
        case 'KANSALAISUUS':
          if (!Array.isArray(record.henkilonKansalaisuudet))
            problems.push(`${where}: henkilonKansalaisuudet`);
          break;
        case 'TURVAKIELTO':
          problems.push(...required(record, ['turvakieltoAktiivinen'], where, 'boolean'));
          break;
      }
    }
  }
  return problems;
}
