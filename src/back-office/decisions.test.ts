import { sql } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestPki } from '../access/test-certificates.js';
import { query } from '../db/index.js';
import { listOutboxMail } from '../mail/index.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import type { CaseView } from './schemas.js';
import {
  insertSubmittedCase,
  muutosrajapintaContent,
  subsystemContent,
  type TestCase,
  type TestWorld,
  testWorld,
  vtjkyselyContent,
} from './test-cases.js';

let t: TestApp;
let w: TestWorld;

beforeAll(async () => {
  t = await buildTestApp({
    env: { MAIL_POLL_SECONDS: '0', PUBLIC_BASE_URL: 'https://asiointi.example.fi' },
    poolSize: 6,
  });
  w = await testWorld(t.app, t.db.orm, t.clock.now());
});
afterAll(() => t.close());

const base = '/api/back-office/applications';
const post = (url: string, headers: Record<string, string>, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers, payload });
const grant = {
  outcome: 'granted',
  dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'],
  turvakielto: false,
  validFrom: '2026-12-01',
  validUntil: '2029-11-30',
  conditions: 'Tietoja saa käyttää vain varhaiskasvatuksen asiakasrekisterissä.',
};

async function caseInReview(options: object = {}, handler = w.hanna): Promise<TestCase> {
  const c = await insertSubmittedCase(
    t.db.orm,
    { organisationId: w.org.id, createdBy: w.tessa.userId, ...options },
    new Date(t.clock.now().getTime() - 3 * 86_400_000),
  );
  const res = await post(`${base}/${c.id}/assign`, handler.headers);
  expect(res.statusCode, res.body).toBe(200);
  return c;
}
const decide = (c: TestCase, body: object, who = w.hanna) =>
  post(`${base}/${c.id}/decision`, who.headers, body);
const stateOf = async (id: string) =>
  (await query<{ state: string }>(t.db.orm, sql`SELECT state FROM application WHERE id = ${id}`))[0]?.state;
const permitOf = async (applicationId: string) =>
  (
    await query<Record<string, unknown>>(
      t.db.orm,
      sql`SELECT id, state, data_groups, turvakielto, selection, products, framework, valid_from::text AS valid_from,
                 valid_until::text AS valid_until, terms_deadline, supersedes_permit_id, application_id
          FROM permit WHERE application_id = ${applicationId}`,
    )
  )[0];

async function pdfText(decisionId: string): Promise<string> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/back-office/decisions/${decisionId}/document`,
    headers: w.hanna.headers,
  });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), {
    mergePages: true,
  });
  return text.replace(/\s+/g, ' ');
}

describe('granting', () => {
  it('creates the decision, its PDF, a permit waiting for its terms, an event and mail', async () => {
    const c = await caseInReview();
    const res = await decide(c, grant);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as CaseView;
    expect(view).toMatchObject({
      state: 'granted',
      decision: {
        outcome: 'granted',
        decidedAt: t.clock.now().toISOString(),
        decidedBy: { id: w.hanna.staffUserId, name: 'Hanna Käsittelijä' },
        data: {
          dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'],
          turvakielto: false,
          selection: { kind: 'municipalities', codes: ['091', '049'] },
          products: [],
          validFrom: '2026-12-01',
          validUntil: '2029-11-30',
          termsDeadline: '2026-12-25T10:00:00.000Z',
        },
      },
      permit: { state: 'terms_pending' },
      can: { assign: false, requestInfo: false, decide: false },
    });
    expect(await permitOf(c.id)).toMatchObject({
      id: view.permit?.id,
      state: 'terms_pending',
      data_groups: ['HENKILON_NIMI', 'KOTIKUNTA'],
      turvakielto: false,
      selection: { kind: 'municipalities', codes: ['091', '049'] },
      valid_from: '2026-12-01',
      valid_until: '2029-11-30',
      supersedes_permit_id: null,
    });
    expect(view.history.find((e) => e.type === 'granted')).toMatchObject({
      internal: false,
      data: { decisionId: view.decision?.id, permitId: view.permit?.id },
    });
    const [app] = await query<{ decided_at: string | Date }>(
      t.db.orm,
      sql`SELECT decided_at FROM application WHERE id = ${c.id}`,
    );
    expect(new Date(app?.decided_at as string)).toEqual(t.clock.now());
    const mail = (await listOutboxMail(t.db.orm, 100)).filter(
      (m) => m.kind === 'decision_made' && m.subject.includes(c.reference),
    );
    expect(mail.map((m) => m.recipient).sort()).toEqual(['minerva@esimerkkila.fi', 'tessa@esimerkkila.fi']);
    expect(mail.find((m) => m.language === 'fi')?.subject).toBe(
      `Päätös hakemukseen ${c.reference}: lupa myönnetty`,
    );
    expect(mail[0]?.textBody).toContain(
      `https://asiointi.example.fi/organisations/${w.org.id}/applications/${c.id}`,
    );

    const text = await pdfText(view.decision?.id as string);
    for (const expected of [
      'PÄÄTÖS',
      c.reference,
      'Esimerkkilän kunta',
      w.org.businessId,
      'Nimi (HENKILON_NIMI)',
      'Kotikunta (KOTIKUNTA)',
      'Lupa ei kata turvakiellon alaisia tietoja',
      '1.12.2026–30.11.2029',
      'Tietoja saa käyttää vain varhaiskasvatuksen asiakasrekisterissä.',
      'Varhaiskasvatuksen asiakasrekisterin osoitetietojen ajantasaisuus',
      '661/2009',
      'Lain 3 ja 4 §',
      '28 ja 29 §',
      'Oikaisuvaatimusohje',
      'Hanna Käsittelijä',
      'Henkilöt, joiden kotikunta on jokin seuraavista (kuntanumero): 091, 049',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Vakinainen osoite Suomessa');
  });

  it('writes the decision in Swedish for a Swedish application, turvakielto included when applied for', async () => {
    const c = await caseInReview({ language: 'sv', content: muutosrajapintaContent({ turvakielto: true }) });
    const res = await decide(c, {
      ...grant,
      dataGroups: ['HENKILON_NIMI', 'VAKINAINEN_KOTIMAINEN_OSOITE'],
      turvakielto: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as CaseView;
    expect(await permitOf(c.id)).toMatchObject({ turvakielto: true });
    const text = await pdfText(view.decision?.id as string);
    for (const expected of [
      'BESLUT',
      c.reference,
      'Esimerkkilän kunta',
      'Namn',
      'Stadigvarande adress i Finland',
      'Tillståndet omfattar uppgifter som omfattas av spärrmarkering.',
      'Varhaiskasvatuslaki (540/2018) 70 §',
      'lagen om befolkningsdatasystemet',
      'Anvisning om begäran om omprövning',
      'Beslutsfattare: Hanna Käsittelijä',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('refuses with 422 what was not applied for, and the case stays in review', async () => {
    const c = await caseInReview();
    const cases: [object, string][] = [
      [{ ...grant, dataGroups: ['HENKILON_NIMI', 'SYNTYMAKOTIKUNTA'] }, 'data_group_not_applied'],
      [{ ...grant, dataGroups: ['NOT_A_GROUP'] }, 'data_group_not_applied'],
      [{ ...grant, dataGroups: [] }, 'data_groups_required'],
      [{ ...grant, turvakielto: true }, 'turvakielto_not_applied'],
      [{ ...grant, validUntil: '2026-11-24', validFrom: '2026-01-01' }, 'invalid_validity'],
      [{ ...grant, validFrom: '2030-01-01' }, 'invalid_validity'],
      [{ ...grant, validFrom: '2026-02-30' }, 'validity_required'],
      [{ ...grant, products: ['PERUSSANOMA 1'] }, 'products_not_applicable'],
      [
        {
          ...grant,
          endCustomers: [{ businessId: w.other.businessId, name: 'X', dataGroups: [], approved: true }],
        },
        'not_a_framework_application',
      ],
    ];
    for (const [body, error] of cases) {
      const res = await decide(c, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.json()).toMatchObject({ error });
    }
    expect((await decide(c, { ...grant, extra: true })).statusCode).toBe(400);
    expect((await decide(c, { outcome: 'maybe' })).statusCode).toBe(400);
    expect(await stateOf(c.id)).toBe('in_review');
    expect(await permitOf(c.id)).toBeUndefined();
    const decisions = await query(t.db.orm, sql`SELECT 1 FROM decision WHERE application_id = ${c.id}`);
    expect(decisions).toHaveLength(0);
  });
});

describe('who decides', () => {
  it('only the assigned handler; an administrator any case but one assigned to themselves', async () => {
    const c = await caseInReview({}, w.kalle);
    const hanna = await decide(c, grant, w.hanna);
    expect(hanna.statusCode).toBe(403);
    expect(hanna.json()).toMatchObject({ error: 'not_assigned' });

    const own = await caseInReview({}, w.aino);
    const preparer = await decide(own, grant, w.aino);
    expect(preparer.statusCode).toBe(403);
    expect(preparer.json()).toMatchObject({ error: 'preparer_cannot_decide' });
    expect(await stateOf(own.id)).toBe('in_review');

    const byAdmin = await decide(
      c,
      { outcome: 'denied', reasons: 'Hakija ei ole esittänyt lakiperustetta.' },
      w.aino,
    );
    expect(byAdmin.statusCode).toBe(200);
    expect((byAdmin.json() as CaseView).decision?.decidedBy.name).toBe('Aino Ylläpitäjä');
  });

  it('shows in the case view who may decide', async () => {
    const c = await caseInReview({}, w.hanna);
    const view = async (who: typeof w.hanna) =>
      (
        await t.app.inject({ method: 'GET', url: `${base}/${c.id}`, headers: who.headers })
      ).json() as CaseView;
    expect((await view(w.hanna)).can.decide).toBe(true);
    expect((await view(w.kalle)).can.decide).toBe(false);
    expect((await view(w.aino)).can.decide).toBe(true);
  });
});

describe('illegal decisions', () => {
  it('decide twice, grant after deny, deny after grant: 409 and nothing changes', async () => {
    const c = await caseInReview();
    expect((await decide(c, grant)).statusCode).toBe(200);
    const permitBefore = await permitOf(c.id);
    for (const body of [grant, { outcome: 'denied', reasons: 'x' }]) {
      const res = await decide(c, body);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: 'illegal_transition' });
    }
    expect(await stateOf(c.id)).toBe('granted');
    expect(await permitOf(c.id)).toEqual(permitBefore);

    const d = await caseInReview();
    expect((await decide(d, { outcome: 'denied', reasons: 'Käyttötarkoitus on epäselvä.' })).statusCode).toBe(
      200,
    );
    expect((await decide(d, grant)).statusCode).toBe(409);
    expect(await stateOf(d.id)).toBe('denied');
    expect(await permitOf(d.id)).toBeUndefined();
  });

  it('of two concurrent decisions, exactly one wins and the other gets 409', async () => {
    const c = await caseInReview();
    const results = await Promise.all([
      decide(c, grant),
      decide(c, { outcome: 'denied', reasons: 'Samanaikainen hylkäys' }),
      decide(c, grant),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409]);
    const decisions = await query(t.db.orm, sql`SELECT outcome FROM decision WHERE application_id = ${c.id}`);
    expect(decisions).toHaveLength(1);
    const permits = await query(t.db.orm, sql`SELECT id FROM permit WHERE application_id = ${c.id}`);
    expect(permits).toHaveLength((decisions[0] as { outcome: string }).outcome === 'granted' ? 1 : 0);
  });
});

describe('denying', () => {
  it('stores the reasons, makes no permit, and the PDF says so with the appeal instructions', async () => {
    const c = await caseInReview();
    const res = await decide(c, { outcome: 'denied', reasons: 'Käyttötarkoitus ei edellytä väestötietoja.' });
    const view = res.json() as CaseView;
    expect(view).toMatchObject({
      state: 'denied',
      decision: { outcome: 'denied', data: { reasons: 'Käyttötarkoitus ei edellytä väestötietoja.' } },
      permit: null,
    });
    const text = await pdfText(view.decision?.id as string);
    expect(text).toContain('Digi- ja väestötietovirasto hylkää hakemuksen.');
    expect(text).toContain('Käyttötarkoitus ei edellytä väestötietoja.');
    expect(text).toContain('Oikaisuvaatimusohje');
    const mail = (await listOutboxMail(t.db.orm, 200)).find(
      (m) => m.kind === 'decision_made' && m.subject.includes(c.reference) && m.language === 'fi',
    );
    expect(mail?.subject).toBe(`Päätös hakemukseen ${c.reference}: lupaa ei myönnetty`);
  });
});

describe('VTJkysely grants', () => {
  it('give the basic products by default and make the applied subsystem a pending connection', async () => {
    const c = await caseInReview({ form: 'vtjkysely', content: vtjkyselyContent() });
    const res = await decide(c, grant);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as CaseView;
    expect(await permitOf(c.id)).toMatchObject({
      products: ['PERUSSANOMA 1', 'PERUSSANOMA 3'],
      selection: { kind: 'national' },
      framework: false,
    });
    const connections = await query<{ kind: string; state: string; xroad_client: string }>(
      t.db.orm,
      sql`SELECT kind, state, xroad_client FROM connection WHERE permit_id = ${view.permit?.id}`,
    );
    expect(connections).toEqual([
      { kind: 'xroad', state: 'pending', xroad_client: 'FI-TEST/COM/0990013-6/asiakasjarjestelma' },
    ]);
    expect(view.decision?.data).toMatchObject({ connectionId: expect.any(String) });
  });

  it('take a client certificate from the application, and refuse unknown products', async () => {
    const pki = makeTestPki([{ name: 'asiakas' }]);
    const pem = (pki.leaves.asiakas as { cert: string }).cert;
    const c = await caseInReview({
      form: 'vtjkysely',
      content: vtjkyselyContent({ connection: { certificatePem: pem } }),
    });
    const unknown = await decide(c, { ...grant, products: ['PERUSSANOMA 1', 'KAIKKI'] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ error: 'unknown_product' });
    const res = await decide(c, { ...grant, products: ['PERUSSANOMA 1', 'OPHREK'] });
    expect(res.statusCode, res.body).toBe(200);
    const permitId = (res.json() as CaseView).permit?.id;
    expect(await permitOf(c.id)).toMatchObject({ products: ['PERUSSANOMA 1', 'OPHREK'] });
    const connections = await query<{ kind: string; state: string; certificate_subject: string }>(
      t.db.orm,
      sql`SELECT kind, state, certificate_subject FROM connection WHERE permit_id = ${permitId}`,
    );
    expect(connections).toEqual([
      { kind: 'certificate', state: 'pending', certificate_subject: expect.stringContaining('CN=asiakas') },
    ]);
  });

  it('give a framework permit its end customers, each limited to granted groups', async () => {
    const endCustomers = [
      { businessId: w.other.businessId, name: 'Toinen Oy', dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'] },
    ];
    const c = await caseInReview({
      form: 'vtjkysely',
      content: vtjkyselyContent({ framework: true, endCustomers }),
    });
    expect(
      (
        await decide(c, {
          ...grant,
          dataGroups: ['HENKILON_NIMI'],
          endCustomers: [{ ...endCustomers[0], approved: true }],
        })
      ).json(),
    ).toMatchObject({ error: 'end_customer_data_group_not_granted' });
    const res = await decide(c, { ...grant, dataGroups: ['HENKILON_NIMI'] });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as CaseView;
    expect(await permitOf(c.id)).toMatchObject({ framework: true });
    const customers = await query(
      t.db.orm,
      sql`SELECT business_id, name, data_groups, approved FROM permit_end_customer WHERE permit_id = ${view.permit?.id}`,
    );
    expect(customers).toEqual([
      { business_id: w.other.businessId, name: 'Toinen Oy', data_groups: ['HENKILON_NIMI'], approved: true },
    ]);
    const text = await pdfText(view.decision?.id as string);
    expect(text).toContain('Hyväksytyt loppuasiakkaat');
    expect(text).toContain(`Toinen Oy (${w.other.businessId}): Nimi`);
  });
});

describe('change and subsystem applications', () => {
  it('a change decision names the permit it will replace', async () => {
    const first = await caseInReview();
    const parent = ((await decide(first, grant)).json() as CaseView).permit?.id as string;
    const change = await caseInReview({ kind: 'change', parentPermitId: parent });
    const res = await decide(change, { ...grant, dataGroups: ['HENKILON_NIMI'] });
    expect(res.statusCode).toBe(200);
    expect(await permitOf(change.id)).toMatchObject({ supersedes_permit_id: parent, state: 'terms_pending' });
  });

  it('a subsystem grant waits for its data permit (409), then approves the subsystem on it', async () => {
    const dataCase = await caseInReview();
    const sub = await caseInReview({
      form: 'subsystem',
      content: subsystemContent(),
      relatedApplicationId: dataCase.id,
    });
    const early = await decide(sub, { outcome: 'granted', conditions: '' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: 'related_permit_missing' });
    expect(await stateOf(sub.id)).toBe('in_review');

    const permitId = ((await decide(dataCase, grant)).json() as CaseView).permit?.id;
    const res = await decide(sub, { outcome: 'granted', conditions: 'Vain testiympäristö.' });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as CaseView;
    expect(view.decision?.data).toMatchObject({
      permitId,
      xroadClient: 'FI-TEST/GOV/0990013-6/varhaiskasvatus',
    });
    expect(view.permit).toBeNull();
    const connections = await query(
      t.db.orm,
      sql`SELECT state, xroad_client, environment FROM connection WHERE permit_id = ${permitId}`,
    );
    expect(connections).toEqual([
      { state: 'approved', xroad_client: 'FI-TEST/GOV/0990013-6/varhaiskasvatus', environment: 'test' },
    ]);
    const text = await pdfText(view.decision?.id as string);
    expect(text).toContain('FI-TEST/GOV/0990013-6/varhaiskasvatus');
    expect(text).toContain(dataCase.reference);

    const byParent = await caseInReview({
      form: 'subsystem',
      content: subsystemContent(),
      parentPermitId: permitId,
    });
    expect((await decide(byParent, { outcome: 'granted' })).statusCode).toBe(200);
    expect(await query(t.db.orm, sql`SELECT 1 FROM connection WHERE permit_id = ${permitId}`)).toHaveLength(
      1,
    );
  });
});
