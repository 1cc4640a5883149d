import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../accounts/test-data.js';
import { query } from '../db/index.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { latestVersion, listEvents, recordEvent, transitionApplication } from './index.js';
import type { ApplicationView } from './schemas.js';
import { completeContent, FILES, multipart } from './test-data.js';

let t: TestApp;
let tessa: TestSession;
let minerva: TestSession;
let org: { id: string };
let other: { id: string };
let handlerId: string;

beforeAll(async () => {
  t = await buildTestApp();
  tessa = await loginAs(t.app, { hetu: '010280-952L' });
  minerva = await loginAs(t.app, { hetu: '040265-9985' });
  org = await createOrganisation(t.app, tessa, { kind: 'public' });
  other = await createOrganisation(t.app, minerva, { kind: 'public' });
  const [staff] = await query<{ id: string }>(
    t.db.orm,
    sql`INSERT INTO staff_user (provider, subject, name, email, role, created_at)
        VALUES ('development', 'kaisa', 'Kaisa Käsittelijä', 'kaisa@dvv.example', 'handler', now()) RETURNING id`,
  );
  handlerId = staff?.id as string;
});
afterAll(() => t.close());

const apps = (orgId: string) => `/api/organisations/${orgId}/applications`;

/** A sent application that a handler has asked more of, as the back office would leave it. */
async function awaitingAnswer(): Promise<{ applicationId: string; requestId: string }> {
  const created = await t.app.inject({
    method: 'POST',
    url: apps(org.id),
    headers: tessa.headers,
    payload: { form: 'muutosrajapinta', kind: 'new' },
  });
  const view = created.json() as ApplicationView;
  await t.app.inject({
    method: 'PUT',
    url: `${apps(org.id)}/${view.id}/content`,
    headers: tessa.headers,
    payload: { content: completeContent('muutosrajapinta'), revision: 1 },
  });
  expect(
    (await t.app.inject({ method: 'POST', url: `${apps(org.id)}/${view.id}/submit`, headers: tessa.headers }))
      .statusCode,
  ).toBe(200);
  const now = t.clock.now();
  const requestId = await t.db.orm.transaction(async (tx) => {
    await transitionApplication(tx, view.id, 'assign', now);
    await transitionApplication(tx, view.id, 'request_info', now);
    const [row] = await query<{ id: string }>(
      tx,
      sql`INSERT INTO info_request (application_id, message, deadline, created_by, created_at)
          VALUES (${view.id}, 'Täsmentäkää lokien säilytysaika.', '2026-12-09T21:59:59Z', ${handlerId}, ${now.toISOString()})
          RETURNING id`,
    );
    await recordEvent(tx, {
      applicationId: view.id,
      at: now,
      actor: { kind: 'staff', id: handlerId },
      type: 'info_requested',
      internal: false,
      data: { deadline: '2026-12-09' },
    });
    await recordEvent(tx, {
      applicationId: view.id,
      at: now,
      actor: { kind: 'staff', id: handlerId },
      type: 'note',
      internal: true,
      data: { text: 'Lokit puuttuvat kokonaan' },
    });
    return row?.id as string;
  });
  return { applicationId: view.id, requestId };
}

function upload(applicationId: string, field: string, session = tessa, orgId = org.id) {
  const body = multipart([
    { name: 'field', value: field },
    { name: 'file', filename: 'lokiselvitys.pdf', content: FILES.pdf },
  ]);
  return t.app.inject({
    method: 'POST',
    url: `${apps(orgId)}/${applicationId}/attachments`,
    headers: { ...session.headers, ...body.headers },
    payload: body.payload,
  });
}

describe('answering a request for information', () => {
  it('shows the request and the staff event by name, never the internal note', async () => {
    const { applicationId, requestId } = await awaitingAnswer();
    const view = (
      await t.app.inject({ method: 'GET', url: `${apps(org.id)}/${applicationId}`, headers: tessa.headers })
    ).json() as ApplicationView;
    expect(view).toMatchObject({
      state: 'info_requested',
      infoRequests: [
        {
          id: requestId,
          message: 'Täsmentäkää lokien säilytysaika.',
          deadline: '2026-12-09T21:59:59.000Z',
          createdAt: '2026-11-25T10:00:00.000Z',
          answer: null,
          answeredAt: null,
        },
      ],
      can: { answerInfo: true, edit: false, withdraw: true },
    });
    expect(view.history.map((h) => [h.type, h.actor])).toEqual([
      ['created', { kind: 'customer', name: 'Tessa Testilä' }],
      ['submitted', { kind: 'customer', name: 'Tessa Testilä' }],
      ['info_requested', { kind: 'staff', name: 'Kaisa Käsittelijä' }],
    ]);
    expect(JSON.stringify(view)).not.toContain('Lokit puuttuvat');
    expect(
      (await listEvents(t.db.orm, applicationId, { includeInternal: true })).map((e) => e.type),
    ).toContain('note');
  });

  it('takes files for the answer, then the answer: back to review, a new version with the files', async () => {
    const { applicationId, requestId } = await awaitingAnswer();
    const field = `info-request:${requestId}`;
    const up = await upload(applicationId, field);
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ field, fileName: 'lokiselvitys.pdf' });
    // A form field cannot take files any more, nor can a request that does not exist.
    expect((await upload(applicationId, 'attachments')).statusCode).toBe(409);
    expect(
      (await upload(applicationId, 'info-request:00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    expect((await upload(applicationId, 'info-request:x')).statusCode).toBe(404);

    const url = `${apps(org.id)}/${applicationId}/info-requests/${requestId}/answer`;
    expect(
      (await t.app.inject({ method: 'POST', url, headers: tessa.headers, payload: { answer: ' ' } }))
        .statusCode,
    ).toBe(400);
    expect(
      (await t.app.inject({ method: 'POST', url, headers: tessa.headers, payload: {} })).statusCode,
    ).toBe(400);
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: tessa.headers,
      payload: { answer: 'Lokit säilytetään viisi vuotta.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as ApplicationView;
    expect(view).toMatchObject({
      state: 'in_review',
      infoRequests: [
        { id: requestId, answer: 'Lokit säilytetään viisi vuotta.', answeredAt: '2026-11-25T10:00:00.000Z' },
      ],
      versions: [{ number: 1 }, { number: 2 }],
      can: { answerInfo: false },
    });
    expect(view.history.at(-1)).toMatchObject({
      type: 'info_answered',
      actor: { kind: 'customer', name: 'Tessa Testilä' },
      data: { requestId, version: 2, attachments: 1 },
    });
    const [stored] = await query<{ answered_by: string }>(
      t.db.orm,
      sql`SELECT answered_by FROM info_request WHERE id = ${requestId}`,
    );
    expect(stored?.answered_by).toBe(tessa.userId);
    const first = await latestVersion(t.db.orm, applicationId);
    expect(first?.number).toBe(2);
    expect(first?.attachments.map((a) => a.field)).toEqual([field]);

    // Once: a second answer and a late file are refused.
    const again = await t.app.inject({
      method: 'POST',
      url,
      headers: tessa.headers,
      payload: { answer: 'Vielä.' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'already_answered' });
    expect((await upload(applicationId, field)).statusCode).toBe(409);
  });

  it('is the applicant’s own: 401 without a session, 403 outside, 404 through another organisation or for another request', async () => {
    const { applicationId, requestId } = await awaitingAnswer();
    const path = (orgId: string, id = requestId) =>
      `${apps(orgId)}/${applicationId}/info-requests/${id}/answer`;
    const payload = { answer: 'Vastaus' };
    expect((await t.app.inject({ method: 'POST', url: path(org.id), payload })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: path(org.id), headers: minerva.headers, payload }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: path(other.id), headers: minerva.headers, payload }))
        .statusCode,
    ).toBe(404);
    const otherRequest = (await awaitingAnswer()).requestId;
    const wrong = await t.app.inject({
      method: 'POST',
      url: path(org.id, otherRequest),
      headers: tessa.headers,
      payload,
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json()).toMatchObject({ error: 'info_request_not_found' });
  });

  it('an answer races the lapse job: whichever comes second gets a 409 and changes nothing', async () => {
    const { applicationId, requestId } = await awaitingAnswer();
    await t.db.orm.transaction((tx) => transitionApplication(tx, applicationId, 'lapse', t.clock.now()));
    const res = await t.app.inject({
      method: 'POST',
      url: `${apps(org.id)}/${applicationId}/info-requests/${requestId}/answer`,
      headers: tessa.headers,
      payload: { answer: 'Myöhässä' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'illegal_transition' });
    const [stored] = await query<{ answer: string | null }>(
      t.db.orm,
      sql`SELECT answer FROM info_request WHERE id = ${requestId}`,
    );
    expect(stored?.answer).toBeNull();
  });

  it('removing a file of an unanswered answer is allowed; of an answered one it is not', async () => {
    const { applicationId, requestId } = await awaitingAnswer();
    const field = `info-request:${requestId}`;
    const a = (await upload(applicationId, field)).json() as { id: string };
    const b = (await upload(applicationId, field)).json() as { id: string };
    const del = (id: string) =>
      t.app.inject({
        method: 'DELETE',
        url: `${apps(org.id)}/${applicationId}/attachments/${id}`,
        headers: tessa.headers,
      });
    expect((await del(a.id)).statusCode).toBe(204);
    await t.app.inject({
      method: 'POST',
      url: `${apps(org.id)}/${applicationId}/info-requests/${requestId}/answer`,
      headers: tessa.headers,
      payload: { answer: 'Liitteenä.' },
    });
    expect((await del(b.id)).statusCode).toBe(409);
    expect((await latestVersion(t.db.orm, applicationId))?.attachments.map((x) => x.id)).toEqual([b.id]);
  });
});
