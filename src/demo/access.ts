/**
 * The demo world's customers and active permits, with fixed credentials (demo mode only; production refuses
 * the demo world): a municipality using both interfaces, and an intermediary with a VTJkysely framework
 * permit for two end customers, one approved and one not.
 */

import { sql } from 'drizzle-orm';
import {
  DEMO_CERTIFICATE_SHA256,
  decideConnection,
  insertEndCustomer,
  insertOrganisation,
  insertPermit,
  issueCredential,
  registerXRoadSubsystem,
} from '../access/index.js';
import { makeBusinessId } from '../accounts/business-id.js';
import type { Sql } from '../db/index.js';
import { dataGroupCodes } from '../register/catalogue/index.js';

export const DEMO_PRODUCTS = [
  'PERUSSANOMA 1',
  'PERUSSANOMA 3',
  'HUOLTAJA-HUOLLETTAVAT',
  'HUOLLETTAVA-HUOLTAJAT',
  'PERUSLT1',
  'OPHREK',
  'PERUSJHHS2',
  'PERUSJHHS3',
];

/** Fictional organisations with valid business-id check digits. */
export const DEMO_MUNICIPALITY = {
  name: 'Esimerkkilän kunta',
  businessId: makeBusinessId('0990013'),
  kind: 'public' as const,
};
export const DEMO_INTERMEDIARY = {
  name: 'Esimerkki Tietopalvelut Oy',
  businessId: makeBusinessId('3120459'),
  kind: 'company' as const,
};
export const DEMO_END_CUSTOMERS = [
  { name: 'Esimerkki Vuokratalot Oy', businessId: makeBusinessId('3120460'), approved: true },
  { name: 'Esimerkki Perintä Oy', businessId: makeBusinessId('3120478'), approved: false },
];

export const DEMO_CREDENTIALS = {
  muutosrajapinta: { username: 'demo-mutp', password: 'demo-mutp-salasana' },
  vtjkysely: { username: 'demo-vtjkysely', password: 'demo-vtjkysely-salasana' },
  intermediary: { username: 'demo-valittaja', password: 'demo-valittaja-salasana' },
};

export const DEMO_XROAD_CLIENTS = {
  muutosrajapinta: `FI-TEST/MUN/${DEMO_MUNICIPALITY.businessId}/demo-mutp`,
  vtjkysely: `FI-TEST/MUN/${DEMO_MUNICIPALITY.businessId}/demo-vtjkysely`,
  intermediary: `FI-TEST/COM/${DEMO_INTERMEDIARY.businessId}/demo-valittaja`,
};

async function approvedConnections(tx: Sql, permitId: string, xroadClient: string, now: Date): Promise<void> {
  const subsystem = await registerXRoadSubsystem(tx, permitId, xroadClient, now);
  await decideConnection(tx, subsystem.id, 'approved', now);
  // The demo certificate connection: what a direct request over plain loopback HTTP counts as in demo mode.
  await tx.execute(
    sql`INSERT INTO connection (permit_id, kind, environment, certificate_sha256, certificate_subject, certificate_issuer, state, created_at, decided_at)
        VALUES (${permitId}, 'certificate', 'test', ${DEMO_CERTIFICATE_SHA256}, 'CN=Tietolupa demo client', 'CN=Tietolupa demo', 'approved',
                ${now.toISOString()}, ${now.toISOString()})`,
  );
}

export async function seedDemoAccess(tx: Sql, today: string, now: Date): Promise<void> {
  const validUntil = `${Number(today.slice(0, 4)) + 3}-12-31`;
  const allGroups = [...dataGroupCodes];
  const municipality = await insertOrganisation(tx, DEMO_MUNICIPALITY, now);
  const mutp = await insertPermit(
    tx,
    {
      organisationId: municipality,
      interface: 'muutosrajapinta',
      state: 'active',
      dataGroups: allGroups,
      turvakielto: false,
      selection: { kind: 'hetu_list' },
      validFrom: today,
      validUntil,
    },
    now,
  );
  await approvedConnections(tx, mutp, DEMO_XROAD_CLIENTS.muutosrajapinta, now);
  await issueCredential(
    tx,
    { id: mutp, interface: 'muutosrajapinta' },
    now,
    DEMO_CREDENTIALS.muutosrajapinta,
  );

  const kysely = await insertPermit(
    tx,
    {
      organisationId: municipality,
      interface: 'vtjkysely',
      state: 'active',
      dataGroups: allGroups,
      turvakielto: false,
      selection: { kind: 'hetu_list' },
      products: DEMO_PRODUCTS,
      validFrom: today,
      validUntil,
    },
    now,
  );
  await approvedConnections(tx, kysely, DEMO_XROAD_CLIENTS.vtjkysely, now);
  await issueCredential(tx, { id: kysely, interface: 'vtjkysely' }, now, DEMO_CREDENTIALS.vtjkysely);

  const intermediary = await insertOrganisation(tx, DEMO_INTERMEDIARY, now);
  const framework = await insertPermit(
    tx,
    {
      organisationId: intermediary,
      interface: 'vtjkysely',
      state: 'active',
      dataGroups: allGroups,
      turvakielto: false,
      selection: { kind: 'hetu_list' },
      products: ['PERUSSANOMA 1'],
      framework: true,
      validFrom: today,
      validUntil,
    },
    now,
  );
  for (const customer of DEMO_END_CUSTOMERS) {
    await insertEndCustomer(
      tx,
      framework,
      {
        businessId: customer.businessId,
        name: customer.name,
        dataGroups: ['HENKILON_NIMI', 'VAKINAINEN_KOTIMAINEN_OSOITE', 'KOTIKUNTA', 'KUOLINPAIVA'],
        turvakielto: false,
        approved: customer.approved,
      },
      now,
    );
  }
  await approvedConnections(tx, framework, DEMO_XROAD_CLIENTS.intermediary, now);
  await issueCredential(tx, { id: framework, interface: 'vtjkysely' }, now, DEMO_CREDENTIALS.intermediary);
}
