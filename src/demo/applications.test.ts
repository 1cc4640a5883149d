import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_STATES, loadApplication } from '../applications/index.js';
import { query } from '../db/index.js';
import { loginAs } from '../identity/test-login.js';
import { TEST_PERSONS } from '../identity/test-persons.js';
import { getPermitOfApplication } from '../permits/index.js';
import { loginStaff } from '../staff/test-login.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { DEMO_INTERMEDIARY, DEMO_MUNICIPALITY, seedDemoAccess } from './access.js';
import {
  describeDemoApplications,
  listStoredDemoApplications,
  type StoredDemoApplication,
  seedDemoApplications,
} from './applications.js';
import { DEMO_CUSTOMER_USER, DEMO_INTERMEDIARY_USER, seedDemoEservice } from './eservice.js';

const TODAY = '2026-11-25';
let t: TestApp;
let stored: StoredDemoApplication[];
const progress: string[] = [];
// Two test identity codes (individual number 900–999) stand in for the register persons a list follows.
const followed = [TEST_PERSONS[2]?.hetu as string, TEST_PERSONS[3]?.hetu as string];

beforeAll(async () => {
  t = await buildTestApp({ now: `${TODAY}T10:00:00.000Z`, env: { DEMO: 'true', MAIL_POLL_SECONDS: '0' } });
  await t.db.orm.transaction(async (tx) => {
    await seedDemoAccess(tx, TODAY, t.clock.now());
    await seedDemoEservice(tx, t.clock.now());
  });
  const seeded = await seedDemoApplications(t.db, t.config, {
    today: TODAY,
    followed,
    report: (m) => progress.push(m),
  });
  expect(seeded).toBe(true);
  stored = await listStoredDemoApplications(t.db);
}, 120_000);
afterAll(() => t.close());

const countApplications = async () =>
  Number((await query<{ n: string }>(t.db.orm, sql`SELECT count(*) AS n FROM application`))[0]?.n);

async function organisationId(session: { headers: Record<string, string> }, businessId: string) {
  const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: session.headers });
  const { organisations } = me.json() as { organisations: { id: string; businessId: string }[] };
  return organisations.find((o) => o.businessId === businessId)?.id as string;
}

describe('demo applications', () => {
  it('cover every state of the application state machine, each as its scenario meant', async () => {
    const states = new Set<string>();
    for (const s of stored) {
      const application = await loadApplication(t.db.orm, s.id);
      expect(application?.state, s.key).toBe(s.expect.state);
      states.add(application?.state as string);
    }
    expect([...states].sort()).toEqual([...APPLICATION_STATES].sort());
  });

  it('have permits in terms_pending and active, made by the grants', async () => {
    const permitStates = [];
    for (const s of stored.filter((x) => x.expect.permit)) {
      const permit = await getPermitOfApplication(t.db.orm, s.id);
      expect(permit?.state, s.key).toBe(s.expect.permit);
      permitStates.push(permit?.state);
    }
    expect(permitStates.sort()).toEqual(['active', 'terms_pending']);
  });

  it('are seeded once: a second seeding does nothing', async () => {
    const before = await countApplications();
    expect(before).toBe(stored.length);
    expect(await seedDemoApplications(t.db, t.config, { today: TODAY, followed, report: () => {} })).toBe(
      false,
    );
    expect(await countApplications()).toBe(before);
  });

  it('report their progress while seeding', () => {
    expect(progress[0]).toMatch(/^ {2}applications: 12 in every state, \d+ steps from 2026-09-26$/);
    expect(progress.at(-1)).toMatch(/^ {2}applications ready in \d+\.\d s$/);
  });

  it('pass the form validation wherever they have been sent; the ones waiting for approval lack only the terms', async () => {
    const tessa = await loginAs(t.app, { hetu: DEMO_CUSTOMER_USER.person.hetu });
    const joni = await loginAs(t.app, { hetu: DEMO_INTERMEDIARY_USER.person.hetu });
    const municipality = await organisationId(tessa, DEMO_MUNICIPALITY.businessId);
    const intermediary = await organisationId(joni, DEMO_INTERMEDIARY.businessId);
    let sent = 0;
    for (const s of stored) {
      const application = await loadApplication(t.db.orm, s.id);
      const own = application?.organisation.businessId === DEMO_MUNICIPALITY.businessId;
      const [session, org] =
        own && s.expect.state !== 'intermediary_draft' ? [tessa, municipality] : [joni, intermediary];
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/organisations/${org}/applications/${s.id}`,
        headers: session.headers,
      });
      expect(res.statusCode, s.key).toBe(200);
      const view = res.json() as { submittedAt: string | null; issues: { path: string; code: string }[] };
      if (view.submittedAt !== null) {
        sent++;
        expect(view.issues, s.key).toEqual([]);
      } else if (
        s.expect.state === 'awaiting_customer_approval' ||
        s.expect.state === 'returned_by_customer'
      ) {
        // Complete but for the terms, which the customer accepts by approving.
        expect(view.issues.filter((i) => i.path !== 'acceptTerms')).toEqual([]);
      } else {
        // Drafts are partly filled in.
        expect(view.issues.length, s.key).toBeGreaterThan(0);
      }
    }
    expect(sent).toBe(8);
  });

  it('give the handlers a queue: the sent cases, one in review for Hanna, one waiting for an answer', async () => {
    const hanna = await loginStaff(t.app, 'dev-handler');
    const queue = await t.app.inject({
      method: 'GET',
      url: '/api/back-office/applications?assigned=any',
      headers: hanna.headers,
    });
    expect(queue.statusCode).toBe(200);
    const items = queue.json() as { id: string; state: string; assignedTo: { name: string } | null }[];
    expect(items.every((i) => !['draft', 'intermediary_draft'].includes(i.state))).toBe(true);
    const inReview = items.find((i) => i.state === 'in_review');
    expect(inReview?.assignedTo?.name).toBe('Hanna Käsittelijä');
    const waiting = stored.find((s) => s.expect.state === 'info_requested') as StoredDemoApplication;
    const caseView = await t.app.inject({
      method: 'GET',
      url: `/api/back-office/applications/${waiting.id}`,
      headers: hanna.headers,
    });
    const view = caseView.json() as {
      infoRequests: { answer: string | null; deadline: string }[];
      history: { type: string; internal: boolean }[];
      version: { attachments: { fileName: string }[] };
    };
    expect(view.infoRequests).toEqual([expect.objectContaining({ answer: null })]);
    expect(view.history.some((e) => e.type === 'note' && e.internal)).toBe(true);
    expect(view.version.attachments.map((a) => a.fileName)).toEqual([
      'tietoturvaselvitys-oppilashallinto.pdf',
    ]);

    const dashboard = await t.app.inject({
      method: 'GET',
      url: '/api/back-office/dashboard',
      headers: hanna.headers,
    });
    const stats = dashboard.json() as { processingDays: { count: number } };
    expect(stats.processingDays.count).toBeGreaterThanOrEqual(3);
  });

  it('have a real history: the lapsed case was closed by the lapse job, the active permit went through an information request', async () => {
    const lapsed = stored.find((s) => s.expect.state === 'lapsed') as StoredDemoApplication;
    const events = await query<{ type: string; actor_kind: string; at: Date }>(
      t.db.orm,
      sql`SELECT type, actor_kind, at FROM application_event WHERE application_id = ${lapsed.id} ORDER BY at`,
    );
    expect(events.at(-1)).toMatchObject({ type: 'lapsed', actor_kind: 'system' });
    const active = stored.find((s) => s.expect.permit === 'active') as StoredDemoApplication;
    const types = await query<{ type: string }>(
      t.db.orm,
      sql`SELECT type FROM application_event WHERE application_id = ${active.id} AND NOT internal ORDER BY at, id`,
    );
    expect(types.map((e) => e.type)).toEqual([
      'created',
      'submitted',
      'in_review',
      'info_requested',
      'info_answered',
      'granted',
      'terms_accepted',
    ]);
  });

  it('are described with their references and where to open them', async () => {
    const views = await describeDemoApplications(t.db);
    expect(views).toHaveLength(12);
    for (const view of views) {
      expect(view.customerPath).toMatch(/^\/organisations\/[0-9a-f-]{36}\/applications\/[0-9a-f-]{36}$/);
      const sent = view.reference !== null;
      expect(view.backOfficePath === null).toBe(!sent);
    }
    expect(views.find((v) => v.state === 'intermediary_draft')).toMatchObject({
      applicant: DEMO_MUNICIPALITY.name,
      preparedBy: DEMO_INTERMEDIARY.name,
      reference: null,
      openAs: 'Joni Kristian Kivi',
    });
    expect(views.find((v) => v.state === 'awaiting_customer_approval')?.openAs).toBe('Tessa Testilä');
    expect(views.find((v) => v.permitState === 'active')).toMatchObject({
      form: 'muutosrajapinta',
      state: 'granted',
      reference: expect.stringMatching(/\d/),
    });
  });
});
