import { describe, expect, it } from 'vitest';
import { validateGroupRecord } from '../catalogue/index.js';
import { ageOn } from '../dates.js';
import { withDerivedGroups } from '../derived.js';
import { parseHetu } from '../hetu.js';
import type { GroupRecord } from '../records.js';
import { getMunicipality, postcodesOf } from '../reference/index.js';
import { type GeneratedPerson, PopulationGenerator } from './population.js';

const asOf = '2026-11-01';
const generate = (persons: number, seed: number) => [
  ...new PopulationGenerator({ seed, asOf }).persons(persons),
];
const population = generate(6000, 42);
const byHetu = new Map(population.map((p) => [p.hetu, p]));
const records = (p: GeneratedPerson, group: string) => p.groups.filter((r) => r.tietoryhma === group);
const one = (p: GeneratedPerson, group: string) => records(p, group)[0] as GroupRecord;
const stubHetu = (r: GroupRecord, key: string) => (r[key] as { henkilotunnus: string }).henkilotunnus;

describe('synthetic population', () => {
  it('is deterministic from the seed', () => {
    expect(generate(300, 42)).toEqual(population.slice(0, 300));
    expect(generate(300, 43).map((p) => p.hetu)).not.toEqual(population.slice(0, 300).map((p) => p.hetu));
  });

  it('has unique, valid hetus, all in the test range 900–999, matching birth date and sex', () => {
    expect(byHetu.size).toBe(population.length);
    for (const p of population) {
      const parsed = parseHetu(p.hetu);
      expect(parsed.ok, p.hetu).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.isTestCode).toBe(true);
      expect(parsed.value.birthDate).toBe(p.birthDate);
      expect(parsed.value.sex).toBe(p.sex);
    }
  });

  it('writes only records that validate against the data-group catalogue, derived views included', () => {
    const failures: string[] = [];
    for (const p of population) {
      for (const r of withDerivedGroups(p.groups)) {
        const result = validateGroupRecord(r);
        if (!result.ok) failures.push(`${r.tietoryhma}: ${JSON.stringify(result.errors)}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('gives every child under 18 a guardian whose record points back', () => {
    const children = population.filter((p) => ageOn(p.birthDate, asOf) < 18);
    expect(children.length).toBeGreaterThan(population.length * 0.12);
    for (const child of children) {
      const guardians = records(child, 'HUOLTAJA');
      expect(guardians.length, child.hetu).toBeGreaterThan(0);
      for (const g of guardians) {
        const guardian = byHetu.get(stubHetu(g, 'huoltaja')) as GeneratedPerson;
        expect(ageOn(guardian.birthDate, asOf)).toBeGreaterThanOrEqual(18);
        expect(records(guardian, 'HUOLLETTAVA').map((w) => stubHetu(w, 'huollettava'))).toContain(child.hetu);
      }
    }
  });

  it('marries spouses to each other', () => {
    const married = population.filter((p) => records(p, 'AVIOLIITTO').length > 0);
    expect(married.length).toBeGreaterThan(population.length * 0.15);
    for (const p of married) {
      const spouse = byHetu.get(stubHetu(one(p, 'AVIOLIITTO'), 'puoliso')) as GeneratedPerson;
      expect(stubHetu(one(spouse, 'AVIOLIITTO'), 'puoliso')).toBe(p.hetu);
      expect(one(p, 'SIVIILISAATY').siviilisaaty).toBe('AVIOLIITOSSA');
    }
  });

  it('places addresses in the home municipality, with a postcode of that municipality and Swedish forms where used', () => {
    let swedish = 0;
    for (const p of population.filter((q) => q.homeMunicipality)) {
      const address = one(p, 'VAKINAINEN_KOTIMAINEN_OSOITE');
      expect(address.kuntakoodi).toBe(p.homeMunicipality);
      expect(one(p, 'KOTIKUNTA').kuntakoodi).toBe(p.homeMunicipality);
      expect(postcodesOf(p.homeMunicipality as string).map((c) => c.postcode)).toContain(address.postinumero);
      const language = getMunicipality(p.homeMunicipality as string)?.language;
      const street = address.katunimi as { fi: string; sv?: string };
      expect(street.sv !== undefined, `${p.homeMunicipality} ${language}`).toBe(language !== 'fi');
      if (street.sv) swedish++;
    }
    expect(swedish).toBeGreaterThan(0);
  });

  it('has realistic shares of turvakielto, deceased, foreign nationals and Finns abroad', () => {
    const share = (f: (p: GeneratedPerson) => boolean) => population.filter(f).length / population.length;
    expect(share((p) => p.turvakielto)).toBeGreaterThan(0.0005);
    expect(share((p) => p.turvakielto)).toBeLessThan(0.02);
    expect(share((p) => p.deceased)).toBeGreaterThan(0.002);
    expect(share((p) => p.homeMunicipality === null)).toBeGreaterThan(0.005);
    const foreign = share((p) =>
      (one(p, 'KANSALAISUUS').henkilonKansalaisuudet as { kansalaisuuskoodi: string }[]).every(
        (k) => k.kansalaisuuskoodi !== '246',
      ),
    );
    expect(foreign).toBeGreaterThan(0.04);
    expect(foreign).toBeLessThan(0.15);
    // Helsinki is the largest municipality.
    const helsinki = share((p) => p.homeMunicipality === '091');
    expect(helsinki).toBeGreaterThan(0.08);
    expect(helsinki).toBeLessThan(0.16);
  });
});
