import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMembership } from '../accounts/index.js';
import { createOrganisation } from '../accounts/test-data.js';
import { query } from '../db/index.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { makeTestHetu } from '../register/hetu.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { latestVersion } from './index.js';
import type { ApplicationView } from './schemas.js';
import { completeContent } from './test-data.js';

let t: TestApp;
let tessa: TestSession;
let anna: TestSession;
let minerva: TestSession;
let municipality: { id: string; businessId: string };
let other: { id: string; businessId: string };

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0', PUBLIC_BASE_URL: 'https://asiointi.example.fi' } });
  tessa = await loginAs(t.app, { hetu: '010280-952L' });
  anna = await loginAs(t.app, { hetu: '010675-9981' });
  minerva = await loginAs(t.app, { hetu: '040265-9985' });
  municipality = await createOrganisation(t.app, tessa, { kind: 'public', name: 'Esimerkkilän kunta' });
  other = await createOrganisation(t.app, minerva, { kind: 'public', name: 'Toinen kunta' });
  await insertMembership(
    t.db.orm,
    { organisationId: municipality.id, userId: anna.userId, role: 'user', email: 'anna@esimerkkila.example' },
    t.clock.now(),
  );
});
afterAll(() => t.close());

const apps = (orgId: string) => `/api/organisations/${orgId}/applications`;
const inject = (
  session: TestSession | undefined,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) =>
  t.app.inject({
    method,
    url,
    headers: session?.headers ?? {},
    ...(payload !== undefined ? { payload } : {}),
  });

async function start(
  session: TestSession,
  orgId: string,
  body: object = { form: 'muutosrajapinta', kind: 'new' },
) {
  const res = await inject(session, 'POST', apps(orgId), body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ApplicationView;
}

async function save(
  session: TestSession,
  orgId: string,
  view: { id: string; revision: number },
  content: object,
) {
  const res = await inject(session, 'PUT', `${apps(orgId)}/${view.id}/content`, {
    content,
    revision: view.revision,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { revision: number; issues: { path: string; code: string }[] };
}

describe('forms and reference data (public)', () => {
  it('lists the forms and serves each definition without a session', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/forms' });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([
      {
        id: 'muutosrajapinta',
        version: 1,
        title: {
          fi: 'VTJ-muutosrajapinnan hakemus ja tilaus',
          sv: 'Ansökan och beställning av VTJ-ändringsgränssnittet',
          en: 'Application and order for the VTJ change interface',
        },
        audience: ['public'],
      },
      expect.objectContaining({ id: 'vtjkysely', audience: ['public', 'company'] }),
      expect.objectContaining({ id: 'subsystem', audience: ['public', 'company'] }),
    ]);
    const form = await t.app.inject({ method: 'GET', url: '/api/forms/muutosrajapinta' });
    expect(form.statusCode).toBe(200);
    const body = form.json() as { sections: { fields: { id: string; kind: string }[] }[] };
    const fields = body.sections.flatMap((s) => s.fields);
    expect(fields.find((f) => f.id === 'turvakieltoLegalBasis')).toMatchObject({ kind: 'legalBasis' });
    expect((await t.app.inject({ method: 'GET', url: '/api/forms/nope' })).json()).toEqual({
      error: 'form_not_found',
      message: 'No such form',
    });
  });

  it("lists a form's data groups with their turvakielto flag, and the municipalities", async () => {
    const groups = (
      await t.app.inject({ method: 'GET', url: '/api/forms/muutosrajapinta/data-groups' })
    ).json() as {
      code: string;
      turvakielto: boolean;
      title: { fi: string };
    }[];
    expect(groups.find((g) => g.code === 'KOTIKUNTA')).toMatchObject({
      turvakielto: true,
      title: { fi: expect.any(String) },
    });
    expect(groups.find((g) => g.code === 'HENKILON_NIMI')).toMatchObject({ turvakielto: false });
    const kysely = (
      await t.app.inject({ method: 'GET', url: '/api/forms/vtjkysely/data-groups' })
    ).json() as {
      code: string;
    }[];
    expect(kysely.length).toBeLessThan(groups.length);
    expect(kysely.map((g) => g.code)).not.toContain('USKONTOKUNTA');
    expect((await t.app.inject({ method: 'GET', url: '/api/forms/subsystem/data-groups' })).json()).toEqual(
      [],
    );
    const municipalities = (
      await t.app.inject({ method: 'GET', url: '/api/reference/municipalities' })
    ).json() as {
      code: string;
    }[];
    expect(municipalities).toContainEqual({ code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } });
  });
});

describe('authorization', () => {
  it('needs a session (401) and membership (403, also for an organisation that does not exist)', async () => {
    expect((await inject(undefined, 'GET', apps(municipality.id))).statusCode).toBe(401);
    expect(
      (await inject(undefined, 'POST', apps(municipality.id), { form: 'vtjkysely', kind: 'new' })).statusCode,
    ).toBe(401);
    const forbidden = await inject(minerva, 'GET', apps(municipality.id));
    expect(forbidden.statusCode).toBe(403);
    const nowhere = await inject(minerva, 'GET', apps('00000000-0000-4000-8000-000000000000'));
    expect(nowhere.statusCode).toBe(403);
    expect(nowhere.json()).toEqual(forbidden.json());
    expect(
      (await inject(minerva, 'POST', apps(municipality.id), { form: 'vtjkysely', kind: 'new' })).statusCode,
    ).toBe(403);
  });

  it('refuses a write without the CSRF token (403)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: apps(municipality.id),
      headers: { cookie: tessa.headers.cookie },
      payload: { form: 'vtjkysely', kind: 'new' },
    });
    expect(res.statusCode).toBe(403);
  });

  it("another organisation's application is a 404, through every route, and never listed", async () => {
    const draft = await start(tessa, municipality.id);
    const theirs = `${apps(other.id)}/${draft.id}`;
    for (const [method, url, payload] of [
      ['GET', theirs, undefined],
      ['PUT', `${theirs}/content`, { content: {}, revision: 1 }],
      ['POST', `${theirs}/submit`, undefined],
      ['POST', `${theirs}/withdraw`, undefined],
      ['GET', `${theirs}/attachments/00000000-0000-4000-8000-000000000000`, undefined],
    ] as const) {
      const res = await inject(minerva, method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json()).toMatchObject({ error: 'application_not_found' });
    }
    // Minerva's own organisation sees only its own.
    const mine = await start(minerva, other.id, { form: 'vtjkysely', kind: 'new' });
    const list = (await inject(minerva, 'GET', apps(other.id))).json() as { id: string }[];
    expect(list.map((a) => a.id)).toEqual([mine.id]);
    const municipalityList = (await inject(tessa, 'GET', apps(municipality.id))).json() as { id: string }[];
    expect(municipalityList.map((a) => a.id)).not.toContain(mine.id);
  });

  it('refuses unknown body fields and malformed ids (400)', async () => {
    expect((await inject(tessa, 'POST', apps(municipality.id), { form: 'x', kind: 'new' })).statusCode).toBe(
      400,
    );
    expect(
      (await inject(tessa, 'POST', apps(municipality.id), { form: 'vtjkysely', kind: 'new', admin: true }))
        .statusCode,
    ).toBe(400);
    expect((await inject(tessa, 'GET', `${apps(municipality.id)}/not-a-uuid`)).statusCode).toBe(400);
  });
});

describe('starting and saving a draft', () => {
  it('creates a draft with its first history event, and shows it with its issues and what the user may do', async () => {
    const view = await start(tessa, municipality.id);
    expect(view).toMatchObject({
      reference: null,
      form: 'muutosrajapinta',
      formVersion: 1,
      kind: 'new',
      state: 'draft',
      organisation: { id: municipality.id, name: 'Esimerkkilän kunta', businessId: municipality.businessId },
      preparedBy: null,
      submittedAt: null,
      content: {},
      revision: 1,
      attachments: [],
      infoRequests: [],
      versions: [],
      permitId: null,
      decision: null,
      history: [
        {
          type: 'created',
          actor: { kind: 'customer', name: 'Tessa Testilä' },
          data: { form: 'muutosrajapinta', kind: 'new' },
        },
      ],
      can: {
        edit: true,
        submit: true,
        sendToCustomer: false,
        approve: false,
        return: false,
        withdraw: true,
        answerInfo: false,
        copy: false,
      },
    });
    expect(view.issues).toContainEqual({ path: 'purpose', code: 'required' });
    const fetched = await inject(anna, 'GET', `${apps(municipality.id)}/${view.id}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toMatchObject({ id: view.id, can: { edit: true, submit: true } });
    const audit = await query<{ action: string }>(
      t.db.orm,
      sql`SELECT action FROM audit_event WHERE target_id = ${view.id} ORDER BY created_at, action`,
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['ApplicationCreate', 'ApplicationView']),
    );
  });

  it('refuses a form not offered to the kind of organisation (422)', async () => {
    const company = await createOrganisation(t.app, tessa, { kind: 'company' });
    const res = await inject(tessa, 'POST', apps(company.id), { form: 'muutosrajapinta', kind: 'new' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: 'form_not_available' });
    expect(
      (await inject(tessa, 'POST', apps(company.id), { form: 'vtjkysely', kind: 'new' })).statusCode,
    ).toBe(201);
  });

  it('autosaves incomplete answers with a revision check, always answering with the issues', async () => {
    const view = await start(tessa, municipality.id);
    const first = await save(tessa, municipality.id, view, {
      purpose: 'Rekisterin ylläpito',
      adminContactEmail: 'ei',
    });
    expect(first.revision).toBe(2);
    expect(first.issues).toContainEqual({ path: 'adminContactEmail', code: 'invalid_email' });
    expect(first.issues).not.toContainEqual({ path: 'purpose', code: 'required' });

    const stale = await inject(anna, 'PUT', `${apps(municipality.id)}/${view.id}/content`, {
      content: {},
      revision: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'revision_conflict' });

    const second = await save(
      anna,
      municipality.id,
      { id: view.id, revision: 2 },
      completeContent('muutosrajapinta'),
    );
    expect(second).toEqual({ revision: 3, issues: [] });
    const fetched = (
      await inject(tessa, 'GET', `${apps(municipality.id)}/${view.id}`)
    ).json() as ApplicationView;
    expect(fetched.content).toEqual(completeContent('muutosrajapinta'));
    expect(fetched.revision).toBe(3);
  });

  it('refuses a field the form does not have (400 unknown_field) and a body that is not the shape (400)', async () => {
    const view = await start(tessa, municipality.id);
    const res = await inject(tessa, 'PUT', `${apps(municipality.id)}/${view.id}/content`, {
      content: { purpose: 'x', isAdmin: true },
      revision: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: 'unknown_field', message: 'The form has no such field: isAdmin' });
    expect(
      (
        await inject(tessa, 'PUT', `${apps(municipality.id)}/${view.id}/content`, {
          content: [],
          revision: 1,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await inject(tessa, 'PUT', `${apps(municipality.id)}/${view.id}/content`, {
          content: {},
          revision: 0,
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('personal data', () => {
  it('takes a long hetu list (over the 1 MB default body limit) and never logs or echoes an identity code', async () => {
    const view = await start(tessa, municipality.id);
    const hetu = makeTestHetu('1985-03-12', 905);
    const list = Array.from({ length: 110_000 }, () => hetu).join('\n');
    const saved = await save(tessa, municipality.id, view, {
      ...completeContent('muutosrajapinta'),
      selectionCriterion: 'hetuList',
      hetuList: `${list}\n310201-9000`,
    });
    expect(saved.issues).toEqual([{ path: 'hetuList', code: 'too_many', params: { max: 100_000 } }]);
    const short = await save(
      tessa,
      municipality.id,
      { id: view.id, revision: saved.revision },
      {
        ...completeContent('muutosrajapinta'),
        selectionCriterion: 'hetuList',
        hetuList: `${hetu}\n310201-9000`,
      },
    );
    expect(short.issues).toEqual([{ path: 'hetuList', code: 'invalid_hetu', params: { line: 2 } }]);
    expect(t.logLines.join('\n')).not.toContain(hetu);
    expect(t.logLines.join('\n')).not.toContain('310201-9000');
  });
});

describe('sending to DVV', () => {
  it('refuses an incomplete application with its issues (422), the turvakielto general law among them', async () => {
    const view = await start(tessa, municipality.id);
    const content = {
      ...completeContent('muutosrajapinta'),
      turvakieltoLegalBasis: 'Tietosuojalaki (1050/2018)',
    };
    delete (content as Record<string, unknown>).purpose;
    await save(tessa, municipality.id, view, content);
    const res = await inject(tessa, 'POST', `${apps(municipality.id)}/${view.id}/submit`);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({
      error: 'invalid_application',
      message: expect.any(String),
      issues: [
        { path: 'purpose', code: 'required' },
        { path: 'turvakieltoLegalBasis', code: 'general_law', params: { law: 'Tietosuojalaki (1050/2018)' } },
      ],
    });
    const after = (
      await inject(tessa, 'GET', `${apps(municipality.id)}/${view.id}`)
    ).json() as ApplicationView;
    expect(after).toMatchObject({ state: 'draft', reference: null, versions: [] });
  });

  it('freezes a version without hidden answers, gives the reference, and the version never changes afterwards', async () => {
    const view = await start(tessa, municipality.id);
    const content = {
      ...completeContent('muutosrajapinta'),
      hetuList: '010101A9999', // hidden: the selection is by municipality
      nationalCriteria: 'piilotettu',
    };
    await save(tessa, municipality.id, view, content);
    const res = await inject(anna, 'POST', `${apps(municipality.id)}/${view.id}/submit`);
    expect(res.statusCode, res.body).toBe(200);
    const sent = res.json() as ApplicationView;
    expect(sent).toMatchObject({
      state: 'submitted',
      reference: 'TL-2026-000001',
      submittedAt: '2026-11-25T10:00:00.000Z',
      versions: [{ number: 1, submittedAt: '2026-11-25T10:00:00.000Z' }],
      can: { edit: false, submit: false, withdraw: true },
    });
    expect(sent.history.map((h) => [h.type, h.actor.name])).toEqual([
      ['created', 'Tessa Testilä'],
      ['submitted', 'Anna-Liisa Milka Sallinen'],
    ]);
    expect(sent.history[1]?.data).toEqual({ version: 1, reference: 'TL-2026-000001' });

    const version = await latestVersion(t.db.orm, view.id);
    expect(version?.submittedBy).toBe(anna.userId);
    expect(version?.content).not.toHaveProperty('hetuList');
    expect(version?.content).not.toHaveProperty('nationalCriteria');
    expect(version?.content.turvakieltoLegalBasis).toBe('Sosiaalihuoltolaki (1301/2014) 41 §');
    const frozen = JSON.stringify(version);

    // Every way of changing it now is refused, and the version stays as it was.
    const edit = await inject(tessa, 'PUT', `${apps(municipality.id)}/${view.id}/content`, {
      content: { purpose: 'muutettu' },
      revision: sent.revision,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ error: 'illegal_transition' });
    const again = await inject(tessa, 'POST', `${apps(municipality.id)}/${view.id}/submit`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'illegal_transition' });
    await expect(
      t.db.orm.execute(
        sql`UPDATE application_version SET content = '{}'::json WHERE application_id = ${view.id}`,
      ),
    ).rejects.toThrow();
    expect(JSON.stringify(await latestVersion(t.db.orm, view.id))).toBe(frozen);

    const second = await start(tessa, municipality.id);
    await save(tessa, municipality.id, second, completeContent('muutosrajapinta'));
    const next = (
      await inject(tessa, 'POST', `${apps(municipality.id)}/${second.id}/submit`)
    ).json() as ApplicationView;
    expect(next.reference).toBe('TL-2026-000002');

    const mail = await query<{ n: number }>(
      t.db.orm,
      sql`SELECT count(*)::int AS n FROM audit_event WHERE action = 'ApplicationSubmit'`,
    );
    expect(mail[0]?.n).toBeGreaterThanOrEqual(2);
  });

  it('withdraws a draft and a sent application; a withdrawn one cannot be withdrawn again (409)', async () => {
    const draft = await start(tessa, municipality.id);
    const res = await inject(tessa, 'POST', `${apps(municipality.id)}/${draft.id}/withdraw`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'withdrawn', can: { edit: false, withdraw: false } });
    expect((res.json() as ApplicationView).history.at(-1)).toMatchObject({
      type: 'withdrawn',
      data: { from: 'draft' },
    });
    const again = await inject(tessa, 'POST', `${apps(municipality.id)}/${draft.id}/withdraw`);
    expect(again.statusCode).toBe(409);

    const sent = await start(tessa, municipality.id);
    await save(tessa, municipality.id, sent, completeContent('muutosrajapinta'));
    await inject(tessa, 'POST', `${apps(municipality.id)}/${sent.id}/submit`);
    const withdrawn = await inject(anna, 'POST', `${apps(municipality.id)}/${sent.id}/withdraw`, {});
    expect(withdrawn.json()).toMatchObject({
      state: 'withdrawn',
      reference: expect.stringMatching(/^TL-2026-\d{6}$/),
    });
    expect(
      (await inject(anna, 'POST', `${apps(municipality.id)}/${sent.id}/withdraw`, { reason: 'x' }))
        .statusCode,
    ).toBe(400);
  });

  it('lists the organisation’s applications, newest first', async () => {
    const list = (await inject(anna, 'GET', apps(municipality.id))).json() as {
      id: string;
      updatedAt: string;
      state: string;
    }[];
    expect(list.length).toBeGreaterThan(3);
    expect(Object.keys(list[0] ?? {}).sort()).toEqual([
      'createdAt',
      'form',
      'id',
      'kind',
      'organisation',
      'preparedBy',
      'reference',
      'state',
      'submittedAt',
      'updatedAt',
    ]);
    expect(list[0]).toMatchObject({
      organisation: { id: municipality.id, name: 'Esimerkkilän kunta', businessId: municipality.businessId },
      preparedBy: null,
    });
    expect([...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((a) => a.updatedAt)).toEqual(
      list.map((a) => a.updatedAt),
    );
  });
});

describe('change and subsystem applications', () => {
  async function grantedPermit(orgId: string, iface: string, applicationId: string | null = null) {
    const [row] = await query<{ id: string }>(
      t.db.orm,
      sql`INSERT INTO permit (organisation_id, interface, state, data_groups, turvakielto, selection, products, framework,
                              valid_from, valid_until, application_id, created_at, updated_at)
          VALUES (${orgId}, ${iface}, 'active', ARRAY['HENKILON_NIMI'], false, '{"kind":"national"}'::json, ARRAY[]::text[],
                  false, '2026-01-01', '2027-12-31', ${applicationId}, now(), now())
          RETURNING id`,
    );
    return row?.id as string;
  }

  it('a change application names a permit of the applicant, and starts from what the permit was granted on', async () => {
    const original = await start(tessa, municipality.id);
    await save(tessa, municipality.id, original, completeContent('muutosrajapinta'));
    await inject(tessa, 'POST', `${apps(municipality.id)}/${original.id}/submit`);
    const permitId = await grantedPermit(municipality.id, 'muutosrajapinta', original.id);

    expect(
      (
        await inject(tessa, 'POST', apps(municipality.id), { form: 'muutosrajapinta', kind: 'change' })
      ).json(),
    ).toMatchObject({
      error: 'parent_required',
    });
    const change = await start(tessa, municipality.id, {
      form: 'muutosrajapinta',
      kind: 'change',
      parentPermitId: permitId,
    });
    expect(change).toMatchObject({ kind: 'change', state: 'draft' });
    expect(change.content.purpose).toBe(completeContent('muutosrajapinta').purpose);
    expect(change.content).not.toHaveProperty('acceptTerms');
    expect(change.issues).toEqual([{ path: 'acceptTerms', code: 'not_accepted' }]);

    const theirs = await grantedPermit(other.id, 'muutosrajapinta');
    const refused = await inject(tessa, 'POST', apps(municipality.id), {
      form: 'muutosrajapinta',
      kind: 'change',
      parentPermitId: theirs,
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ error: 'permit_not_found' });
    const wrong = await inject(tessa, 'POST', apps(municipality.id), {
      form: 'vtjkysely',
      kind: 'change',
      parentPermitId: permitId,
    });
    expect(wrong.json()).toMatchObject({ error: 'wrong_interface' });
  });

  it('a subsystem application needs a permit or a data-permit application of the same applicant (404 otherwise)', async () => {
    const none = await inject(tessa, 'POST', apps(municipality.id), { form: 'subsystem', kind: 'new' });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ error: 'link_required' });

    const dataApplication = await start(tessa, municipality.id);
    const linked = await start(tessa, municipality.id, {
      form: 'subsystem',
      kind: 'new',
      relatedApplicationId: dataApplication.id,
    });
    expect(linked.content).toEqual({ memberCode: municipality.businessId });
    const byPermit = await start(tessa, municipality.id, {
      form: 'subsystem',
      kind: 'new',
      parentPermitId: await grantedPermit(municipality.id, 'vtjkysely'),
    });
    expect(byPermit.state).toBe('draft');
    await save(tessa, municipality.id, byPermit, completeContent('subsystem', municipality.businessId));
    expect((await inject(tessa, 'POST', `${apps(municipality.id)}/${byPermit.id}/submit`)).statusCode).toBe(
      200,
    );

    const theirApplication = await start(minerva, other.id);
    for (const body of [
      { form: 'subsystem', kind: 'new', relatedApplicationId: theirApplication.id },
      { form: 'subsystem', kind: 'new', relatedApplicationId: linked.id },
      { form: 'subsystem', kind: 'new', parentPermitId: await grantedPermit(other.id, 'vtjkysely') },
    ]) {
      expect((await inject(tessa, 'POST', apps(municipality.id), body)).statusCode).toBe(404);
    }
    const notSubsystem = await inject(tessa, 'POST', apps(municipality.id), {
      form: 'vtjkysely',
      kind: 'new',
      relatedApplicationId: dataApplication.id,
    });
    expect(notSubsystem.json()).toMatchObject({ error: 'link_not_allowed' });
  });
});
