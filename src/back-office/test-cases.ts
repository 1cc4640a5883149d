/**
 * Builders for back-office tests: applications already sent to DVV, inserted as rows (the state a customer's
 * "send" leaves: a reference, version 1 frozen, a 'submitted' event), with form answers of the right shape.
 * Test-only.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { insertMembership } from '../accounts/index.js';
import { createOrganisation } from '../accounts/test-data.js';
import { query, type Sql } from '../db/index.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { loginStaff, type StaffTestSession } from '../staff/test-login.js';

export interface TestCase {
  id: string;
  reference: string;
}

export async function insertSubmittedCase(
  db: Sql,
  c: {
    organisationId: string;
    createdBy: string;
    form?: 'muutosrajapinta' | 'vtjkysely' | 'subsystem';
    kind?: 'new' | 'change';
    content?: Record<string, unknown>;
    parentPermitId?: string | null;
    relatedApplicationId?: string | null;
    preparedByOrganisationId?: string | null;
    language?: 'fi' | 'sv';
    attachments?: readonly Record<string, unknown>[];
  },
  submittedAt: Date,
): Promise<TestCase> {
  const content = c.content ?? muutosrajapintaContent();
  const at = submittedAt.toISOString();
  const [row] = await query<{ id: string; reference: string }>(
    db,
    sql`INSERT INTO application (reference, organisation_id, prepared_by_organisation_id, form, form_version, kind,
                                 parent_permit_id, related_application_id, state, content, revision, language,
                                 created_by, created_at, updated_at, submitted_at)
        VALUES ('TL-' || ${submittedAt.getUTCFullYear()} || '-' || lpad(nextval('application_reference_seq')::text, 6, '0'),
                ${c.organisationId}, ${c.preparedByOrganisationId ?? null}, ${c.form ?? 'muutosrajapinta'}, 1,
                ${c.kind ?? 'new'}, ${c.parentPermitId ?? null}, ${c.relatedApplicationId ?? null}, 'submitted',
                ${JSON.stringify(content)}::json, 1, ${c.language ?? 'fi'}, ${c.createdBy}, ${at}, ${at}, ${at})
        RETURNING id, reference`,
  );
  const id = row?.id as string;
  await db.execute(
    sql`INSERT INTO application_version (application_id, number, content, attachments, submitted_by, submitted_at)
        VALUES (${id}, 1, ${JSON.stringify(content)}::json, ${JSON.stringify(c.attachments ?? [])}::json,
                ${c.createdBy}, ${at})`,
  );
  await db.execute(
    sql`INSERT INTO application_event (application_id, at, actor_kind, actor_id, type, internal, data)
        VALUES (${id}, ${at}, 'customer', ${c.createdBy}, 'submitted', false, '{}'::json)`,
  );
  return { id, reference: row?.reference as string };
}

/** A draft (never sent): the back office must not see it. */
export async function insertDraft(
  db: Sql,
  organisationId: string,
  createdBy: string,
  now: Date,
): Promise<string> {
  const [row] = await query<{ id: string }>(
    db,
    sql`INSERT INTO application (organisation_id, form, form_version, kind, state, content, revision, language,
                                 created_by, created_at, updated_at)
        VALUES (${organisationId}, 'muutosrajapinta', 1, 'new', 'draft', '{}'::json, 1, 'fi', ${createdBy},
                ${now.toISOString()}, ${now.toISOString()})
        RETURNING id`,
  );
  return row?.id as string;
}

const justified = (codes: readonly string[]) =>
  Object.fromEntries(
    codes.map((code) => [
      code,
      { justification: `Tarvitaan asiakkaan tunnistamiseen (${code})`, legalBasis: 'Laki 5 §' },
    ]),
  );

export function muutosrajapintaContent(
  o: {
    dataGroups?: readonly string[];
    turvakielto?: boolean;
    selection?: 'hetuList' | 'municipality' | 'nationalRegister';
    municipalities?: readonly string[];
  } = {},
): Record<string, unknown> {
  return {
    purpose: 'Varhaiskasvatuksen asiakasrekisterin osoitetietojen ajantasaisuus',
    dataGroups: justified(o.dataGroups ?? ['HENKILON_NIMI', 'KOTIKUNTA', 'VAKINAINEN_KOTIMAINEN_OSOITE']),
    selectionCriterion: o.selection ?? 'municipality',
    ...(o.selection === 'hetuList' ? {} : { municipalities: o.municipalities ?? ['091', '049'] }),
    needsTurvakielto: o.turvakielto ?? false,
    ...(o.turvakielto ? { turvakieltoLegalBasis: 'Varhaiskasvatuslaki (540/2018) 70 §' } : {}),
  };
}

export function vtjkyselyContent(
  o: {
    dataGroups?: readonly string[];
    framework?: boolean;
    endCustomers?: readonly { businessId: string; name: string; dataGroups: readonly string[] }[];
    connection?: { xroadClient: string } | { certificatePem: string };
  } = {},
): Record<string, unknown> {
  const connection = o.connection ?? { xroadClient: 'FI-TEST/COM/0990013-6/asiakasjarjestelma' };
  const [instance, memberClass, memberCode, subsystemCode] =
    'xroadClient' in connection ? connection.xroadClient.split('/') : [];
  return {
    purpose: 'Asiakkaiden henkilöllisyyden tarkistaminen luottopäätöksissä',
    dataGroups: justified(o.dataGroups ?? ['HENKILON_NIMI', 'KOTIKUNTA']),
    framework: o.framework ?? false,
    ...(o.framework
      ? { endCustomers: (o.endCustomers ?? []).map((c) => ({ ...c, purpose: 'Perintä' })) }
      : {}),
    ...('xroadClient' in connection
      ? {
          connectionMethod: 'xroad',
          xroadInstance: instance,
          xroadMemberClass: memberClass,
          xroadMemberCode: memberCode,
          xroadSubsystemCode: subsystemCode,
        }
      : { connectionMethod: 'certificate', clientCertificate: connection.certificatePem }),
  };
}

export function subsystemContent(
  xroadClient = 'FI-TEST/GOV/0990013-6/varhaiskasvatus',
): Record<string, unknown> {
  const [instance, memberClass, memberCode, subsystemCode] = xroadClient.split('/');
  return {
    environment: instance === 'FI' ? 'production' : 'test',
    instance,
    memberClass,
    memberCode,
    subsystemCode,
    securityServer: 'lp1.esimerkki.fi',
  };
}

/** The people of a back-office test: an applicant organisation (main user + user), another organisation, staff. */
export interface TestWorld {
  tessa: TestSession;
  minerva: TestSession;
  joni: TestSession;
  org: { id: string; businessId: string };
  other: { id: string; businessId: string };
  hanna: StaffTestSession;
  kalle: StaffTestSession;
  aino: StaffTestSession;
}

export async function testWorld(app: FastifyInstance, db: Sql, now: Date): Promise<TestWorld> {
  const tessa = await loginAs(app, { hetu: '010280-952L' });
  const minerva = await loginAs(app, { hetu: '040265-9985', language: 'sv' });
  const joni = await loginAs(app, { hetu: '010469-999W' });
  const org = await createOrganisation(app, tessa, {
    kind: 'public',
    name: 'Esimerkkilän kunta',
    email: 'tessa@esimerkkila.fi',
  });
  await insertMembership(
    db,
    { organisationId: org.id, userId: minerva.userId, role: 'user', email: 'minerva@esimerkkila.fi' },
    now,
  );
  const other = await createOrganisation(app, joni, { name: 'Toinen Oy' });
  return {
    tessa,
    minerva,
    joni,
    org,
    other,
    hanna: await loginStaff(app, 'dev-handler'),
    kalle: await loginStaff(app, 'dev-handler-2'),
    aino: await loginStaff(app, 'dev-admin'),
  };
}
