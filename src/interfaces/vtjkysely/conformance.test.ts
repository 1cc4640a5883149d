/**
 * Conformance with the real clients. The evaka captures from real Test-VTJ and DVV's fake VTJ answer for
 * Suomi.fi identification are replayed (each request rebuilt from its captured header and echoed request)
 * against a register holding the same test persons, at the captured moment: our whole answer must equal the
 * captured one. Koski's and OPH's legacy requests are sent as those clients write them and read as they read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameChangeRecords } from '../../register/records.js';
import { buildTestApp, type TestApp } from '../../test-app.js';
import { NS } from './envelope.js';
import {
  addCredential,
  addCustody,
  insertTestPerson,
  type PersonSpec,
  seedPermit,
  type TestAddress,
  type TestPermit,
  type TestPerson,
} from './test-data.js';
import {
  all,
  type Canonical,
  canonical,
  capturedRequest,
  fixture,
  koskiRequest,
  legacyRequest,
  PRODUCT_SCHEMAS,
  postLegacy,
  postXRoad,
  readAnswer,
  requestFromCapture,
  sanomaDocument,
  schemaErrors,
  valueAt,
} from './test-soap.js';
import { childElements, parseXml } from './xml.js';

const VAASA = { municipality: '905', postcode: '65100', postOfficeFi: 'VAASA', postOfficeSv: 'VASA' };
const KAUPPAPUISTIKKO: TestAddress = {
  ...VAASA,
  streetFi: 'Kauppa Puistikko',
  streetSv: 'Handels Esplanaden',
  number: '6',
  staircase: 'B',
  apartment: '023',
  buildingId: '9000000987',
};
const KURTENINKATU: TestAddress = {
  ...VAASA,
  streetFi: 'Kurteninkatu',
  streetSv: 'Kurtensgatan',
  number: '13',
  staircase: 'H',
  apartment: '045',
  buildingId: '9000013099',
};

const PASSWORD = 'testi-salasana';
const CAPTURES = {
  perussanoma3: 'xroad/evaka-perussanoma3-020501A999T-response.xml',
  huoltaja: 'xroad/evaka-huoltaja-huollettavat-020190-9521-response.xml',
  huollettava: 'xroad/evaka-huollettava-huoltajat-311211A9527-response.xml',
  perusjhhs3: 'xroad/kapa-fake-vtj-perusjhhs3-210281-9988-response.xml',
  notFound: 'xroad/kapa-fake-vtj-fault-0001-response.xml',
};

let t: TestApp;
let evaka: TestPermit;
let oph: TestPermit;
let anna: TestPerson;
let minja: TestPerson;
let andre: TestPerson;

const person = (spec: PersonSpec) => insertTestPerson(t.db.orm, spec, t.clock.now());
const child = (hetu: string, birthDate: string, firstNames: string) =>
  person({
    hetu,
    birthDate,
    sex: Number(hetu.slice(7, 10)) % 2 === 1 ? 'MIES' : 'NAINEN',
    firstNames,
    lastName: 'Popov',
  });

beforeAll(async () => {
  t = await buildTestApp({ env: { DEMO: 'true' }, now: '2019-06-01T09:00:00.000Z' });
  const now = t.clock.now();
  const db = t.db.orm;
  evaka = await seedPermit(db, now, {
    xroadClient: 'FI-TEST/MUN/0101263-6/evaka-test',
    username: '*****',
    password: PASSWORD,
  });
  await addCredential(db, evaka.permitId, 'T09w0111', PASSWORD, now);
  await seedPermit(db, now, {
    xroadClient: 'FI-DEV/COM/1516651-3/kapatunnistus',
    username: 'S020427',
    password: PASSWORD,
    products: ['PERUSJHHS3'],
    validFrom: '2016-01-01',
  });
  oph = await seedPermit(db, now, { products: ['OPHREK'] });

  await person({
    hetu: '020501A999T',
    birthDate: '2001-05-02',
    sex: 'MIES',
    firstNames: 'Albert Kristian',
    lastName: 'Jäppinen',
    address: { ...KAUPPAPUISTIKKO, since: '2003-11-25' },
    citizenship: { code: '246' },
  });
  anna = await person({
    hetu: '020190-9521',
    birthDate: '1990-01-02',
    sex: 'NAINEN',
    firstNames: 'Anna Alexandra',
    lastName: 'Popov',
    address: { ...KURTENINKATU, since: '2015-06-01' },
    language: 'et',
    citizenship: { code: '233' },
  });
  andre = await person({
    hetu: '010181-9533',
    birthDate: '1981-01-01',
    sex: 'MIES',
    firstNames: 'Andre Olav',
    lastName: 'Popov',
  });
  minja = await person({
    hetu: '311211A9527',
    birthDate: '2011-12-31',
    sex: 'NAINEN',
    firstNames: 'Minja Zavutina',
    lastName: 'Popov',
    address: { ...KURTENINKATU, since: '2015-06-01' },
    citizenship: { code: '246' },
  });
  // Anna's wards in the captured order; Minja's guardians father first, as captured.
  await addCustody(db, anna, await child('011014A9510', '2014-10-01', 'Kak Ty'), now);
  await addCustody(db, andre, minja, now);
  await addCustody(db, anna, minja, now);
  for (const [hetu, born, names] of [
    ['010110A951P', '2010-01-01', 'Mir'],
    ['010108A9516', '2008-01-01', 'Petrus'],
    ['010506A951W', '2006-05-01', 'Pan Olov'],
  ] as const) {
    await addCustody(db, anna, await child(hetu, born, names), now);
  }
  await person({
    hetu: '210281-9988',
    birthDate: '1981-02-21',
    sex: 'NAINEN',
    firstNames: 'Portaalia Nordea',
    lastName: 'Testaaja',
    address: {
      municipality: '091',
      streetFi: 'Nordeatie',
      streetSv: 'Nordeaväg',
      number: '2',
      staircase: undefined,
      apartment: undefined,
      postcode: '00120',
      postOfficeFi: 'Helsinki',
      postOfficeSv: 'Helsingfors',
      buildingId: '9000000001',
      since: '2016-03-12',
      homeSince: '2004-03-11',
    },
    extra: nameChangeRecords('KUTSUMANIMI', 'Nordea', true, '1981-02-21', undefined, undefined),
  });
});
afterAll(() => t.close());

/** Replays a capture at its moment and returns both envelopes, canonical. */
async function replay(capture: string, at: string, protocolVersion?: string) {
  const captured = fixture(capture);
  t.clock.set(at);
  const request = requestFromCapture(
    captured,
    { ...capturedRequest(captured), Salasana: PASSWORD },
    protocolVersion,
  );
  const response = await postXRoad(t.app, request);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('text/xml; charset=utf-8');
  return {
    ours: canonical(parseXml(response.body)),
    captured: withoutRequestHash(canonical(parseXml(captured))),
    response,
  };
}

function withoutRequestHash(envelope: Canonical): Canonical {
  const [header, body] = envelope.children as [Canonical, Canonical];
  const fields = (header.children ?? []).filter((f) => !f.name.endsWith('}requestHash'));
  return { ...envelope, children: [{ ...header, children: fields }, body] };
}

/** The element at a path of local names inside a canonical tree. */
function at(tree: Canonical, ...path: string[]): Canonical {
  let node = tree;
  for (const step of path) {
    const next = node.children?.find((c) => c.name.endsWith(`}${step}`));
    if (!next) throw new Error(`no ${step}`);
    node = next;
  }
  return node;
}

describe('replaying the real X-Road captures', () => {
  it('answers evaka’s PERUSSANOMA 3 query exactly as real Test-VTJ did', async () => {
    const { ours, captured, response } = await replay(CAPTURES.perussanoma3, '2019-06-20T14:42:12.000Z');
    expect(ours).toEqual(captured);
    // The dwelling id keeps its significant trailing blank (evaka tests for it).
    expect(response.body).toContain('<Asuinpaikantunnus>90000009871B023 </Asuinpaikantunnus>');
  });

  it('answers evaka’s HUOLTAJA-HUOLLETTAVAT query exactly as real Test-VTJ did', async () => {
    const { ours, captured } = await replay(CAPTURES.huoltaja, '2019-06-25T08:52:55.000Z');
    // Our language names are Statistics Finland's ("viro"); DVV wrote "viro, eesti".
    const language = at(
      captured,
      'Body',
      'HenkilonTunnusKyselyResponse',
      'response',
      'VTJHenkiloVastaussanoma',
      'Henkilo',
      'Aidinkieli',
    );
    (language.children?.[1] as Canonical).text = 'viro';
    expect(ours).toEqual(captured);
  });

  it('answers evaka’s HUOLLETTAVA-HUOLTAJAT query exactly as real Test-VTJ did', async () => {
    const { ours, captured } = await replay(CAPTURES.huollettava, '2020-04-24T09:45:18.000Z');
    expect(ours).toEqual(captured);
  });

  it('answers Suomi.fi identification’s PERUSJHHS3 query as DVV’s fake VTJ does', async () => {
    const { ours, captured } = await replay(CAPTURES.perusjhhs3, '2016-01-08T08:56:04.000Z', '4.0');
    // The fake's home municipality (019 "Helsinki") is invented; ours is the real code of Helsinki.
    const home = (tree: Canonical) =>
      at(
        tree,
        'Body',
        'HenkilonTunnusKyselyResponse',
        'response',
        'VTJHenkiloVastaussanoma',
        'Henkilo',
        'Kotikunta',
      );
    expect(home(ours).children?.map((c) => c.text)).toEqual(['091', 'Helsinki', 'Helsingfors', '20040311']);
    home(ours).children = home(captured).children;
    expect(at(ours, 'Body')).toEqual(at(captured, 'Body'));
  });

  it('answers an unknown person as the X-Road adapter does: faultCode 0001 with its text', async () => {
    t.clock.set('2019-06-01T09:00:00.000Z');
    const request = requestFromCapture(fixture(CAPTURES.perussanoma3), {
      ...capturedRequest(fixture(CAPTURES.perussanoma3)),
      Salasana: PASSWORD,
      Henkilotunnus: '010156-9994',
    });
    const { envelope } = readAnswer(await postXRoad(t.app, request));
    const expected = all(
      parseXml(fixture(CAPTURES.notFound)),
      'Body',
      'HenkilonTunnusKyselyResponse',
      'response',
    );
    const response = all(envelope, 'Body', 'HenkilonTunnusKyselyResponse', 'response');
    expect(response.map(canonical)).toEqual(expected.map(canonical));
  });
});

describe('legacy clients', () => {
  it('gives Koski (OPHREK) a guardian’s wards, read the way Koski reads them', async () => {
    t.clock.set('2019-06-01T09:00:00.000Z');
    const body = koskiRequest({
      username: oph.username,
      password: oph.password,
      endUser: anna.hetu,
      hetu: anna.hetu,
    });
    // Koski sends SOAPAction unquoted and Content-Type text/xml without a charset.
    const response = await postLegacy(t.app, body, {
      'content-type': 'text/xml',
      soapaction: 'http://tempuri.org/TeeHenkilonTunnusKysely',
    });
    expect(response.statusCode).toBe(200);
    const { envelope, koodi, henkilo } = readAnswer(response);
    expect(koodi).toBe('0000');
    // VtjParser.scala: \\ "Henkilo" \ "Huollettava", each with Henkilotunnus, Etunimet and Sukunimi.
    const wards = all(henkilo, 'Huollettava').map((w) => [
      valueAt(w, 'Henkilotunnus'),
      valueAt(w, 'Etunimet'),
      valueAt(w, 'Sukunimi'),
    ]);
    expect(wards).toEqual([
      ['011014A9510', 'Kak Ty', 'Popov'],
      ['311211A9527', 'Minja Zavutina', 'Popov'],
      ['010110A951P', 'Mir', 'Popov'],
      ['010108A9516', 'Petrus', 'Popov'],
      ['010506A951W', 'Pan Olov', 'Popov'],
    ]);
    expect(await schemaErrors(sanomaDocument(envelope), PRODUCT_SCHEMAS.OPHREK as never)).toEqual([]);
  });

  it('gives ONR (OPHREK, JAXB) a child under 15 as 0018 with guardians, and the answer first in the result', async () => {
    t.clock.set('2019-06-01T09:00:00.000Z');
    const response = await postLegacy(
      t.app,
      legacyRequest({
        SoSoNimi: 'OPHREK',
        Kayttajatunnus: oph.username,
        Salasana: oph.password,
        Loppukayttaja: 'oppijanumerorekisteri',
        Henkilotunnus: minja.hetu,
      }),
    );
    const { envelope, koodi, henkilo } = readAnswer(response);
    // VtjService.java: getContent().get(0) of the mixed result is cast to VTJHenkiloVastaussanoma.
    const [result] = all(
      envelope,
      'Body',
      'TeeHenkilonTunnusKyselyResponse',
      'TeeHenkilonTunnusKyselyResult',
    );
    expect(result?.children[0]).toMatchObject({ local: 'VTJHenkiloVastaussanoma', namespace: NS.sanoma });
    expect(koodi).toBe('0018');
    for (const required of [
      'NykyinenKutsumanimi',
      'Turvakielto',
      'Sukupuoli',
      'Aidinkieli',
      'NykyinenSukunimi',
      'NykyisetEtunimet',
    ]) {
      expect(all(henkilo, required)).toHaveLength(1);
    }
    const guardians = all(henkilo, 'Huoltaja')
      .filter((g) => valueAt(g, 'Huoltotiedot', 'Henkilosuhdelajikoodi') !== '')
      .map((g) => [
        valueAt(g, 'Henkilotunnus'),
        valueAt(g, 'NykyisetEtunimet', 'Etunimet'),
        valueAt(g, 'Huoltotiedot', 'Henkilosuhdelajikoodi'),
      ]);
    expect(guardians).toEqual([
      ['010181-9533', 'Andre Olav', '03'],
      ['020190-9521', 'Anna Alexandra', '03'],
    ]);
    expect(valueAt(henkilo, 'HuoltajaLkm')).toBe('2');
    // Each guardian's own permanent address (Anna's; Andre has none in the register).
    const [, annaAsGuardian] = all(henkilo, 'Huoltaja');
    expect(valueAt(annaAsGuardian, 'VakinainenKotimainenOsoite', 'KatuS')).toBe('Kurteninkatu');
    expect(await schemaErrors(sanomaDocument(envelope), PRODUCT_SCHEMAS.OPHREK as never)).toEqual([]);
  });

  it('answers OPH’s minimal payload (only Henkilotunnus) with a well-formed Paluukoodi (-1904: no Loppukayttaja), not a fault', async () => {
    const payload = fixture('legacy/oph-vtj-test-ws-minimal-TeeHenkilonTunnusKysely-payload.xml');
    const body = `<soapenv:Envelope xmlns:soapenv="${NS.soap}"><soapenv:Body>${payload}</soapenv:Body></soapenv:Envelope>`;
    const response = await postLegacy(t.app, body);
    expect(response.statusCode).toBe(200);
    expect(readAnswer(response).koodi).toBe('-1904');
    expect(childElements(readAnswer(response).sanoma as never).map((e) => e.local)).toEqual([
      'Asiakasinfo',
      'Paluukoodi',
      'Hakuperusteet',
    ]);
  });
});

describe('logs', () => {
  it('never carry a hetu, not even Koski’s end user (the guardian’s own hetu)', () => {
    const lines = t.logLines.join('');
    for (const hetu of [anna.hetu, andre.hetu, minja.hetu, '020501A999T', '210281-9988']) {
      expect(lines).not.toContain(hetu);
    }
    expect(lines).not.toContain('[hetu]');
  });
});
