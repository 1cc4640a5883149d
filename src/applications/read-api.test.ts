import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../accounts/test-data.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import {
  appliedDataGroups,
  appliedEndCustomers,
  appliedSelection,
  appliedTurvakielto,
  attachmentContent,
  formDefinition,
  latestVersion,
  listEvents,
  loadApplication,
  recordEvent,
} from './index.js';
import { insertApplication, insertAttachment, insertVersion } from './queries.js';

let t: TestApp;
let tessa: TestSession;
let organisationId: string;

beforeAll(async () => {
  t = await buildTestApp();
  tessa = await loginAs(t.app, { hetu: '010280-952L' });
  organisationId = (await createOrganisation(t.app, tessa, { kind: 'public' })).id;
});
afterAll(() => t.close());

describe('the read API for the back office', () => {
  it('loads an application, its events with actor names, its latest version and an attachment', async () => {
    const now = t.clock.now();
    const id = await insertApplication(
      t.db.orm,
      {
        organisationId,
        preparedByOrganisationId: null,
        form: 'muutosrajapinta',
        formVersion: 1,
        kind: 'new',
        parentPermitId: null,
        relatedApplicationId: null,
        state: 'submitted',
        content: { purpose: 'Asiakasrekisteri' },
        language: 'fi',
        createdBy: tessa.userId,
      },
      now,
    );
    const app = await loadApplication(t.db.orm, id);
    expect(app).toMatchObject({
      id,
      reference: null,
      organisation: { id: organisationId },
      preparedBy: null,
      form: 'muutosrajapinta',
      state: 'submitted',
      content: { purpose: 'Asiakasrekisteri' },
      revision: 1,
      createdAt: now,
    });
    expect(await loadApplication(t.db.orm, '00000000-0000-4000-8000-000000000000')).toBeUndefined();

    await recordEvent(t.db.orm, {
      applicationId: id,
      at: now,
      actor: { kind: 'customer', id: tessa.userId },
      type: 'submitted',
      internal: false,
    });
    await recordEvent(t.db.orm, {
      applicationId: id,
      at: new Date(now.getTime() + 1000),
      actor: { kind: 'system', id: null },
      type: 'note',
      internal: true,
      data: { text: 'sisäinen' },
    });
    const all = await listEvents(t.db.orm, id, { includeInternal: true });
    expect(all.map((e) => [e.type, e.internal, e.actor.name])).toEqual([
      ['submitted', false, 'Tessa Testilä'],
      ['note', true, null],
    ]);
    expect(all[1]?.data).toEqual({ text: 'sisäinen' });
    expect((await listEvents(t.db.orm, id, { includeInternal: false })).map((e) => e.type)).toEqual([
      'submitted',
    ]);

    const file = await insertAttachment(
      t.db.orm,
      {
        applicationId: id,
        infoRequestId: null,
        field: 'attachments',
        fileName: 'lupa.pdf',
        mediaType: 'application/pdf',
        sha256: 'ab',
        content: Buffer.from('%PDF-1.4'),
        uploadedBy: tessa.userId,
      },
      now,
    );
    expect(await attachmentContent(t.db.orm, id, file.id)).toMatchObject({
      fileName: 'lupa.pdf',
      size: 8,
      content: Buffer.from('%PDF-1.4'),
    });

    expect(await latestVersion(t.db.orm, id)).toBeUndefined();
    await insertVersion(
      t.db.orm,
      { applicationId: id, content: { a: 1 }, attachments: [], submittedBy: tessa.userId },
      now,
    );
    const second = await insertVersion(
      t.db.orm,
      { applicationId: id, content: { a: 2 }, attachments: [], submittedBy: tessa.userId },
      now,
    );
    expect(second).toBe(2);
    expect(await latestVersion(t.db.orm, id)).toMatchObject({ number: 2, content: { a: 2 } });
  });

  it('reads what an application asks for from its content', () => {
    const content = {
      dataGroups: {
        HENKILON_NIMI: { justification: 'x', legalBasis: 'y' },
        NOT_A_GROUP: { justification: 'x', legalBasis: 'y' },
      },
      needsTurvakielto: true,
      framework: true,
      endCustomers: [
        { businessId: '0245437-2', name: 'Asiakas', purpose: 'p', dataGroups: ['KOTIKUNTA', 'X'] },
      ],
      selectionCriterion: 'municipality',
      municipalities: ['091'],
    };
    expect(appliedDataGroups(content)).toEqual(['HENKILON_NIMI']);
    expect(appliedTurvakielto(content)).toBe(true);
    expect(appliedEndCustomers(content)).toEqual([
      { businessId: '0245437-2', name: 'Asiakas', purpose: 'p', dataGroups: ['KOTIKUNTA'] },
    ]);
    expect(appliedSelection(content)).toEqual({ kind: 'municipalities', codes: ['091'] });
    expect(appliedDataGroups({})).toEqual([]);
    expect(appliedEndCustomers({ framework: false, endCustomers: [] })).toEqual([]);
    expect(formDefinition('muutosrajapinta').id).toBe('muutosrajapinta');
    expect(formDefinition('nope')).toBeUndefined();
  });
});
