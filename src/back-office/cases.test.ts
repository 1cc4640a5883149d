import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEvents } from '../applications/index.js';
import { query } from '../db/index.js';
import { listOutboxMail } from '../mail/index.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { lapseUnansweredCases } from './cases.js';
import type { CaseView, QueueItem } from './schemas.js';
import {
  insertDraft,
  insertSubmittedCase,
  type TestCase,
  type TestWorld,
  testWorld,
  vtjkyselyContent,
} from './test-cases.js';

let t: TestApp;
let w: TestWorld;
const MISSING = '00000000-0000-4000-8000-000000000000';
const DAY = 86_400_000;

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0', PUBLIC_BASE_URL: 'https://asiointi.example.fi' } });
  w = await testWorld(t.app, t.db.orm, t.clock.now());
});
afterAll(() => t.close());

type Method = 'GET' | 'POST';
const call = (method: Method, url: string, headers: Record<string, string> = {}, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const base = '/api/back-office/applications';

async function newCase(options: Parameters<typeof insertSubmittedCase>[1] | object = {}, daysAgo = 0) {
  return insertSubmittedCase(
    t.db.orm,
    { organisationId: w.org.id, createdBy: w.tessa.userId, ...options },
    new Date(t.clock.now().getTime() - daysAgo * DAY),
  );
}
async function assign(c: TestCase, who = w.hanna, payload: object = {}) {
  const res = await call('POST', `${base}/${c.id}/assign`, who.headers, payload);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CaseView;
}
const stateOf = async (id: string) =>
  (await query<{ state: string }>(t.db.orm, sql`SELECT state FROM application WHERE id = ${id}`))[0]?.state;

describe('every back-office route', () => {
  it('needs a staff session: 401 without one and 401 with a customer session', async () => {
    const c = await newCase();
    const routes: [Method, string][] = [
      ['GET', base],
      ['GET', `${base}/${c.id}`],
      ['GET', `${base}/${c.id}/attachments/${MISSING}`],
      ['POST', `${base}/${c.id}/assign`],
      ['POST', `${base}/${c.id}/notes`],
      ['POST', `${base}/${c.id}/info-requests`],
      ['POST', `${base}/${c.id}/decision`],
      ['GET', `/api/back-office/decisions/${MISSING}/document`],
      ['GET', '/api/back-office/permits'],
      ['GET', `/api/back-office/permits/${MISSING}`],
      ['POST', `/api/back-office/permits/${MISSING}/revoke`],
      ['GET', '/api/back-office/connections'],
      ['POST', `/api/back-office/connections/${MISSING}/approve`],
      ['POST', `/api/back-office/connections/${MISSING}/reject`],
      ['GET', '/api/back-office/dashboard'],
      ['POST', '/api/back-office/disclosures/search'],
      ['GET', '/api/back-office/staff'],
      ['GET', '/api/back-office/session'],
      ['POST', '/api/back-office/logout'],
    ];
    for (const [method, url] of routes) {
      for (const headers of [{}, w.tessa.headers]) {
        const res = await call(method, url, headers, method === 'POST' ? {} : undefined);
        expect(res.statusCode, `${method} ${url}`).toBe(401);
        expect(res.json()).toMatchObject({ error: 'unauthenticated' });
      }
    }
    expect(await stateOf(c.id)).toBe('submitted');
  });
});

describe('the queue', () => {
  it('lists sent cases oldest first with their age, never drafts, and filters them', async () => {
    const draft = await insertDraft(t.db.orm, w.org.id, w.tessa.userId, t.clock.now());
    const old = await newCase({}, 20);
    const recent = await newCase({ form: 'vtjkysely', content: vtjkyselyContent() }, 2);
    const otherOrg = await newCase({ organisationId: w.other.id, createdBy: w.joni.userId }, 5);
    await assign(recent, w.kalle);

    const all = (await call('GET', base, w.hanna.headers)).json() as QueueItem[];
    const ids = all.map((i) => i.id);
    expect(ids).not.toContain(draft);
    expect(ids.indexOf(old.id)).toBeLessThan(ids.indexOf(otherOrg.id));
    expect(all.find((i) => i.id === old.id)).toMatchObject({
      reference: old.reference,
      form: 'muutosrajapinta',
      kind: 'new',
      state: 'submitted',
      organisation: { id: w.org.id, name: 'Esimerkkilän kunta', businessId: w.org.businessId },
      preparedBy: null,
      assignedTo: null,
      ageDays: 20,
    });
    const list = async (q: string, who = w.hanna) =>
      ((await call('GET', `${base}?${q}`, who.headers)).json() as QueueItem[]).map((i) => i.id);
    expect(await list('form=vtjkysely')).toEqual(expect.arrayContaining([recent.id]));
    expect(await list('form=vtjkysely')).not.toContain(old.id);
    expect(await list('state=in_review')).toContain(recent.id);
    expect(await list('state=submitted,in_review')).toEqual(expect.arrayContaining([old.id, recent.id]));
    expect(await list('minAgeDays=10')).toContain(old.id);
    expect(await list('minAgeDays=10')).not.toContain(otherOrg.id);
    expect(await list(`organisation=${w.other.id}`)).toEqual([otherOrg.id]);
    expect(await list(`organisation=${w.other.businessId}`)).toEqual([otherOrg.id]);
    expect(await list('organisation=toinen')).toEqual([otherOrg.id]);
    expect(await list('assigned=me', w.kalle)).toEqual([recent.id]);
    expect(await list('assigned=none')).not.toContain(recent.id);
    expect(await list('assigned=me')).not.toContain(recent.id);
    expect((await call('GET', `${base}?state=nonsense;drop`, w.hanna.headers)).statusCode).toBe(400);
    expect((await call('GET', `${base}?sort=age`, w.hanna.headers)).statusCode).toBe(400);
  });
});

describe('the case view', () => {
  it('shows the sent version, the history and what the staff member may do', async () => {
    const c = await newCase({
      attachments: [
        {
          id: MISSING,
          field: 'attachments',
          fileName: 'x.pdf',
          mediaType: 'application/pdf',
          size: 3,
          sha256: 'ab',
        },
      ],
    });
    const res = await call('GET', `${base}/${c.id}`, w.hanna.headers);
    expect(res.statusCode).toBe(200);
    const view = res.json() as CaseView;
    expect(view).toMatchObject({
      id: c.id,
      reference: c.reference,
      state: 'submitted',
      formVersion: 1,
      language: 'fi',
      version: { number: 1, content: { purpose: expect.any(String) }, attachments: [{ fileName: 'x.pdf' }] },
      versions: [{ number: 1 }],
      history: [{ type: 'submitted', actor: { kind: 'customer', name: 'Tessa Testilä' }, internal: false }],
      infoRequests: [],
      decision: null,
      permit: null,
      can: { assign: true, note: true, requestInfo: false, decide: false },
      decisionOptions: {
        dataGroups: [
          { code: 'HENKILON_NIMI', title: { fi: expect.any(String) } },
          { code: 'KOTIKUNTA' },
          { code: 'VAKINAINEN_KOTIMAINEN_OSOITE', turvakielto: true },
        ],
        turvakieltoApplied: false,
        selection: { kind: 'municipalities', codes: ['091', '049'] },
        products: [],
      },
    });
    const audit = await query<{ action: string }>(
      t.db.orm,
      sql`SELECT action FROM audit_event WHERE actor_user_id = ${w.hanna.staffUserId} AND target_id = ${c.id}`,
    );
    expect(audit.map((a) => a.action)).toContain('CaseView');
  });

  it('is 404 for a draft and for an unknown id', async () => {
    const draft = await insertDraft(t.db.orm, w.org.id, w.tessa.userId, t.clock.now());
    expect((await call('GET', `${base}/${draft}`, w.hanna.headers)).statusCode).toBe(404);
    expect((await call('GET', `${base}/${MISSING}`, w.hanna.headers)).json()).toMatchObject({
      error: 'case_not_found',
    });
    expect((await call('GET', `${base}/not-a-uuid`, w.hanna.headers)).statusCode).toBe(400);
  });

  it('gives handlers an attachment of the case, and 404 for one of another case', async () => {
    const c = await newCase();
    const [file] = await query<{ id: string }>(
      t.db.orm,
      sql`INSERT INTO attachment (application_id, field, file_name, media_type, size, sha256, content, uploaded_by, created_at)
          VALUES (${c.id}, 'attachments', 'Tietoturvaselvitys ä.pdf', 'application/pdf', 8, 'x',
                  ${Buffer.from('%PDF-1.4')}, ${w.tessa.userId}, ${t.clock.now().toISOString()})
          RETURNING id`,
    );
    const res = await call('GET', `${base}/${c.id}/attachments/${file?.id}`, w.hanna.headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Tietoturvaselvitys _.pdf"; filename*=UTF-8''Tietoturvaselvitys%20%C3%A4.pdf`,
    );
    expect(res.rawPayload.toString()).toBe('%PDF-1.4');
    const another = await newCase();
    expect(
      (await call('GET', `${base}/${another.id}/attachments/${file?.id}`, w.hanna.headers)).statusCode,
    ).toBe(404);
  });
});

describe('assigning', () => {
  it('takes a case into review for oneself, with a public and an internal event', async () => {
    const c = await newCase();
    const view = await assign(c);
    expect(view).toMatchObject({
      state: 'in_review',
      assignedTo: { id: w.hanna.staffUserId, name: 'Hanna Käsittelijä' },
      can: { requestInfo: true, decide: true },
    });
    expect(view.history.map((e) => [e.type, e.internal]).sort()).toEqual([
      ['assigned', true],
      ['in_review', false],
      ['submitted', false],
    ]);
  });

  it('lets a handler hand a case to another handler, but not to an administrator; an admin to anyone', async () => {
    const c = await newCase();
    expect((await assign(c, w.hanna, { staffUserId: w.kalle.staffUserId })).assignedTo?.id).toBe(
      w.kalle.staffUserId,
    );
    const res = await call('POST', `${base}/${c.id}/assign`, w.hanna.headers, {
      staffUserId: w.aino.staffUserId,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'assign_forbidden' });
    expect((await assign(c, w.aino, { staffUserId: w.aino.staffUserId })).assignedTo?.id).toBe(
      w.aino.staffUserId,
    );
    expect(
      (await call('POST', `${base}/${c.id}/assign`, w.aino.headers, { staffUserId: MISSING })).statusCode,
    ).toBe(404);
    expect((await call('POST', `${base}/${c.id}/assign`, w.aino.headers, { other: 1 })).statusCode).toBe(400);
  });

  it('refuses a draft and a decided case with 409, leaving the state as it was', async () => {
    const draft = await insertDraft(t.db.orm, w.org.id, w.tessa.userId, t.clock.now());
    const res = await call('POST', `${base}/${draft}/assign`, w.hanna.headers, {});
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'illegal_transition' });
    expect(await stateOf(draft)).toBe('draft');

    const c = await newCase();
    await assign(c);
    const denied = await call('POST', `${base}/${c.id}/decision`, w.hanna.headers, {
      outcome: 'denied',
      reasons: 'Käyttötarkoitus ei edellytä tietoja',
    });
    expect(denied.statusCode).toBe(200);
    expect((await call('POST', `${base}/${c.id}/assign`, w.kalle.headers, {})).statusCode).toBe(409);
    expect(await stateOf(c.id)).toBe('denied');
  });
});

describe('internal notes', () => {
  it('are kept in the case history for staff and never in what the customer sees', async () => {
    const c = await newCase();
    const res = await call('POST', `${base}/${c.id}/notes`, w.kalle.headers, {
      text: 'Soitettu hakijalle, odottaa lisäselvitystä',
    });
    expect(res.statusCode).toBe(200);
    const note = (res.json() as CaseView).history.find((e) => e.type === 'note');
    expect(note).toMatchObject({
      internal: true,
      actor: { kind: 'staff', name: 'Kalle Käsittelijä' },
      data: { text: 'Soitettu hakijalle, odottaa lisäselvitystä' },
    });
    const customerSees = await listEvents(t.db.orm, c.id, { includeInternal: false });
    expect(customerSees.map((e) => e.type)).toEqual(['submitted']);
    expect(JSON.stringify(customerSees)).not.toContain('Soitettu');
    const customerView = await call(
      'GET',
      `/api/organisations/${w.org.id}/applications/${c.id}`,
      w.tessa.headers,
    );
    expect(customerView.statusCode).toBe(200);
    expect(customerView.body).not.toContain('Soitettu');
    expect((await call('POST', `${base}/${c.id}/notes`, w.kalle.headers, { text: '   ' })).statusCode).toBe(
      400,
    );
  });
});

describe('requests for information', () => {
  it('need the case in review (409 for a sent but unassigned case) and its handler (403)', async () => {
    const c = await newCase();
    const body = { message: 'Toimittakaa tietoturvaselvitys', deadline: '2026-12-09' };
    // Hanna is an ordinary handler and the case is not hers.
    const unassigned = await call('POST', `${base}/${c.id}/info-requests`, w.hanna.headers, body);
    expect(unassigned.statusCode).toBe(403);
    const admin = await call('POST', `${base}/${c.id}/info-requests`, w.aino.headers, body);
    expect(admin.statusCode).toBe(409);
    expect(await stateOf(c.id)).toBe('submitted');
    await assign(c, w.kalle);
    const notHers = await call('POST', `${base}/${c.id}/info-requests`, w.hanna.headers, body);
    expect(notHers.json()).toMatchObject({ error: 'not_assigned' });
  });

  it('want a deadline after today', async () => {
    const c = await newCase();
    await assign(c);
    for (const deadline of ['2026-11-25', '2026-11-01']) {
      const res = await call('POST', `${base}/${c.id}/info-requests`, w.hanna.headers, {
        message: 'x',
        deadline,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ error: 'deadline_not_in_future' });
    }
    expect(
      (
        await call('POST', `${base}/${c.id}/info-requests`, w.hanna.headers, {
          message: 'x',
          deadline: '9.12.2026',
        })
      ).statusCode,
    ).toBe(400);
    expect(await stateOf(c.id)).toBe('in_review');
  });

  it('wait for the customer, mail the applicant organisation, and lapse the case when unanswered', async () => {
    const c = await newCase();
    await assign(c);
    const res = await call('POST', `${base}/${c.id}/info-requests`, w.hanna.headers, {
      message: 'Toimittakaa tietoturvaselvitys',
      deadline: '2026-12-09',
    });
    expect(res.statusCode).toBe(200);
    const view = res.json() as CaseView;
    expect(view).toMatchObject({
      state: 'info_requested',
      infoRequests: [
        {
          message: 'Toimittakaa tietoturvaselvitys',
          deadline: '2026-12-09',
          deadlineAt: '2026-12-09T21:59:59.999Z',
          createdBy: { name: 'Hanna Käsittelijä' },
          answer: null,
        },
      ],
      can: { requestInfo: false, decide: false, assign: true },
    });
    expect(view.history.find((e) => e.type === 'info_requested')).toMatchObject({
      internal: false,
      actor: { kind: 'staff', name: 'Hanna Käsittelijä' },
    });
    const mail = (await listOutboxMail(t.db.orm, 100)).filter(
      (m) => m.kind === 'info_requested' && m.textBody.includes(c.reference),
    );
    expect(mail.map((m) => [m.recipient, m.language]).sort()).toEqual([
      ['minerva@esimerkkila.fi', 'sv'],
      ['tessa@esimerkkila.fi', 'fi'],
    ]);
    expect(mail[0]?.textBody).toContain(
      `https://asiointi.example.fi/organisations/${w.org.id}/applications/${c.id}`,
    );

    // A second request while one is open is not a transition from info_requested.
    expect(
      (
        await call('POST', `${base}/${c.id}/info-requests`, w.hanna.headers, {
          message: 'x',
          deadline: '2026-12-10',
        })
      ).statusCode,
    ).toBe(409);
    // Reassigning keeps it waiting.
    expect((await assign(c, w.aino, { staffUserId: w.kalle.staffUserId })).state).toBe('info_requested');

    // The deadline day is not over yet at 23:59 Finnish time…
    expect(await lapseUnansweredCases(t.db, t.config, new Date('2026-12-09T21:59:00Z'))).toEqual({
      lapsed: 0,
    });
    expect(await stateOf(c.id)).toBe('info_requested');
    // …and the case lapses once it is, once.
    const after = new Date('2026-12-09T22:00:00Z');
    expect(await lapseUnansweredCases(t.db, t.config, after)).toEqual({ lapsed: 1 });
    expect(await lapseUnansweredCases(t.db, t.config, after)).toEqual({ lapsed: 0 });
    expect(await stateOf(c.id)).toBe('lapsed');
    const lapsed = (await call('GET', `${base}/${c.id}`, w.hanna.headers)).json() as CaseView;
    expect(lapsed.history.at(-1)).toMatchObject({
      type: 'lapsed',
      actor: { kind: 'system', name: null },
      internal: false,
    });
    const lapseMail = (await listOutboxMail(t.db.orm, 200)).filter(
      (m) => m.kind === 'application_lapsed' && m.textBody.includes(c.reference),
    );
    expect(lapseMail).toHaveLength(2);
    expect(
      (await call('POST', `${base}/${c.id}/decision`, w.kalle.headers, { outcome: 'denied', reasons: 'x' }))
        .statusCode,
    ).toBe(409);
  });
});
