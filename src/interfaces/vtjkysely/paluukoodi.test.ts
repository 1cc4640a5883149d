/**
 * Every Paluukoodi this service gives, through both front ends: the direct service answers each with a
 * document (HTTP 200), X-Road with the document when it carries the person and faultCode/faultString
 * otherwise. Only answers that disclose a person are logged; refusals leave the disclosure log unchanged.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertOrganisation, insertPermit, issueCredential } from '../../access/index.js';
import { buildTestApp, type TestApp } from '../../test-app.js';
import type { PersonQuery } from './envelope.js';
import { disclosureCount, expectCode } from './test-answers.js';
import {
  addCustody,
  HELSINKI_ADDRESS,
  insertTestPerson,
  seedPermit,
  type TestPermit,
  type TestPerson,
} from './test-data.js';
import { all, legacyRequest, postLegacy, postXRoad, readAnswer, valueAt, xroadRequest } from './test-soap.js';

let t: TestApp;
let permit: TestPermit;
let adult: TestPerson;
let child: TestPerson;
let deceased: TestPerson;
const unknownHetu = '010156-9994';

beforeAll(async () => {
  t = await buildTestApp({ env: { DEMO: 'true' } });
  const now = t.clock.now();
  permit = await seedPermit(t.db.orm, now);
  adult = await insertTestPerson(
    t.db.orm,
    {
      birthDate: '1980-05-06',
      sex: 'MIES',
      firstNames: 'Matti',
      lastName: 'Meikäläinen',
      address: { ...HELSINKI_ADDRESS, since: '2012-02-01' },
    },
    now,
  );
  child = await insertTestPerson(
    t.db.orm,
    {
      birthDate: '2016-08-09',
      sex: 'NAINEN',
      firstNames: 'Aino',
      lastName: 'Meikäläinen',
      address: { ...HELSINKI_ADDRESS, since: '2016-08-09' },
    },
    now,
  );
  await addCustody(t.db.orm, adult, child, now);
  deceased = await insertTestPerson(
    t.db.orm,
    {
      birthDate: '1931-01-02',
      sex: 'NAINEN',
      firstNames: 'Hilja',
      lastName: 'Vanhanen',
      deceasedOn: '2025-05-05',
    },
    now,
  );
});
afterAll(() => t.close());
// Failed authorizations are counted per minute (access/admit.ts): each test starts a fresh minute.
beforeEach(() => t.clock.advance(60_000));

const ask = (overrides: PersonQuery = {}, p: TestPermit = permit): PersonQuery => ({
  SoSoNimi: 'PERUSSANOMA 1',
  Kayttajatunnus: p.username,
  Salasana: p.password,
  Loppukayttaja: 'virkailija-1',
  Henkilotunnus: adult.hetu,
  ...overrides,
});

/** Asks both flavours and checks that the disclosure log grew by `logged` entries per flavour. */
async function expectAnswer(query: PersonQuery, koodi: string, logged: 0 | 1, p: TestPermit = permit) {
  const before = await disclosureCount(t.db.orm);
  const answer = await expectCode(t.app, query, koodi, p.xroadClient);
  expect(await disclosureCount(t.db.orm)).toBe(before + 2 * logged);
  return answer;
}

describe('answers with the person', () => {
  it('0000: found', async () => {
    const { henkilo } = await expectAnswer(ask(), '0000', 1);
    expect(valueAt(henkilo, 'Henkilotunnus')).toBe(adult.hetu);
  });

  it('0018: under 15, for the products that list wards (OPHREK, HUOLTAJA-HUOLLETTAVAT), with the person', async () => {
    for (const product of ['OPHREK', 'HUOLTAJA-HUOLLETTAVAT']) {
      const { henkilo } = await expectAnswer(
        ask({ SoSoNimi: product, Henkilotunnus: child.hetu }),
        '0018',
        1,
      );
      expect(valueAt(henkilo, 'Henkilotunnus')).toBe(child.hetu);
    }
    for (const product of ['PERUSSANOMA 1', 'HUOLLETTAVA-HUOLTAJAT']) {
      await expectAnswer(ask({ SoSoNimi: product, Henkilotunnus: child.hetu }), '0000', 1);
    }
  });
});

describe('answers without the person', () => {
  it('0001: nobody has the hetu, or it is not a hetu at all', async () => {
    const { sanoma } = await expectAnswer(ask({ Henkilotunnus: unknownHetu }), '0001', 0);
    expect(all(sanoma, 'Hakuperusteet', 'Henkilotunnus')[0]?.attributes).toContainEqual({
      name: 'hakuperustePaluukoodi',
      value: '0',
    });
    await expectAnswer(ask({ Henkilotunnus: '010156-999X' }), '0001', 0); // wrong check character
    await expectAnswer(ask({ Henkilotunnus: 'not-a-hetu' }), '0001', 0);
  });

  it('0001: a SATU lookup (the register keeps no SATUs), its criterion reported as not found', async () => {
    const { sanoma } = await expectAnswer(
      ask({ SoSoNimi: 'OPHREK', Henkilotunnus: '', SahkoinenAsiointitunnus: '99999999Y' }),
      '0001',
      0,
    );
    expect(all(sanoma, 'Hakuperusteet', 'SahkoinenAsiointitunnus')[0]?.attributes).toContainEqual({
      name: 'hakuperustePaluukoodi',
      value: '0',
    });
  });

  it('0003: the password is missing', async () => {
    await expectAnswer(ask({ Salasana: '' }), '0003', 0);
  });

  it('0004: the user id is missing, belongs to another interface, or its permit has expired', async () => {
    await expectAnswer(ask({ Kayttajatunnus: '' }), '0004', 0);
    const now = t.clock.now();
    const organisation = await insertOrganisation(
      t.db.orm,
      { name: 'Muutosrajapinta Oy', businessId: '2908758-4', kind: 'company' },
      now,
    );
    const mutp = await insertPermit(
      t.db.orm,
      {
        organisationId: organisation,
        interface: 'muutosrajapinta',
        state: 'active',
        dataGroups: ['HENKILON_NIMI'],
        turvakielto: false,
        selection: { kind: 'hetu_list' },
        validFrom: '2026-01-01',
        validUntil: '2027-12-31',
      },
      now,
    );
    const other = await issueCredential(t.db.orm, { id: mutp, interface: 'muutosrajapinta' }, now);
    await expectAnswer(ask({ Kayttajatunnus: other.username, Salasana: other.password }), '0004', 0);
    const expired = await seedPermit(t.db.orm, now, { validUntil: '2026-06-30' });
    await expectAnswer(ask({}, expired), '0004', 0, expired);
  });

  it('0005: no criterion at all', async () => {
    await expectAnswer(ask({ Henkilotunnus: '  ' }), '0005', 0);
  });

  it('0007: the person is dead and the permit does not cover death data; with it, the death is in the answer', async () => {
    const withoutDeath = await seedPermit(t.db.orm, t.clock.now(), {
      dataGroups: ['HENKILON_NIMI', 'VAKINAINEN_KOTIMAINEN_OSOITE', 'KOTIKUNTA'],
    });
    await expectAnswer(ask({ Henkilotunnus: deceased.hetu }, withoutDeath), '0007', 0, withoutDeath);
    const { henkilo } = await expectAnswer(ask({ Henkilotunnus: deceased.hetu }), '0000', 1);
    expect([
      valueAt(henkilo, 'Kuolintiedot', 'Kuollut'),
      valueAt(henkilo, 'Kuolintiedot', 'Kuolinpvm'),
    ]).toEqual(['1', '20250505']);
    const ophrek = await expectAnswer(ask({ SoSoNimi: 'OPHREK', Henkilotunnus: deceased.hetu }), '0000', 1);
    expect(all(ophrek.henkilo, 'Kuolintiedot')[0]?.children).toHaveLength(1);
  });

  it('0019: the person is outside the permit’s selection', async () => {
    const espoo = await seedPermit(t.db.orm, t.clock.now(), {
      selection: { kind: 'municipalities', codes: ['049'] },
    });
    await expectAnswer(ask({}, espoo), '0019', 0, espoo);
  });

  it('-1500: a wrong user id/password pair', async () => {
    await expectAnswer(ask({ Salasana: 'väärä' }), '-1500', 0);
    await expectAnswer(ask({ Kayttajatunnus: 'nobody' }), '-1500', 0);
  });

  it('-1900: a product the permit does not grant, or that does not exist', async () => {
    const narrow = await seedPermit(t.db.orm, t.clock.now(), { products: ['PERUSSANOMA 1'] });
    await expectAnswer(ask({ SoSoNimi: 'OPHREK' }, narrow), '-1900', 0, narrow);
    const { sanoma } = await expectAnswer(ask({ SoSoNimi: 'EI-OLE' }), '-1900', 0);
    expect(sanoma?.attributes).toContainEqual({ name: 'sanomatunnus', value: 'EI-OLE' });
    await expectAnswer(ask({ SoSoNimi: '' }), '-1900', 0);
  });

  it('-1901: a product the permit grants but this service does not answer', async () => {
    const asukas = await seedPermit(t.db.orm, t.clock.now(), { products: ['ASUKASLKM2'] });
    await expectAnswer(ask({ SoSoNimi: 'asukaslkm2' }, asukas), '-1901', 0, asukas);
  });

  it('-1902: Loppukayttaja over 50 characters, or any field unreasonably long', async () => {
    await expectAnswer(ask({ Loppukayttaja: 'x'.repeat(51) }), '-1902', 0);
    await expectAnswer(ask({ Vara1: 'x'.repeat(257) }), '-1902', 0);
    await expectAnswer(ask({ Loppukayttaja: ` ${'x'.repeat(50)} ` }), '0000', 1);
  });

  it('-1904: Loppukayttaja is missing or blank', async () => {
    await expectAnswer(ask({ Loppukayttaja: undefined }), '-1904', 0);
    await expectAnswer(ask({ Loppukayttaja: ' \n ' }), '-1904', 0);
  });
});

describe('refusals that are not Paluukoodi', () => {
  it('a caller the transport cannot identify gets a SOAP Fault with HTTP 403', async () => {
    const response = await postXRoad(
      t.app,
      xroadRequest(ask(), { client: 'FI-TEST/MUN/0101263-6/not-registered' }),
    );
    expect(response.statusCode).toBe(403);
    expect(readAnswer(response).envelope).toMatchObject({ local: 'Envelope' });
    expect(response.body).toContain('<faultcode>soap:Client</faultcode>');
    const member = await postXRoad(
      t.app,
      xroadRequest(ask(), { client: `FI-TEST/MUN/${permit.businessId}` }),
    );
    expect(member.statusCode).toBe(403);
  });

  it('failed authorizations from one address are rate-limited: HTTP 429 with Retry-After, as a SOAP Fault', async () => {
    let response = await postLegacy(t.app, legacyRequest(ask({ Salasana: 'väärä' })));
    for (let i = 0; i < 40 && response.statusCode === 200; i++) {
      response = await postLegacy(t.app, legacyRequest(ask({ Salasana: 'väärä' })));
    }
    expect(response.statusCode).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(response.body).toContain('<faultcode>soap:Server</faultcode>');
    t.clock.advance(120_000);
    expect(readAnswer(await postLegacy(t.app, legacyRequest(ask()))).koodi).toBe('0000');
  });
});

describe('logs', () => {
  it('never carry a hetu, nor anything the scrubber had to remove', () => {
    const lines = t.logLines.join('');
    for (const hetu of [adult.hetu, child.hetu, deceased.hetu, unknownHetu])
      expect(lines).not.toContain(hetu);
    expect(lines).not.toContain('[hetu]');
  });
});
