import { describe, expect, it } from 'vitest';
import { validateGroupRecord } from './catalogue/index.js';
import { residenceId, withDerivedGroups } from './derived.js';
import { makeTestHetu } from './hetu.js';
import {
  addressRecords,
  guardianRecords,
  nameChangeRecords,
  nameRecords,
  type PersonName,
} from './records.js';

const guardian: PersonName = {
  hetu: makeTestHetu('1988-01-01', 916),
  firstNames: 'Malla',
  lastName: 'Heikkinen',
  birthDate: '1988-01-01',
  sex: 'NAINEN',
};
const child: PersonName = {
  hetu: makeTestHetu('2021-01-01', 962),
  firstNames: 'Aino',
  lastName: 'Heikkinen',
  birthDate: '2021-01-01',
  sex: 'NAINEN',
};

describe('derived views', () => {
  it('derive the narrow and restricted custody views after the full record, with UTF8 name twins', () => {
    const out = withDerivedGroups(guardianRecords(guardian, 'AITI', child, '2021-01-01'));
    expect(out.map((r) => r.tietoryhma)).toEqual(['HUOLTAJA', 'HUOLTAJA_SUPPEA', 'HUOLTAJA_RAJOITETTU']);
    // The shape of the real sandbox capture (fixtures/muutosrajapinta/evaka/perustiedot-response-ok.json).
    expect(out[2]).toEqual({
      tietoryhma: 'HUOLTAJA_RAJOITETTU',
      huoltaja: {
        henkilotunnus: guardian.hetu,
        etunimet: 'Malla',
        sukunimi: 'Heikkinen',
        etunimetUTF8: 'Malla',
        sukunimiUTF8: 'Heikkinen',
        syntymapv: { arvo: '1988-01-01', tarkkuus: 'PAIVA' },
        sukupuoli: 'NAINEN',
      },
      huoltajanRooli: 'AITI',
      huoltosuhteenAlkupv: { arvo: '2021-01-01', tarkkuus: 'PAIVA' },
      huoltosuhteenLoppupv: { arvo: '2038-12-31', tarkkuus: 'PAIVA' },
    });
    expect(out[1]).toMatchObject({ huoltajanLaji: 'LAKISAATEINEN_HUOLTAJA', oikeudet: [] });
    for (const r of out) expect(validateGroupRecord(r)).toEqual({ ok: true });
  });

  it('add the UTF8 twins of names and derive NIMENMUUTOS from NIMENMUUTOS_LAAJA', () => {
    const out = withDerivedGroups([
      ...nameRecords(guardian),
      ...nameChangeRecords('ETUNIMI', 'Malla', true, '1988-01-01', undefined, undefined),
    ]);
    expect(out[0]).toEqual({
      tietoryhma: 'HENKILON_NIMI',
      etunimi: 'Malla',
      sukunimi: 'Heikkinen',
      etunimiUTF8: 'Malla',
      sukunimiUTF8: 'Heikkinen',
    });
    expect(out.map((r) => r.tietoryhma)).toEqual(['HENKILON_NIMI', 'NIMENMUUTOS_LAAJA', 'NIMENMUUTOS']);
    expect(out[2]).toMatchObject({ nimilaji: 'NYKYINEN_ETUNIMI', nimi: 'Malla', nimiUTF8: 'Malla' });
  });

  it('build the residence identifier with its significant trailing blank', () => {
    const [address] = addressRecords({
      municipality: '091',
      streetFi: 'Mikkolantie',
      streetSv: 'Mickelsvägen',
      number: '30',
      staircase: 'F',
      apartment: '028',
      postcode: '00640',
      postOfficeFi: 'HELSINKI',
      postOfficeSv: 'HELSINGFORS',
      buildingId: '900000041C',
      since: '1992-01-01',
    });
    const out = withDerivedGroups([address as never]);
    expect(out[1]).toMatchObject({
      tietoryhma: 'VAKINAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
      asuinpaikantunnus: '900000041C1F028 ',
    });
    expect(residenceId({ tietoryhma: 'X', rakennustunnus: '900000041C', osoitenumero: 1 })).toBe(
      '900000041C1     ',
    );
  });
});
