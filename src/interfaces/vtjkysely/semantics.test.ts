/**
 * What the answers mean: turvakielto, guardians and wards, corrected hetus, intermediaries and their end
 * customers, the X-Road echo, and the disclosure log entry each answer leaves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDisclosures } from '../../disclosure-log/index.js';
import { makeTestHetu } from '../../register/hetu.js';
import { buildTestApp, type TestApp } from '../../test-app.js';
import type { PersonQuery } from './envelope.js';
import { expectCode } from './test-answers.js';
import {
  addCustody,
  correctHetu,
  HELSINKI_ADDRESS,
  insertTestPerson,
  seedPermit,
  type TestPermit,
  type TestPerson,
} from './test-data.js';
import { all, legacyRequest, postLegacy, postXRoad, readAnswer, valueAt, xroadRequest } from './test-soap.js';

let t: TestApp;
let permit: TestPermit;
let mother: TestPerson;
let father: TestPerson;
let child: TestPerson;
let grownUp: TestPerson;
let corrected: TestPerson;
let newHetu: string;

beforeAll(async () => {
  t = await buildTestApp({ env: { DEMO: 'true' } });
  const now = t.clock.now();
  const db = t.db.orm;
  permit = await seedPermit(db, now);
  const home = { ...HELSINKI_ADDRESS, since: '2015-01-01' };
  // The mother and the child live under turvakielto; the father does not.
  mother = await insertTestPerson(
    db,
    {
      birthDate: '1985-02-03',
      sex: 'NAINEN',
      firstNames: 'Liisa',
      lastName: 'Virta',
      address: home,
      turvakielto: { until: '2029-12-31' },
    },
    now,
  );
  father = await insertTestPerson(
    db,
    {
      birthDate: '1984-04-05',
      sex: 'MIES',
      firstNames: 'Pekka',
      lastName: 'Virta',
      address: { ...home, streetFi: 'Isokatu', streetSv: undefined },
    },
    now,
  );
  child = await insertTestPerson(
    db,
    {
      birthDate: '2019-06-07',
      sex: 'NAINEN',
      firstNames: 'Ella',
      lastName: 'Virta',
      address: home,
      turvakielto: { until: '2029-12-31' },
    },
    now,
  );
  grownUp = await insertTestPerson(
    db,
    { birthDate: '2005-01-01', sex: 'MIES', firstNames: 'Ville', lastName: 'Virta' },
    now,
  );
  for (const guardian of [mother, father]) {
    await addCustody(db, guardian, child, now);
    await addCustody(db, guardian, grownUp, now);
  }
  corrected = await insertTestPerson(
    db,
    {
      birthDate: '1970-07-07',
      sex: 'MIES',
      firstNames: 'Kalle',
      lastName: 'Korjattu',
      address: { ...HELSINKI_ADDRESS, since: '2001-01-01' },
    },
    now,
  );
  newHetu = makeTestHetu('1970-07-07', 999);
  await correctHetu(db, corrected, newHetu, now);
});
afterAll(() => t.close());

const ask = (
  product: string,
  hetu: string,
  p: TestPermit = permit,
  endUser = 'virkailija-2',
): PersonQuery => ({
  SoSoNimi: product,
  Kayttajatunnus: p.username,
  Salasana: p.password,
  Loppukayttaja: endUser,
  Henkilotunnus: hetu,
});

const direct = async (q: PersonQuery) => readAnswer(await postLegacy(t.app, legacyRequest(q)));
const latest = async (hetu: string) => (await searchDisclosures(t.db.orm, { hetu, limit: 1 }))[0];

describe('turvakielto', () => {
  it('PERUSSANOMA 1 (no Turvakielto element): names, but empty address, dwelling and home municipality', async () => {
    const { koodi, sanoma, henkilo } = await direct(ask('PERUSSANOMA 1', mother.hetu));
    expect(koodi).toBe('0000');
    expect(valueAt(henkilo, 'NykyisetEtunimet', 'Etunimet')).toBe('Liisa');
    for (const path of [
      ['VakinainenKotimainenLahiosoite', 'LahiosoiteS'],
      ['VakinainenKotimainenLahiosoite', 'Postinumero'],
      ['VakinainenAsuinpaikka', 'Asuinpaikantunnus'],
      ['Kotikunta', 'Kuntanumero'],
      ['Kotikunta', 'KuntaS'],
    ]) {
      expect(valueAt(henkilo, ...path), path.join('/')).toBe('');
    }
    // City of Helsinki's rule (is_response_restricted): 0000, criterion found, no home, no street address.
    expect(valueAt(sanoma, 'Hakuperusteet', 'Henkilotunnus')).toBe(mother.hetu);
    const logged = await latest(mother.hetu);
    expect(logged?.dataGroups).not.toContain('VAKINAINEN_KOTIMAINEN_OSOITE');
    expect(logged?.dataGroups).not.toContain('KOTIKUNTA');
  });

  it('PERUSSANOMA 3 discloses the order itself (TurvakieltoTieto 1, its end) and withholds the same fields', async () => {
    const { henkilo } = await direct(ask('PERUSSANOMA 3', mother.hetu));
    expect([
      valueAt(henkilo, 'Turvakielto', 'TurvakieltoTieto'),
      valueAt(henkilo, 'Turvakielto', 'TurvakieltoPaattymispvm'),
    ]).toEqual(['1', '20291231']);
    expect(valueAt(henkilo, 'VakinainenKotimainenLahiosoite', 'LahiosoiteS')).toBe('');
    expect(valueAt(henkilo, 'Kotikunta', 'Kuntanumero')).toBe('');
  });

  it('a permit granting turvakielto data sees the protected fields', async () => {
    const granted = await seedPermit(t.db.orm, t.clock.now(), { turvakielto: true });
    const { henkilo } = await direct(ask('PERUSSANOMA 3', mother.hetu, granted));
    expect(valueAt(henkilo, 'VakinainenKotimainenLahiosoite', 'LahiosoiteS')).toBe('Mannerheimintie 5 B 23');
    expect(valueAt(henkilo, 'Turvakielto', 'TurvakieltoTieto')).toBe('1');
  });

  it('OPHREK withholds a protected guardian’s address and gives the other guardian’s', async () => {
    const { henkilo } = await direct(ask('OPHREK', child.hetu));
    const guardians = all(henkilo, 'Huoltaja').map((g) => [
      valueAt(g, 'Henkilotunnus'),
      valueAt(g, 'VakinainenKotimainenOsoite', 'KatuS'),
    ]);
    expect(guardians).toEqual([
      [mother.hetu, ''],
      [father.hetu, 'Isokatu'],
    ]);
    const logged = await latest(child.hetu);
    expect(logged?.hetus).toEqual([child.hetu, mother.hetu, father.hetu]);
  });
});

describe('guardians and wards', () => {
  it('HUOLTAJA-HUOLLETTAVAT lists the wards in custody today, not a child grown up', async () => {
    const { henkilo } = await direct(ask('HUOLTAJA-HUOLLETTAVAT', father.hetu));
    expect(
      all(henkilo, 'Huollettava').map((w) => [
        valueAt(w, 'Henkilotunnus'),
        valueAt(w, 'NykyisetEtunimet', 'Etunimet'),
      ]),
    ).toEqual([[child.hetu, 'Ella']]);
    expect((await latest(father.hetu))?.hetus).toEqual([father.hetu, child.hetu]);
  });

  it('HUOLLETTAVA-HUOLTAJAT lists a child’s guardians; nobody in custody leaves one empty entry', async () => {
    const { henkilo } = await direct(ask('HUOLLETTAVA-HUOLTAJAT', child.hetu));
    expect(all(henkilo, 'Huoltaja').map((g) => valueAt(g, 'Henkilotunnus'))).toEqual([
      mother.hetu,
      father.hetu,
    ]);
    const adult = await direct(ask('HUOLLETTAVA-HUOLTAJAT', grownUp.hetu));
    expect(all(adult.henkilo, 'Huoltaja').map((g) => valueAt(g, 'Henkilotunnus'))).toEqual(['']);
  });
});

describe('a corrected hetu', () => {
  it('0002: the old hetu finds the person, who is given under the new hetu; both flavours carry the person', async () => {
    const { sanoma, henkilo } = await expectCode(
      t.app,
      ask('PERUSSANOMA 3', corrected.hetu),
      '0002',
      permit.xroadClient,
    );
    const criterion = all(sanoma, 'Hakuperusteet', 'Henkilotunnus')[0];
    expect(criterion?.attributes).toContainEqual({ name: 'hakuperustePaluukoodi', value: '2' });
    expect(valueAt(sanoma, 'Hakuperusteet', 'Henkilotunnus')).toBe(corrected.hetu);
    expect(valueAt(henkilo, 'Henkilotunnus')).toBe(newHetu);
    expect((await latest(newHetu))?.hetus).toEqual([newHetu]);
    expect((await direct(ask('PERUSSANOMA 3', newHetu))).koodi).toBe('0000');
  });
});

describe('intermediaries', () => {
  let framework: TestPermit;
  const approved = '3120460-5';
  const unapproved = '3120478-1';

  beforeAll(async () => {
    framework = await seedPermit(t.db.orm, t.clock.now(), {
      framework: true,
      products: ['PERUSSANOMA 1'],
      endCustomers: [
        { businessId: approved, dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'], approved: true },
        { businessId: unapproved, dataGroups: ['HENKILON_NIMI'], approved: false },
      ],
    });
  });

  it('answers for an approved end customer with only what that customer was approved for, and logs both', async () => {
    const endUser = `${approved}:matti.m`;
    const { koodi, henkilo } = await expectCode(
      t.app,
      ask('PERUSSANOMA 1', father.hetu, framework, endUser),
      '0000',
      framework.xroadClient,
    );
    expect(koodi).toBe('0000');
    expect(valueAt(henkilo, 'NykyinenSukunimi', 'Sukunimi')).toBe('Virta');
    expect(valueAt(henkilo, 'Kotikunta', 'Kuntanumero')).toBe('091');
    expect(valueAt(henkilo, 'VakinainenKotimainenLahiosoite', 'LahiosoiteS')).toBe('');
    expect(valueAt(henkilo, 'Aidinkieli', 'Kielikoodi')).toBe('');
    const logged = await latest(father.hetu);
    expect(logged).toMatchObject({ endUser, endCustomer: approved, permitId: framework.permitId });
    expect(logged?.dataGroups.sort()).toEqual(['HENKILON_NIMI', 'KOTIKUNTA']);
  });

  it('refuses an end customer the permit does not cover (0019) and a query naming none (-1904)', async () => {
    await expectCode(
      t.app,
      ask('PERUSSANOMA 1', father.hetu, framework, `${unapproved}:matti.m`),
      '0019',
      framework.xroadClient,
    );
    await expectCode(
      t.app,
      ask('PERUSSANOMA 1', father.hetu, framework, '1234567-8:matti.m'),
      '0019',
      framework.xroadClient,
    );
    await expectCode(
      t.app,
      ask('PERUSSANOMA 1', father.hetu, framework, 'matti.m'),
      '-1904',
      framework.xroadClient,
    );
  });

  it('ignores the prefix for an organisation that queries for itself', async () => {
    await direct(ask('PERUSSANOMA 1', father.hetu, permit, `${approved}:matti.m`));
    expect(await latest(father.hetu)).toMatchObject({
      endUser: `${approved}:matti.m`,
      endCustomer: null,
      permitId: permit.permitId,
    });
  });
});

describe('the X-Road envelope', () => {
  it('repeats every header field in order with its value, and echoes the request as sent without the password', async () => {
    const query = { ...ask('perussanoma 1', father.hetu), Vara1: ' ' };
    const request = xroadRequest(query, {
      client: permit.xroadClient,
      id: 'abc-123',
      userId: 'EE1234',
    }).replace(
      '<SOAP-ENV:Header>',
      '<SOAP-ENV:Header><repr:representedParty xmlns:repr="http://x-road.eu/xsd/representation.xsd"><repr:partyCode>3120460-5</repr:partyCode></repr:representedParty>',
    );
    const response = await postXRoad(t.app, request);
    const sent = readAnswer(request).envelope;
    const { envelope, koodi } = readAnswer(response);
    expect(koodi).toBe('0000');
    const fields = (e: typeof envelope) =>
      all(e, 'Header')
        .flatMap((h) => h.children.filter((c) => typeof c !== 'string'))
        .map((f) => [f.namespace, f.local, JSON.stringify(f.children)]);
    expect(fields(envelope)).toEqual(fields(sent));
    const echo = all(envelope, 'Body', 'HenkilonTunnusKyselyResponse', 'request')[0];
    expect(echo?.children.map((c) => (typeof c === 'string' ? c : [c.local, valueAt(c)]))).toEqual([
      ['SoSoNimi', 'perussanoma 1'],
      ['Kayttajatunnus', permit.username],
      ['Salasana', ''],
      ['Loppukayttaja', 'virkailija-2'],
      ['Henkilotunnus', father.hetu],
      ['Vara1', ' '],
    ]);
    expect(response.body).not.toContain(permit.password);
  });
});

describe('logs', () => {
  it('never carry a hetu, nor anything the scrubber had to remove', () => {
    const lines = t.logLines.join('');
    for (const hetu of [mother.hetu, father.hetu, child.hetu, grownUp.hetu, corrected.hetu, newHetu])
      expect(lines).not.toContain(hetu);
    expect(lines).not.toContain('[hetu]');
  });
});
