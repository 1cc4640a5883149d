import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPermit } from '../access/index.js';
import type { CaseView, ConnectionRowView, PermitDetail, PermitRow } from '../back-office/schemas.js';
import {
  insertSubmittedCase,
  type TestWorld,
  testWorld,
  vtjkyselyContent,
} from '../back-office/test-cases.js';
import { query } from '../db/index.js';
import { loginAs } from '../identity/test-login.js';
import { listOutboxMail } from '../mail/index.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { expirePermits, lapseUnacceptedPermits } from './lifecycle.js';
import type { PermitView } from './schemas.js';

let t: TestApp;
let w: TestWorld;
const MISSING = '00000000-0000-4000-8000-000000000000';
const DAY = 86_400_000;

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0', PUBLIC_BASE_URL: 'https://asiointi.example.fi' } });
  w = await testWorld(t.app, t.db.orm, t.clock.now());
});
afterAll(() => t.close());

type Headers = Record<string, string>;
const get = (url: string, headers: Headers = {}) => t.app.inject({ method: 'GET', url, headers });
const post = (url: string, headers: Headers = {}, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers, payload });
const customerPermit = (permitId: string, org = w.org.id) => `/api/organisations/${org}/permits/${permitId}`;
const grantBody = (o: object = {}) => ({
  outcome: 'granted',
  dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'],
  turvakielto: false,
  validFrom: '2026-12-01',
  validUntil: '2027-11-30',
  conditions: '',
  ...o,
});

/** A case sent, assigned and granted through the back office; its permit waits for the terms. */
async function grantedPermit(options: object = {}, body: object = {}) {
  const c = await insertSubmittedCase(
    t.db.orm,
    { organisationId: w.org.id, createdBy: w.tessa.userId, ...options },
    t.clock.now(),
  );
  expect((await post(`/api/back-office/applications/${c.id}/assign`, w.hanna.headers)).statusCode).toBe(200);
  const res = await post(`/api/back-office/applications/${c.id}/decision`, w.hanna.headers, grantBody(body));
  expect(res.statusCode, res.body).toBe(200);
  const view = res.json() as CaseView;
  return { case: c, permitId: view.permit?.id as string, decisionId: view.decision?.id as string };
}
const permitState = async (id: string) =>
  (await query<{ state: string }>(t.db.orm, sql`SELECT state FROM permit WHERE id = ${id}`))[0]?.state;

describe('the customer permit view', () => {
  it('needs a session (401), membership (403) and the organisation’s own permit (404)', async () => {
    const { permitId } = await grantedPermit();
    expect((await get(customerPermit(permitId))).statusCode).toBe(401);
    expect((await get(customerPermit(permitId), w.joni.headers)).statusCode).toBe(403);
    expect((await get(customerPermit(permitId, MISSING), w.joni.headers)).statusCode).toBe(403);
    expect((await get(customerPermit(MISSING), w.tessa.headers)).statusCode).toBe(404);
    const staffCookie = { cookie: w.hanna.headers.cookie };
    expect((await get(customerPermit(permitId), staffCookie)).statusCode).toBe(401);
    const foreign = await insertPermit(
      t.db.orm,
      {
        organisationId: w.other.id,
        interface: 'muutosrajapinta',
        state: 'active',
        dataGroups: ['HENKILON_NIMI'],
        turvakielto: false,
        selection: { kind: 'national' },
        validFrom: '2026-01-01',
        validUntil: '2027-01-01',
      },
      t.clock.now(),
    );
    const res = await get(customerPermit(foreign), w.tessa.headers);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'permit_not_found' });
  });

  it('shows the permit, its decision and the terms in Finnish, Swedish and English', async () => {
    const { case: c, permitId, decisionId } = await grantedPermit();
    const res = await get(customerPermit(permitId), w.minerva.headers);
    expect(res.statusCode).toBe(200);
    const view = res.json() as PermitView;
    expect(view).toMatchObject({
      id: permitId,
      interface: 'muutosrajapinta',
      state: 'terms_pending',
      dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'],
      turvakielto: false,
      selection: { kind: 'municipalities', codes: ['091', '049'] },
      products: [],
      framework: false,
      validFrom: '2026-12-01',
      validUntil: '2027-11-30',
      termsDeadline: '2026-12-25T10:00:00.000Z',
      termsAcceptedAt: null,
      applicationId: c.id,
      reference: c.reference,
      decisionId,
      endCustomers: [],
      revocationReason: null,
    });
    expect(view.terms.fi.title).toBe('Tietoluvan ehdot');
    expect(view.terms.sv.title).toBe('Villkor för datatillståndet');
    expect(view.terms.en.title).toBe('Terms of the data permit');
    const fi = view.terms.fi.items.map((i) => `${i.heading}: ${i.text}`).join('\n');
    expect(fi).toContain('Käyttötarkoitus');
    expect(fi).toContain('Ei edelleenluovutusta');
    expect(fi).toContain('viisi vuotta');
    expect(fi).toContain('44 §');
    expect(fi).not.toContain('Turvakiellon alaiset tiedot');
    for (const lang of ['fi', 'sv', 'en'] as const) expect(view.terms[lang].items).toHaveLength(7);

    const list = await get(`/api/organisations/${w.org.id}/permits`, w.tessa.headers);
    expect((list.json() as { permits: object[] }).permits).toContainEqual(
      expect.objectContaining({
        id: permitId,
        state: 'terms_pending',
        reference: c.reference,
        termsDeadline: '2026-12-25T10:00:00.000Z',
        applicationId: c.id,
        decisionId,
      }),
    );
  });

  it('adds the turvakielto and Loppukayttaja rules when they apply', async () => {
    const { permitId } = await grantedPermit(
      { form: 'vtjkysely', content: { ...vtjkyselyContent(), needsTurvakielto: true } },
      { turvakielto: true },
    );
    const view = (await get(customerPermit(permitId), w.tessa.headers)).json() as PermitView;
    const text = (lang: 'fi' | 'sv' | 'en') => view.terms[lang].items.map((i) => i.text).join(' ');
    expect(view.terms.fi.items.map((i) => i.heading)).toContain('Turvakiellon alaiset tiedot');
    expect(text('fi')).toContain('Loppukayttaja');
    expect(text('sv')).toContain('spärrmarkering');
    expect(text('en')).toContain('Loppukayttaja');
    expect(view.terms.fi.items).toHaveLength(8);
  });
});

describe('accepting the terms', () => {
  const accept = (permitId: string, headers: Headers) =>
    post(`${customerPermit(permitId)}/accept-terms`, headers);

  it('is for main users: a plain user gets 403, another organisation 403, no session 401', async () => {
    const { permitId } = await grantedPermit();
    expect((await accept(permitId, {})).statusCode).toBe(401);
    const plain = await accept(permitId, w.minerva.headers);
    expect(plain.statusCode).toBe(403);
    expect(plain.json()).toMatchObject({ error: 'main_user_required' });
    expect((await accept(permitId, w.joni.headers)).statusCode).toBe(403);
    expect((await accept(permitId, { cookie: w.tessa.headers.cookie })).statusCode).toBe(403);
    expect(await permitState(permitId)).toBe('terms_pending');
  });

  it('makes the permit active once, with an event on the application', async () => {
    const { case: c, permitId } = await grantedPermit();
    const res = await accept(permitId, w.tessa.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'active', termsAcceptedAt: t.clock.now().toISOString() });
    const [row] = await query<{ terms_accepted_by: string }>(
      t.db.orm,
      sql`SELECT terms_accepted_by FROM permit WHERE id = ${permitId}`,
    );
    expect(row?.terms_accepted_by).toBe(w.tessa.userId);
    const events = await query<{ type: string; actor_id: string; internal: boolean }>(
      t.db.orm,
      sql`SELECT type, actor_id, internal FROM application_event WHERE application_id = ${c.id} AND type = 'terms_accepted'`,
    );
    expect(events).toEqual([{ type: 'terms_accepted', actor_id: w.tessa.userId, internal: false }]);
    const twice = await accept(permitId, w.tessa.headers);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: 'illegal_transition' });
    expect(await permitState(permitId)).toBe('active');
  });

  it('of a change decision supersedes the old permit in the same step', async () => {
    const first = await grantedPermit();
    expect((await accept(first.permitId, w.tessa.headers)).statusCode).toBe(200);
    const change = await grantedPermit(
      { kind: 'change', parentPermitId: first.permitId },
      { dataGroups: ['HENKILON_NIMI'] },
    );
    expect(await permitState(first.permitId)).toBe('active');
    const res = await accept(change.permitId, w.tessa.headers);
    expect(res.json()).toMatchObject({ state: 'active', supersedesPermitId: first.permitId });
    expect(await permitState(first.permitId)).toBe('superseded');
  });

  it('is refused after the deadline (409), and the job lapses the permit, idempotently', async () => {
    const { case: c, permitId } = await grantedPermit();
    const deadline = new Date(t.clock.now().getTime() + 30 * DAY);
    expect(await lapseUnacceptedPermits(t.db, new Date(deadline.getTime() - 1))).toEqual({ lapsed: 0 });
    t.clock.set(new Date(deadline.getTime() + 1000));
    try {
      // A month later the old session is long gone: Tessa logs in again.
      const tessa = await loginAs(t.app, { hetu: '010280-952L' });
      const late = await accept(permitId, tessa.headers);
      expect(late.statusCode).toBe(409);
      expect(late.json()).toMatchObject({ error: 'terms_deadline_passed' });
      const result = await lapseUnacceptedPermits(t.db, t.clock.now());
      expect(result.lapsed).toBeGreaterThanOrEqual(1);
      expect(await permitState(permitId)).toBe('lapsed');
      expect(await lapseUnacceptedPermits(t.db, t.clock.now())).toEqual({ lapsed: 0 });
      const afterLapse = await accept(permitId, tessa.headers);
      expect(afterLapse.statusCode).toBe(409);
      expect(afterLapse.json()).toMatchObject({ error: 'illegal_transition' });
      const events = await query<{ actor_kind: string }>(
        t.db.orm,
        sql`SELECT actor_kind FROM application_event WHERE application_id = ${c.id} AND type = 'permit_lapsed'`,
      );
      expect(events).toEqual([{ actor_kind: 'system' }]);
    } finally {
      t.clock.set('2026-11-25T10:00:00.000Z');
    }
  });
});

describe('expiry', () => {
  it('expires an active permit after its last valid day (a Finnish day), once', async () => {
    const { permitId } = await grantedPermit({}, { validUntil: '2027-01-31' });
    expect((await post(`${customerPermit(permitId)}/accept-terms`, w.tessa.headers)).statusCode).toBe(200);
    // 31 January 23:59 in Helsinki is 21:59 UTC: still valid.
    await expirePermits(t.db, new Date('2027-01-31T21:59:00Z'));
    expect(await permitState(permitId)).toBe('active');
    const expired = await expirePermits(t.db, new Date('2027-01-31T22:00:00Z'));
    expect(expired.expired).toBeGreaterThanOrEqual(1);
    expect(await permitState(permitId)).toBe('expired');
    expect(await expirePermits(t.db, new Date('2027-02-01T10:00:00Z'))).toEqual({ expired: 0 });
  });
});

describe('the decision document for customers', () => {
  it('is for the applicant’s members (PDF), 404 for another organisation’s decision', async () => {
    const { decisionId, case: c } = await grantedPermit();
    const url = `/api/organisations/${w.org.id}/decisions/${decisionId}/document`;
    expect((await get(url)).statusCode).toBe(401);
    const res = await get(url, w.minerva.headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="paatos-${c.reference}.pdf"`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(url, w.joni.headers)).statusCode).toBe(403);
    const asOther = await get(
      `/api/organisations/${w.other.id}/decisions/${decisionId}/document`,
      w.joni.headers,
    );
    expect(asOther.statusCode).toBe(404);
  });
});

describe('the permit register (back office)', () => {
  it('lists permits by state and organisation, and shows one with end customers and connections', async () => {
    const { permitId, case: c } = await grantedPermit({ form: 'vtjkysely', content: vtjkyselyContent() });
    const list = (
      await get('/api/back-office/permits?state=terms_pending', w.hanna.headers)
    ).json() as PermitRow[];
    expect(list.map((p) => p.id)).toContain(permitId);
    expect(list.every((p) => p.state === 'terms_pending')).toBe(true);
    expect(list.find((p) => p.id === permitId)).toMatchObject({
      interface: 'vtjkysely',
      organisation: { id: w.org.id, name: 'Esimerkkilän kunta' },
      reference: c.reference,
      products: ['PERUSSANOMA 1', 'PERUSSANOMA 3'],
    });
    const byOrg = (
      await get(`/api/back-office/permits?organisation=${w.other.businessId}`, w.hanna.headers)
    ).json();
    expect((byOrg as PermitRow[]).map((p) => p.id)).not.toContain(permitId);
    const detail = (
      await get(`/api/back-office/permits/${permitId}`, w.kalle.headers)
    ).json() as PermitDetail;
    expect(detail).toMatchObject({
      id: permitId,
      selection: { kind: 'national' },
      endCustomers: [],
      connections: [
        { kind: 'xroad', state: 'pending', permit: { id: permitId }, organisation: { id: w.org.id } },
      ],
    });
    expect((await get(`/api/back-office/permits/${MISSING}`, w.kalle.headers)).statusCode).toBe(404);
  });

  it('revokes with a reason the holder is mailed; revoking again is 409', async () => {
    const { permitId, case: c } = await grantedPermit();
    expect((await post(`${customerPermit(permitId)}/accept-terms`, w.tessa.headers)).statusCode).toBe(200);
    const revoke = (headers: Headers, payload: object) =>
      post(`/api/back-office/permits/${permitId}/revoke`, headers, payload);
    expect((await revoke(w.hanna.headers, {})).statusCode).toBe(400);
    expect((await revoke({ cookie: w.hanna.headers.cookie }, { reason: 'x' })).statusCode).toBe(403);
    const res = await revoke(w.hanna.headers, {
      reason: 'Lupaehtojen vastainen käyttö todettu tarkastuksessa',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'revoked',
      revocationReason: 'Lupaehtojen vastainen käyttö todettu tarkastuksessa',
    });
    const again = await revoke(w.aino.headers, { reason: 'Uudelleen' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'illegal_transition' });
    const mail = (await listOutboxMail(t.db.orm, 300)).filter(
      (m) => m.kind === 'permit_revoked' && m.textBody.includes(c.reference),
    );
    expect(mail.map((m) => m.recipient).sort()).toEqual(['minerva@esimerkkila.fi', 'tessa@esimerkkila.fi']);
    expect(mail.find((m) => m.language === 'fi')?.textBody).toContain(
      'Peruutuksen syy: Lupaehtojen vastainen käyttö todettu tarkastuksessa',
    );
    expect(mail[0]?.textBody).toContain(
      `https://asiointi.example.fi/organisations/${w.org.id}/permits/${permitId}`,
    );
    const view = (await get(customerPermit(permitId), w.tessa.headers)).json() as PermitView;
    expect(view).toMatchObject({
      state: 'revoked',
      revocationReason: 'Lupaehtojen vastainen käyttö todettu tarkastuksessa',
    });
    expect((await post(`${customerPermit(permitId)}/accept-terms`, w.tessa.headers)).statusCode).toBe(409);
  });
});

describe('connections (back office)', () => {
  it('lists the pending ones with their permit and organisation; handlers approve or reject once', async () => {
    const { permitId } = await grantedPermit({ form: 'vtjkysely', content: vtjkyselyContent() });
    const pending = (
      await get('/api/back-office/connections?state=pending', w.hanna.headers)
    ).json() as ConnectionRowView[];
    const mine = pending.find((c) => c.permit.id === permitId) as ConnectionRowView;
    expect(mine).toMatchObject({
      kind: 'xroad',
      environment: 'test',
      state: 'pending',
      xroadClient: 'FI-TEST/COM/0990013-6/asiakasjarjestelma',
      permit: { interface: 'vtjkysely', state: 'terms_pending' },
      organisation: { id: w.org.id, businessId: w.org.businessId },
    });
    expect(pending.every((c) => c.state === 'pending')).toBe(true);
    const approve = await post(`/api/back-office/connections/${mine.id}/approve`, w.hanna.headers);
    expect(approve.statusCode).toBe(200);
    expect(approve.json()).toMatchObject({ state: 'approved', decidedAt: t.clock.now().toISOString() });
    const reject = await post(`/api/back-office/connections/${mine.id}/reject`, w.kalle.headers);
    expect(reject.statusCode).toBe(409);
    expect(reject.json()).toMatchObject({ error: 'illegal_transition' });
    expect((await post(`/api/back-office/connections/${MISSING}/approve`, w.kalle.headers)).statusCode).toBe(
      404,
    );
    expect((await get('/api/back-office/connections?state=weird', w.kalle.headers)).statusCode).toBe(400);

    const second = await grantedPermit({ form: 'vtjkysely', content: vtjkyselyContent() });
    const [row] = await query<{ id: string }>(
      t.db.orm,
      sql`SELECT id FROM connection WHERE permit_id = ${second.permitId}`,
    );
    expect(
      (await post(`/api/back-office/connections/${row?.id}/reject`, w.aino.headers)).json(),
    ).toMatchObject({
      state: 'rejected',
    });
    expect((await post(`/api/back-office/connections/${row?.id}/approve`, w.aino.headers)).statusCode).toBe(
      409,
    );
  });
});
