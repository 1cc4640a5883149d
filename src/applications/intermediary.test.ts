import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMembership } from '../accounts/index.js';
import { createOrganisation } from '../accounts/test-data.js';
import { query } from '../db/index.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { listOutboxMail, type OutboxMail } from '../mail/index.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { latestVersion } from './index.js';
import type { ApplicationView } from './schemas.js';
import { completeContent, FILES, multipart } from './test-data.js';

let t: TestApp;
/** Main user of the customer (a municipality). */
let tessa: TestSession;
/** Another main user of the customer, who reads Swedish. */
let ilmari: TestSession;
/** A plain user of the customer. */
let anna: TestSession;
/** The supplier's user who prepares the applications. */
let joni: TestSession;
/** An outsider with an account of her own. */
let minerva: TestSession;
let customer: { id: string; businessId: string };
let supplier: { id: string; businessId: string };
let outsider: { id: string; businessId: string };

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0', PUBLIC_BASE_URL: 'https://asiointi.example.fi' } });
  tessa = await loginAs(t.app, { hetu: '010280-952L' });
  ilmari = await loginAs(t.app, { hetu: '260991-999R', language: 'sv' });
  anna = await loginAs(t.app, { hetu: '010675-9981' });
  joni = await loginAs(t.app, { hetu: '010469-999W' });
  minerva = await loginAs(t.app, { hetu: '040265-9985' });
  customer = await createOrganisation(t.app, tessa, {
    kind: 'public',
    name: 'Esimerkkilän kunta',
    email: 'tessa@esimerkkila.example',
  });
  supplier = await createOrganisation(t.app, joni, {
    kind: 'company',
    name: 'Järjestelmätoimittaja Oy',
    email: 'joni@toimittaja.example',
  });
  outsider = await createOrganisation(t.app, minerva, { kind: 'public' });
  const now = t.clock.now();
  await insertMembership(
    t.db.orm,
    {
      organisationId: customer.id,
      userId: ilmari.userId,
      role: 'main_user',
      email: 'ilmari@esimerkkila.example',
    },
    now,
  );
  await insertMembership(
    t.db.orm,
    { organisationId: customer.id, userId: anna.userId, role: 'user', email: 'anna@esimerkkila.example' },
    now,
  );
});
afterAll(() => t.close());

const apps = (orgId: string) => `/api/organisations/${orgId}/applications`;
const call = (session: TestSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: session.headers, ...(payload !== undefined ? { payload } : {}) });

/** The supplier prepares a complete vtjkysely application for the customer, with an attachment. */
async function prepare(): Promise<ApplicationView> {
  const res = await call(joni, 'POST', apps(supplier.id), {
    form: 'vtjkysely',
    kind: 'new',
    onBehalfOf: { businessId: customer.businessId },
  });
  expect(res.statusCode, res.body).toBe(201);
  const view = res.json() as ApplicationView;
  const content: Record<string, unknown> = completeContent('vtjkysely', customer.businessId);
  delete content.acceptTerms;
  const saved = await call(joni, 'PUT', `${apps(supplier.id)}/${view.id}/content`, {
    content,
    revision: view.revision,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const body = multipart([
    { name: 'field', value: 'attachments' },
    { name: 'file', filename: 'valtakirja.pdf', content: FILES.pdf },
  ]);
  const up = await t.app.inject({
    method: 'POST',
    url: `${apps(supplier.id)}/${view.id}/attachments`,
    headers: { ...joni.headers, ...body.headers },
    payload: body.payload,
  });
  expect(up.statusCode, up.body).toBe(201);
  return (await call(joni, 'GET', `${apps(supplier.id)}/${view.id}`)).json() as ApplicationView;
}

const newMail = async (before: OutboxMail[]) =>
  (await listOutboxMail(t.db.orm, 500)).filter((m) => !before.some((b) => b.id === m.id));

describe('preparing for a customer', () => {
  it('makes an intermediary draft the customer does not see until it is sent', async () => {
    const view = await prepare();
    expect(view).toMatchObject({
      state: 'intermediary_draft',
      organisation: { id: customer.id, name: 'Esimerkkilän kunta', businessId: customer.businessId },
      preparedBy: { id: supplier.id, name: 'Järjestelmätoimittaja Oy', businessId: supplier.businessId },
      can: { edit: true, submit: false, sendToCustomer: true, approve: false, withdraw: true },
      issues: [],
    });
    expect((await call(tessa, 'GET', `${apps(customer.id)}/${view.id}`)).statusCode).toBe(404);
    const customerList = (await call(tessa, 'GET', apps(customer.id))).json() as { id: string }[];
    expect(customerList.map((a) => a.id)).not.toContain(view.id);
    const supplierList = (await call(joni, 'GET', apps(supplier.id))).json() as { id: string }[];
    expect(supplierList.map((a) => a.id)).toContain(view.id);
  });

  it('needs the customer to have an account, and is not for oneself', async () => {
    const unknown = await call(joni, 'POST', apps(supplier.id), {
      form: 'vtjkysely',
      kind: 'new',
      onBehalfOf: { businessId: '0245437-2' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: 'no_such_customer' });
    const self = await call(joni, 'POST', apps(supplier.id), {
      form: 'vtjkysely',
      kind: 'new',
      onBehalfOf: { businessId: supplier.businessId },
    });
    expect(self.statusCode).toBe(400);
    // The form is checked against the customer's kind: the change interface is for public administration.
    const muutos = await call(joni, 'POST', apps(supplier.id), {
      form: 'muutosrajapinta',
      kind: 'new',
      onBehalfOf: { businessId: customer.businessId },
    });
    expect(muutos.statusCode).toBe(201);
  });

  it('refuses to send an incomplete draft (422) and the customer cannot submit an intermediary application', async () => {
    const res = await call(joni, 'POST', apps(supplier.id), {
      form: 'vtjkysely',
      kind: 'new',
      onBehalfOf: { businessId: customer.businessId },
    });
    const view = res.json() as ApplicationView;
    const send = await call(joni, 'POST', `${apps(supplier.id)}/${view.id}/send-to-customer`, {
      message: '',
    });
    expect(send.statusCode).toBe(422);
    expect((send.json() as { issues: { path: string }[] }).issues).toContainEqual({
      path: 'purpose',
      code: 'required',
    });
    expect((send.json() as { issues: { path: string }[] }).issues.map((i) => i.path)).not.toContain(
      'acceptTerms',
    );
    const submit = await call(joni, 'POST', `${apps(supplier.id)}/${view.id}/submit`);
    expect(submit.statusCode).toBe(403);
    expect(submit.json()).toMatchObject({ error: 'applicant_only' });
  });

  it('a supplier discards its own draft by withdrawing it; the customer never sees it', async () => {
    const view = await prepare();
    const res = await call(joni, 'POST', `${apps(supplier.id)}/${view.id}/withdraw`);
    expect(res.json()).toMatchObject({ state: 'withdrawn' });
    expect((await call(tessa, 'GET', `${apps(customer.id)}/${view.id}`)).statusCode).toBe(404);
  });
});

describe('the intermediary flow end to end', () => {
  it('supplier prepares → sends → customer main user approves → submitted, with mail and history', async () => {
    const view = await prepare();
    const before = await listOutboxMail(t.db.orm, 500);
    const sent = await call(joni, 'POST', `${apps(supplier.id)}/${view.id}/send-to-customer`, {
      message: 'Tarkistakaa yhteyshenkilöt.',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({
      state: 'awaiting_customer_approval',
      can: { edit: false, sendToCustomer: false },
    });

    // Every main user of the customer is told, each in their own language; the plain user is not.
    const mail = await newMail(before);
    expect(mail.map((m) => [m.kind, m.recipient, m.language]).sort()).toEqual([
      ['intermediary_approval', 'ilmari@esimerkkila.example', 'sv'],
      ['intermediary_approval', 'tessa@esimerkkila.example', 'fi'],
    ]);
    const link = `https://asiointi.example.fi/organisations/${customer.id}/applications/${view.id}`;
    for (const m of mail) {
      expect(m.textBody).toContain(link);
      expect(m.textBody).toContain('Järjestelmätoimittaja Oy');
      expect(m.textBody).toContain('Tarkistakaa yhteyshenkilöt.');
    }
    expect(mail.find((m) => m.language === 'sv')?.subject).toContain(
      'Ansökan om datatillstånd för VTJkysely-gränssnittet',
    );

    // The supplier can no longer change it.
    const edit = await call(joni, 'PUT', `${apps(supplier.id)}/${view.id}/content`, {
      content: {},
      revision: 3,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ error: 'illegal_transition' });
    const again = await call(joni, 'POST', `${apps(supplier.id)}/${view.id}/send-to-customer`, {
      message: '',
    });
    expect(again.statusCode).toBe(409);

    // The customer sees it now; a plain user may not approve or return it.
    const list = (await call(anna, 'GET', apps(customer.id))).json() as { id: string; preparedBy: unknown }[];
    expect(list.find((a) => a.id === view.id)?.preparedBy).toMatchObject({ id: supplier.id });
    const asAnna = (await call(anna, 'GET', `${apps(customer.id)}/${view.id}`)).json() as ApplicationView;
    expect(asAnna.can).toMatchObject({ approve: false, return: false, edit: false, submit: false });
    const annaApproves = await call(anna, 'POST', `${apps(customer.id)}/${view.id}/approve`);
    expect(annaApproves.statusCode).toBe(403);
    expect(annaApproves.json()).toMatchObject({ error: 'main_user_required' });
    expect(
      (await call(anna, 'POST', `${apps(customer.id)}/${view.id}/return`, { comment: 'ei' })).statusCode,
    ).toBe(403);
    const asTessa = (await call(tessa, 'GET', `${apps(customer.id)}/${view.id}`)).json() as ApplicationView;
    expect(asTessa.can).toMatchObject({ approve: true, return: true, edit: false });
    // The supplier cannot approve its own work, nor can an outsider reach it.
    expect((await call(joni, 'POST', `${apps(supplier.id)}/${view.id}/approve`)).statusCode).toBe(403);
    expect((await call(minerva, 'POST', `${apps(outsider.id)}/${view.id}/approve`)).statusCode).toBe(404);

    const approved = await call(tessa, 'POST', `${apps(customer.id)}/${view.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const done = approved.json() as ApplicationView;
    expect(done).toMatchObject({
      state: 'submitted',
      reference: expect.stringMatching(/^TL-2026-\d{6}$/),
      submittedAt: '2026-11-25T10:00:00.000Z',
      versions: [{ number: 1 }],
      content: { acceptTerms: true },
    });
    expect(done.history.map((h) => [h.type, h.actor.name])).toEqual([
      ['created', 'Joni Kristian Kivi'],
      ['sent_to_customer', 'Joni Kristian Kivi'],
      ['customer_approved', 'Tessa Testilä'],
      ['submitted', 'Tessa Testilä'],
    ]);
    expect(done.history[1]?.data).toEqual({ message: 'Tarkistakaa yhteyshenkilöt.' });
    const version = await latestVersion(t.db.orm, view.id);
    expect(version?.submittedBy).toBe(tessa.userId);
    expect(version?.content.acceptTerms).toBe(true);
    expect(version?.attachments.map((a) => a.fileName)).toEqual(['valtakirja.pdf']);

    // The supplier still sees it, now sent; approving twice is a 409.
    const supplierView = (
      await call(joni, 'GET', `${apps(supplier.id)}/${view.id}`)
    ).json() as ApplicationView;
    expect(supplierView).toMatchObject({
      state: 'submitted',
      can: { edit: false, withdraw: false, copy: false },
    });
    expect((await call(ilmari, 'POST', `${apps(customer.id)}/${view.id}/approve`)).statusCode).toBe(409);
    expect((await call(joni, 'POST', `${apps(supplier.id)}/${view.id}/withdraw`)).statusCode).toBe(403);

    const audit = await query<{ action: string; actor_user_id: string; organisation_id: string }>(
      t.db.orm,
      sql`SELECT action, actor_user_id, organisation_id FROM audit_event
          WHERE target_id = ${view.id} AND action IN ('ApplicationSendToCustomer', 'ApplicationApprove')
          ORDER BY action`,
    );
    expect(audit).toEqual([
      { action: 'ApplicationApprove', actor_user_id: tessa.userId, organisation_id: customer.id },
      { action: 'ApplicationSendToCustomer', actor_user_id: joni.userId, organisation_id: supplier.id },
    ]);
  });

  it('customer returns with a comment → the preparer is mailed → the supplier copies and sends again', async () => {
    const view = await prepare();
    await call(joni, 'POST', `${apps(supplier.id)}/${view.id}/send-to-customer`, { message: '' });
    expect(
      (await call(tessa, 'POST', `${apps(customer.id)}/${view.id}/return`, { comment: '  ' })).statusCode,
    ).toBe(400);
    const before = await listOutboxMail(t.db.orm, 500);
    const returned = await call(tessa, 'POST', `${apps(customer.id)}/${view.id}/return`, {
      comment: 'Tekninen yhteyshenkilö on väärä.',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({
      state: 'returned_by_customer',
      can: { approve: false, return: false },
    });
    const mail = await newMail(before);
    expect(mail.map((m) => [m.kind, m.recipient, m.language])).toEqual([
      ['intermediary_returned', 'joni@toimittaja.example', 'fi'],
    ]);
    expect(mail[0]?.textBody).toContain('Tekninen yhteyshenkilö on väärä.');
    expect(mail[0]?.textBody).toContain('Tessa Testilä');
    expect(mail[0]?.textBody).toContain(
      `https://asiointi.example.fi/organisations/${supplier.id}/applications/${view.id}`,
    );

    // Only the supplier copies, only a returned application.
    expect((await call(tessa, 'POST', `${apps(customer.id)}/${view.id}/copy`)).statusCode).toBe(403);
    const supplierView = (
      await call(joni, 'GET', `${apps(supplier.id)}/${view.id}`)
    ).json() as ApplicationView;
    expect(supplierView.can).toMatchObject({ copy: true, edit: false });
    const copy = await call(joni, 'POST', `${apps(supplier.id)}/${view.id}/copy`);
    expect(copy.statusCode, copy.body).toBe(201);
    const copied = copy.json() as ApplicationView;
    expect(copied).toMatchObject({
      state: 'intermediary_draft',
      reference: null,
      organisation: { id: customer.id },
      preparedBy: { id: supplier.id },
      issues: [],
      history: [{ type: 'created', data: { copiedFrom: view.id } }],
    });
    expect(copied.content.purpose).toBe(completeContent('vtjkysely').purpose);
    expect(copied.attachments.map((a) => a.fileName)).toEqual(['valtakirja.pdf']);
    expect(copied.attachments[0]?.id).not.toBe(supplierView.attachments[0]?.id);
    // The copy is the supplier's again until sent; the original stays returned, with a note of the copy.
    expect((await call(tessa, 'GET', `${apps(customer.id)}/${copied.id}`)).statusCode).toBe(404);
    const original = (await call(tessa, 'GET', `${apps(customer.id)}/${view.id}`)).json() as ApplicationView;
    expect(original.state).toBe('returned_by_customer');
    expect(original.history.at(-1)).toMatchObject({ type: 'copied', data: { to: copied.id } });
    expect((await call(joni, 'POST', `${apps(supplier.id)}/${copied.id}/copy`)).statusCode).toBe(409);

    const resent = await call(joni, 'POST', `${apps(supplier.id)}/${copied.id}/send-to-customer`, {
      message: 'Korjattu.',
    });
    expect(resent.json()).toMatchObject({ state: 'awaiting_customer_approval' });
    const approved = await call(ilmari, 'POST', `${apps(customer.id)}/${copied.id}/approve`);
    expect(approved.json()).toMatchObject({ state: 'submitted' });
    expect((await latestVersion(t.db.orm, copied.id))?.attachments).toHaveLength(1);
  });

  it('a second organisation sees none of it', async () => {
    const list = (await call(minerva, 'GET', apps(outsider.id))).json() as unknown[];
    expect(list).toEqual([]);
    const supplierList = (await call(joni, 'GET', apps(supplier.id))).json() as {
      organisation: { id: string };
    }[];
    expect(supplierList.length).toBeGreaterThan(3);
    expect(supplierList.every((a) => a.organisation.id === customer.id)).toBe(true);
  });
});
