/**
 * A whole case through the real routes of both sides: the customer sends an application, a handler takes
 * it, asks for more, the customer answers, the handler grants, the customer reads the decision and accepts
 * the terms, and the permit is active.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationView } from '../applications/schemas.js';
import { completeContent } from '../applications/test-data.js';
import { listOutboxMail } from '../mail/index.js';
import type { PermitView } from '../permits/schemas.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { lapseUnansweredCases } from './cases.js';
import type { CaseView, QueueItem } from './schemas.js';
import { type TestWorld, testWorld } from './test-cases.js';

let t: TestApp;
let w: TestWorld;

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0', PUBLIC_BASE_URL: 'https://asiointi.example.fi' } });
  w = await testWorld(t.app, t.db.orm, t.clock.now());
});
afterAll(() => t.close());

type Headers = Record<string, string>;
const send = async (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: object) => {
  const res = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json();
};

describe('a case from sending to an active permit', () => {
  it('goes through the customer’s and the handler’s routes', async () => {
    const apps = `/api/organisations/${w.org.id}/applications`;
    const created = (await send('POST', apps, w.tessa.headers, {
      form: 'muutosrajapinta',
      kind: 'new',
    })) as ApplicationView;
    const content = completeContent('muutosrajapinta', w.org.businessId);
    await send('PUT', `${apps}/${created.id}/content`, w.tessa.headers, {
      content,
      revision: created.revision,
    });
    const sent = (await send('POST', `${apps}/${created.id}/submit`, w.tessa.headers)) as ApplicationView;
    expect(sent.state).toBe('submitted');

    const queue = (await send(
      'GET',
      '/api/back-office/applications?assigned=none',
      w.hanna.headers,
    )) as QueueItem[];
    expect(queue.map((q) => q.id)).toContain(created.id);
    const cases = `/api/back-office/applications/${created.id}`;
    await send('POST', `${cases}/assign`, w.hanna.headers, {});
    await send('POST', `${cases}/notes`, w.hanna.headers, { text: 'Sisäinen: tarkista lainkohta' });
    const asked = (await send('POST', `${cases}/info-requests`, w.hanna.headers, {
      message: 'Tarkentakaa turvakieltotietojen käsittelijät.',
      deadline: '2026-12-09',
    })) as CaseView;
    const requestId = asked.infoRequests[0]?.id as string;

    const customerView = (await send('GET', `${apps}/${created.id}`, w.tessa.headers)) as ApplicationView;
    expect(customerView.state).toBe('info_requested');
    expect(JSON.stringify(customerView)).not.toContain('Sisäinen');
    expect(JSON.stringify(customerView)).toContain('Tarkentakaa turvakieltotietojen käsittelijät.');
    await send('POST', `${apps}/${created.id}/info-requests/${requestId}/answer`, w.tessa.headers, {
      answer: 'Käsittelijöinä vain kaksi nimettyä sosiaalityöntekijää.',
    });
    // Answered in time: the lapse job leaves it alone.
    expect(await lapseUnansweredCases(t.db, t.config, new Date('2026-12-31T00:00:00Z'))).toEqual({
      lapsed: 0,
    });

    const inReview = (await send('GET', cases, w.hanna.headers)) as CaseView;
    expect(inReview).toMatchObject({
      state: 'in_review',
      infoRequests: [{ answer: 'Käsittelijöinä vain kaksi nimettyä sosiaalityöntekijää.' }],
      decisionOptions: {
        turvakieltoApplied: true,
        dataGroups: [{ code: 'HENKILON_NIMI' }, { code: 'KOTIKUNTA' }],
      },
    });
    const granted = (await send('POST', `${cases}/decision`, w.hanna.headers, {
      outcome: 'granted',
      dataGroups: ['HENKILON_NIMI', 'KOTIKUNTA'],
      turvakielto: true,
      validFrom: '2026-12-01',
      validUntil: '2029-11-30',
      conditions: '',
    })) as CaseView;
    const permitId = granted.permit?.id as string;

    const decided = (await send('GET', `${apps}/${created.id}`, w.minerva.headers)) as ApplicationView;
    expect(decided).toMatchObject({
      state: 'granted',
      permitId,
      decision: { id: granted.decision?.id, outcome: 'granted' },
    });
    expect(JSON.stringify(decided.history)).not.toContain('Sisäinen');
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/organisations/${w.org.id}/decisions/${granted.decision?.id}/document`,
      headers: w.minerva.headers,
    });
    expect(pdf.statusCode).toBe(200);
    const permit = (await send(
      'POST',
      `/api/organisations/${w.org.id}/permits/${permitId}/accept-terms`,
      w.tessa.headers,
    )) as PermitView;
    expect(permit).toMatchObject({ state: 'active', turvakielto: true, reference: sent.reference });
    const kinds = (await listOutboxMail(t.db.orm, 100)).map((m) => m.kind);
    expect(kinds).toEqual(expect.arrayContaining(['info_requested', 'decision_made']));
  });
});
