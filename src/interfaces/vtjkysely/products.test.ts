/**
 * The products: every one answers in both flavours with its elements in order, valid against its schema
 * (DVV's where public, otherwise our reconstruction, which must itself accept DVV's real documents), with
 * values in VTJkysely's forms, and only from the data groups the permit grants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDisclosures } from '../../disclosure-log/index.js';
import { day, nameChangeRecords } from '../../register/records.js';
import { buildTestApp, type TestApp } from '../../test-app.js';
import type { PersonQuery } from './envelope.js';
import { PRODUCTS } from './products.js';
import {
  ALL_PRODUCTS,
  HELSINKI_ADDRESS,
  insertTestPerson,
  seedPermit,
  type TestPermit,
  type TestPerson,
} from './test-data.js';
import {
  all,
  fixture,
  legacyRequest,
  PRODUCT_SCHEMAS,
  postLegacy,
  postXRoad,
  readAnswer,
  sanomaDocument,
  schemaErrors,
  valueAt,
  xroadRequest,
} from './test-soap.js';
import { childElements, parseXml } from './xml.js';

let t: TestApp;
let permit: TestPermit;
let rich: TestPerson;
let abroad: TestPerson;

beforeAll(async () => {
  t = await buildTestApp({ env: { DEMO: 'true' } });
  const now = t.clock.now();
  permit = await seedPermit(t.db.orm, now);
  rich = await insertTestPerson(
    t.db.orm,
    {
      birthDate: '1975-03-04',
      sex: 'NAINEN',
      firstNames: 'Maija Liisa',
      lastName: 'Meikäläinen',
      address: { ...HELSINKI_ADDRESS, since: '2010-01-01' },
      extra: [
        ...nameChangeRecords('SUKUNIMI', 'Virtanen', false, '1975-03-04', '2001-06-30', undefined),
        {
          tietoryhma: 'TILAPAINEN_KOTIMAINEN_OSOITE',
          katunimi: { fi: 'Hämeenkatu' },
          katunumero: '1',
          postinumero: '33100',
          postitoimipaikka: { fi: 'TAMPERE', sv: 'TAMMERFORS' },
          alkupv: day('2026-01-01'),
          loppupv: day('2027-05-31'),
        },
        { tietoryhma: 'SAHKOPOSTIOSOITE', sahkopostiosoite: 'maija@example.org' },
        { tietoryhma: 'AMMATTI', ammatti: 'Kirjastonhoitaja' },
      ],
    },
    now,
  );
  abroad = await insertTestPerson(
    t.db.orm,
    {
      birthDate: '1968-11-30',
      sex: 'MIES',
      firstNames: 'Erkki',
      lastName: 'Esimerkki',
      extra: [
        {
          tietoryhma: 'VAKINAINEN_ULKOMAINEN_OSOITE',
          lahiosoite: 'Storgatan 12',
          paikkakunta: '11122 STOCKHOLM',
          valtiokoodi: '752',
          alkupv: day('2015-08-01'),
        },
      ],
    },
    now,
  );
});
afterAll(() => t.close());

const ask = (product: string, hetu: string, p: TestPermit = permit): PersonQuery => ({
  SoSoNimi: product,
  Kayttajatunnus: p.username,
  Salasana: p.password,
  Loppukayttaja: 'virkailija-1',
  Henkilotunnus: hetu,
});

const flavours = {
  direct: (q: PersonQuery) => postLegacy(t.app, legacyRequest(q)),
  'X-Road': (q: PersonQuery) => postXRoad(t.app, xroadRequest(q, { client: permit.xroadClient })),
};

/** DVV's pretty-printed documents as a client receives them: no whitespace-with-newline between or in values. */
function unprettified(document: string): string {
  return document.replace(/\s*\n\s*(?=<)/g, '').replace(/>\s*\n\s*/g, '>');
}

describe('our reconstructed product schemas', () => {
  it('accept DVV’s own documents of those products', async () => {
    const documents: [string, string][] = [
      ['PERUSSANOMA 3', 'xroad/evaka-perussanoma3-020501A999T-response.xml'],
      ['PERUSJHHS3', 'xroad/kapa-fake-vtj-perusjhhs3-210281-9988-response.xml'],
    ];
    for (const [product, file] of documents) {
      const document = sanomaDocument(parseXml(unprettified(fixture(file))));
      expect(await schemaErrors(document, PRODUCT_SCHEMAS[product] as never), file).toEqual([]);
    }
    for (const file of [
      'sanoma/kansalaisaloite-vetuma-Parse_Nordea_Test_Data.xml',
      'sanoma/kansalaisaloite-vetuma-Parse_Handelsbanken_Dead.xml',
      'sanoma/kansalaisaloite-vetuma-Parse_HST_Card_Living_Abroad_Test_Data.xml',
      'sanoma/lupapiste-vetuma-VTJDATA-perusjhhs2-210281-9988.iso-8859-1.xml',
    ]) {
      const document = unprettified(fixture(file, 'latin1')).replace(/^<\?xml[^>]*\?>/, '');
      expect(await schemaErrors(document, PRODUCT_SCHEMAS.PERUSJHHS2 as never), file).toEqual([]);
    }
    // DVV's PERUSLT1 example was saved from a browser view: markers and missing blanks are undone.
    const example = fixture('sanoma/helsinki-vety-peruslt1esimerkkivastaus.xml')
      .replace(/^\s*-(?=<)/gm, '')
      .replace(/"(?=[a-zA-Z])/g, '" ')
      .replace(
        '<VTJHenkiloVastaussanoma',
        '<VTJHenkiloVastaussanoma xmlns="http://xml.vrk.fi/schema/vtjkysely" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      );
    expect(await schemaErrors(unprettified(example), PRODUCT_SCHEMAS.PERUSLT1 as never)).toEqual([]);
  });

  it('reject an answer with an element missing (the validation is real)', async () => {
    const { envelope } = readAnswer(await flavours.direct(ask('PERUSSANOMA 3', rich.hetu)));
    const broken = sanomaDocument(envelope).replace(/<Kotikunta>.*?<\/Kotikunta>/, '');
    expect(await schemaErrors(broken, PRODUCT_SCHEMAS['PERUSSANOMA 3'] as never)).toEqual([
      expect.stringContaining(
        "Element '{http://xml.vrk.fi/schema/vtjkysely}Kuolintiedot': This element is not expected",
      ),
    ]);
  });
});

describe('every product in both flavours', () => {
  for (const product of PRODUCTS) {
    for (const [flavour, send] of Object.entries(flavours)) {
      it(`${product.id} (${flavour}): 0000, the product's elements in order, valid against its schema`, async () => {
        const { envelope, koodi, sanoma, henkilo } = readAnswer(
          await send(ask(product.id.toLowerCase(), rich.hetu)),
        );
        expect(koodi).toBe('0000');
        expect(sanoma?.attributes.find((a) => a.name === 'sanomatunnus')?.value).toBe(product.id);
        const names = childElements(henkilo as never).map((e) => e.local);
        expect(names.filter((name, i) => name !== names[i - 1])).toEqual([
          'Henkilotunnus',
          ...product.elements.map((e) => e.name).filter((name, i, list) => name !== list[i - 1]),
        ]);
        expect(await schemaErrors(sanomaDocument(envelope), PRODUCT_SCHEMAS[product.id] as never)).toEqual(
          [],
        );
      });
    }
  }

  it('covers every product the brief and the clients need', () => {
    expect(PRODUCTS.map((p) => p.id)).toEqual(ALL_PRODUCTS);
  });
});

describe('values', () => {
  it('writes addresses, names and codes the way VTJkysely does', async () => {
    const { henkilo } = readAnswer(await flavours.direct(ask('PERUSSANOMA 3', rich.hetu)));
    expect(valueAt(henkilo, 'VakinainenKotimainenLahiosoite', 'LahiosoiteS')).toBe('Mannerheimintie 5 B 23');
    expect(valueAt(henkilo, 'VakinainenKotimainenLahiosoite', 'LahiosoiteR')).toBe('Mannerheimvägen 5 B 23');
    expect(valueAt(henkilo, 'VakinainenAsuinpaikka', 'Asuinpaikantunnus')).toBe('900000001A1B023 ');
    expect(valueAt(henkilo, 'Kotikunta', 'KuntaR')).toBe('Helsingfors');
    expect(valueAt(henkilo, 'TilapainenKotimainenLahiosoite', 'LahiosoiteS')).toBe('Hämeenkatu 1');
    expect(valueAt(henkilo, 'TilapainenKotimainenLahiosoite', 'AsuminenLoppupvm')).toBe('20270531');
    expect(all(henkilo, 'EntinenNimi').map((n) => [valueAt(n, 'Nimi'), valueAt(n, 'Nimilajikoodi')])).toEqual(
      [['Virtanen', '05']],
    );
    expect(valueAt(henkilo, 'Kansalaisuus', 'KansalaisuusS')).toBe('Suomi');
    expect(valueAt(henkilo, 'Sukupuoli', 'SukupuoliR')).toBe('Kvinna');
  });

  it('gives OPHREK structured addresses, the best one marked, and the single facts', async () => {
    const { henkilo } = readAnswer(await flavours.direct(ask('OPHREK', rich.hetu)));
    const permanent = all(henkilo, 'VakinainenKotimainenOsoite')[0];
    expect(
      ['ParasOsoiteTieto', 'KatuS', 'Katunumero', 'Porraskirjain', 'Huoneistonumero'].map((f) =>
        valueAt(permanent, f),
      ),
    ).toEqual(['1', 'Mannerheimintie', '5', 'B', '023']);
    expect(valueAt(henkilo, 'TilapainenKotimainenOsoite', 'ParasOsoiteTieto')).toBe('');
    expect(valueAt(henkilo, 'Sahkopostiosoite')).toBe('maija@example.org');
    expect(valueAt(henkilo, 'Ammatti', 'AmmattiNimi')).toBe('Kirjastonhoitaja');

    const foreign = readAnswer(await flavours.direct(ask('OPHREK', abroad.hetu))).henkilo;
    expect(valueAt(foreign, 'VakinainenUlkomainenOsoite', 'ParasOsoiteTieto')).toBe('1');
    expect(valueAt(foreign, 'VakinainenUlkomainenOsoite', 'ValtioS')).toBe('Ruotsi');
  });

  it('joins a foreign place and country in PERUS products, and writes PERUSLT1’s language code', async () => {
    const { henkilo } = readAnswer(await flavours.direct(ask('PERUSSANOMA 1', abroad.hetu)));
    expect(valueAt(henkilo, 'VakinainenUlkomainenLahiosoite', 'UlkomainenPaikkakuntaJaValtioS')).toBe(
      '11122 STOCKHOLM, Ruotsi',
    );
    expect(valueAt(henkilo, 'VakinainenUlkomainenLahiosoite', 'UlkomainenPaikkakuntaJaValtioR')).toBe(
      '11122 STOCKHOLM, Sverige',
    );
    expect(valueAt(henkilo, 'VakinainenUlkomainenLahiosoite', 'Valtiokoodi3')).toBe('752');
    expect(valueAt(henkilo, 'Kotikunta', 'Kuntanumero')).toBe('');
    const lt1 = readAnswer(await flavours.direct(ask('PERUSLT1', rich.hetu))).henkilo;
    expect(valueAt(lt1, 'Aidinkieli', 'AidinkieliTietokoodi')).toBe('1');
  });

  it('gives evaka and Suomi.fi identification every element they require', async () => {
    // evaka VTJPersonDetailsService / mappers: these must be present; Kansalaisuus with code and name.
    const evaka = readAnswer(await flavours['X-Road'](ask('Perussanoma 3', rich.hetu))).henkilo;
    for (const required of [
      'NykyisetEtunimet',
      'NykyinenSukunimi',
      'VakinainenKotimainenLahiosoite',
      'Aidinkieli',
      'Turvakielto',
      'Kuolintiedot',
    ]) {
      expect(all(evaka, required), required).toHaveLength(1);
    }
    expect([
      valueAt(evaka, 'Kansalaisuus', 'Kansalaisuuskoodi3'),
      valueAt(evaka, 'Kansalaisuus', 'KansalaisuusS'),
    ]).toEqual(['246', 'Suomi']);
    // kapa-tunnistus: hetu, names with the calling name, Turvakielto, Kuolintiedot/Kuollut.
    const kapa = readAnswer(await flavours['X-Road'](ask('PERUSJHHS3', rich.hetu))).henkilo;
    for (const path of [
      ['Henkilotunnus'],
      ['NykyinenKutsumanimi', 'Kutsumanimi'],
      ['Turvakielto', 'TurvakieltoTieto'],
      ['Kuolintiedot', 'Kuollut'],
    ]) {
      expect(all(kapa, ...path), path.join('/')).toHaveLength(1);
    }
  });
});

describe('data groups', () => {
  it('limits a product to the permit’s data groups: the rest is written empty, the document stays valid', async () => {
    const namesOnly = await seedPermit(t.db.orm, t.clock.now(), { dataGroups: ['HENKILON_NIMI'] });
    const { envelope, koodi, henkilo } = readAnswer(
      await flavours.direct(ask('PERUSSANOMA 3', rich.hetu, namesOnly)),
    );
    expect(koodi).toBe('0000');
    expect(valueAt(henkilo, 'NykyinenSukunimi', 'Sukunimi')).toBe('Meikäläinen');
    for (const path of [
      ['VakinainenKotimainenLahiosoite', 'LahiosoiteS'],
      ['VakinainenAsuinpaikka', 'Asuinpaikantunnus'],
      ['Kotikunta', 'Kuntanumero'],
      ['Aidinkieli', 'Kielikoodi'],
      ['Sukupuoli', 'Sukupuolikoodi'],
      ['Kansalaisuus', 'Kansalaisuuskoodi3'],
    ]) {
      expect(valueAt(henkilo, ...path), path.join('/')).toBe('');
    }
    expect(await schemaErrors(sanomaDocument(envelope), PRODUCT_SCHEMAS['PERUSSANOMA 3'] as never)).toEqual(
      [],
    );
    const [logged] = await searchDisclosures(t.db.orm, {
      hetu: rich.hetu,
      organisationId: namesOnly.organisationId,
      limit: 1,
    });
    expect(logged?.dataGroups).toEqual(['HENKILON_NIMI']);
  });

  it('logs exactly the groups an answer drew on', async () => {
    await flavours.direct(ask('PERUSSANOMA 1', rich.hetu));
    const [logged] = await searchDisclosures(t.db.orm, { hetu: rich.hetu, limit: 1 });
    expect(logged?.dataGroups.sort()).toEqual(
      [
        'AIDINKIELI',
        'HENKILON_NIMI',
        'KOTIKUNTA',
        'SUKUPUOLI',
        'TILAPAINEN_KOTIMAINEN_OSOITE',
        'VAKINAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
        'VAKINAINEN_KOTIMAINEN_OSOITE',
      ].sort(),
    );
  });
});
