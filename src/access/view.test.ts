import { describe, expect, it } from 'vitest';
import { makeTestHetu } from '../register/hetu.js';
import {
  addressRecords,
  homeMunicipalityRecords,
  nameRecords,
  turvakieltoRecord,
} from '../register/records.js';
import { visibleRecords } from './view.js';

const person = {
  hetu: makeTestHetu('1980-04-04', 904),
  firstNames: 'Aino',
  lastName: 'Virtanen',
  birthDate: '1980-04-04',
  sex: 'NAINEN' as const,
};
const records = [
  ...nameRecords(person),
  ...addressRecords({
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
  }),
  ...homeMunicipalityRecords('091', '1992-01-01'),
  turvakieltoRecord(true, '2030-01-01'),
];
const view = (groups: string[], turvakielto = false) => ({
  dataGroups: new Set(groups) as never,
  turvakielto,
});

describe('visibleRecords', () => {
  it('keeps only the permitted data groups, derived views included', () => {
    const out = visibleRecords(view(['HENKILON_NIMI', 'VAESTOKIRJANPITOKUNTA']), records, false, {
      keepAttribute: false,
    });
    expect(out.map((r) => r.tietoryhma)).toEqual(['HENKILON_NIMI', 'VAESTOKIRJANPITOKUNTA']);
    expect(out[0]).toMatchObject({ etunimiUTF8: 'Aino' });
  });

  it('withholds the protected fields of a turvakielto person unless the permit grants turvakielto data', () => {
    const groups = ['HENKILON_NIMI', 'KOTIKUNTA', 'VAKINAINEN_KOTIMAINEN_OSOITE', 'TURVAKIELTO'];
    const censored = visibleRecords(view(groups), records, true, { keepAttribute: false });
    expect(censored).toEqual([
      {
        tietoryhma: 'HENKILON_NIMI',
        etunimi: 'Aino',
        sukunimi: 'Virtanen',
        etunimiUTF8: 'Aino',
        sukunimiUTF8: 'Virtanen',
      },
      {
        tietoryhma: 'VAKINAINEN_KOTIMAINEN_OSOITE',
        turvakiellonAlaisetKentat: [
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
        ],
      },
      { tietoryhma: 'KOTIKUNTA', turvakiellonAlaisetKentat: ['kuntakoodi', 'kuntaanMuuttopv'] },
      {
        tietoryhma: 'TURVAKIELTO',
        turvakieltoAktiivinen: true,
        turvaLoppuPv: { arvo: '2030-01-01', tarkkuus: 'PAIVA' },
      },
    ]);
    const granted = visibleRecords(view(groups, true), records, true, { keepAttribute: false });
    expect(granted[1]).toMatchObject({
      tietoryhma: 'VAKINAINEN_KOTIMAINEN_OSOITE',
      katunimi: { fi: 'Mikkolantie', sv: 'Mickelsvägen' },
    });
  });

  it('keeps muutosattribuutti for changes and drops it for base data', () => {
    const change = [
      { ...homeMunicipalityRecords('091', '2026-11-01')[0], muutosattribuutti: 'LISATTY' } as never,
    ];
    expect(visibleRecords(view(['KOTIKUNTA']), change, true, { keepAttribute: true })).toEqual([
      {
        tietoryhma: 'KOTIKUNTA',
        muutosattribuutti: 'LISATTY',
        turvakiellonAlaisetKentat: ['kuntakoodi', 'kuntaanMuuttopv'],
      },
    ]);
    expect(
      visibleRecords(view(['KOTIKUNTA']), change, false, { keepAttribute: false })[0],
    ).not.toHaveProperty('muutosattribuutti');
  });
});
