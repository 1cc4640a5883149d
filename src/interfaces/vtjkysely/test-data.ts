/**
 * Test data for the VTJkysely tests (test-only): permits with credentials and approved connections, and
 * persons built with the register's own record builders. Every hetu is a test hetu (individual number
 * 900–999).
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
  type Selection,
} from '../../access/index.js';
import { makeBusinessId } from '../../accounts/business-id.js';
import type { Sql } from '../../db/index.js';
import { dataGroupCodes } from '../../register/catalogue/index.js';
import { makeTestHetu } from '../../register/hetu.js';
import type { GroupRecord } from '../../register/index.js';
import { getPersonById, insertPerson, setActiveHetu, updatePerson } from '../../register/persons.js';
import {
  addressRecords,
  type DomesticAddress,
  deathRecord,
  guardianRecords,
  hetuCorrectionRecords,
  homeMunicipalityRecords,
  languageRecord,
  nameRecords,
  nationalityRecord,
  type PersonName,
  type Sex,
  turvakieltoRecord,
  wardRecords,
} from '../../register/records.js';

export const ALL_PRODUCTS = [
  'PERUSSANOMA 1',
  'PERUSSANOMA 3',
  'HUOLTAJA-HUOLLETTAVAT',
  'HUOLLETTAVA-HUOLTAJAT',
  'PERUSLT1',
  'OPHREK',
  'PERUSJHHS2',
  'PERUSJHHS3',
];

export interface TestPermit {
  permitId: string;
  organisationId: string;
  businessId: string;
  username: string;
  password: string;
  xroadClient: string;
}

let organisations = 0;

function nextBusinessId(): string {
  for (;;) {
    try {
      return makeBusinessId(String(3200000 + ++organisations));
    } catch {
      // remainder 1: no valid check digit, take the next number
    }
  }
}

export interface PermitOptions {
  dataGroups?: readonly string[];
  turvakielto?: boolean;
  products?: readonly string[];
  framework?: boolean;
  selection?: Selection;
  validFrom?: string;
  validUntil?: string;
  username?: string;
  password?: string;
  xroadClient?: string;
  endCustomers?: { businessId: string; dataGroups: readonly string[]; approved: boolean }[];
}

/**
 * An active VTJkysely permit with one credential, an approved X-Road subsystem and the approved demo
 * certificate connection (what a direct request over loopback counts as in demo mode, DESIGN §5).
 */
export async function seedPermit(db: Sql, now: Date, options: PermitOptions = {}): Promise<TestPermit> {
  const businessId = nextBusinessId();
  const organisationId = await insertOrganisation(
    db,
    { name: `Testiorganisaatio ${organisations}`, businessId, kind: 'public' },
    now,
  );
  const permitId = await insertPermit(
    db,
    {
      organisationId,
      interface: 'vtjkysely',
      state: 'active',
      dataGroups: options.dataGroups ?? [...dataGroupCodes],
      turvakielto: options.turvakielto ?? false,
      selection: options.selection ?? { kind: 'hetu_list' },
      products: options.products ?? ALL_PRODUCTS,
      framework: options.framework ?? false,
      validFrom: options.validFrom ?? '2019-01-01',
      validUntil: options.validUntil ?? '2027-12-31',
    },
    now,
  );
  for (const customer of options.endCustomers ?? []) {
    await insertEndCustomer(
      db,
      permitId,
      { ...customer, name: `Loppuasiakas ${customer.businessId}`, turvakielto: false },
      now,
    );
  }
  const credential = await issueCredential(db, { id: permitId, interface: 'vtjkysely' }, now, {
    username: options.username ?? `vtjk-test-${organisations}`,
    password: options.password ?? `salasana-${organisations}`,
  });
  const xroadClient = options.xroadClient ?? `FI-TEST/MUN/${businessId}/vtjkysely-test`;
  const subsystem = await registerXRoadSubsystem(db, permitId, xroadClient, now);
  await decideConnection(db, subsystem.id, 'approved', now);
  await db.execute(
    sql`INSERT INTO connection (permit_id, kind, environment, certificate_sha256, state, created_at, decided_at)
        VALUES (${permitId}, 'certificate', 'test', ${DEMO_CERTIFICATE_SHA256}, 'approved', ${now.toISOString()}, ${now.toISOString()})`,
  );
  return {
    permitId,
    organisationId,
    businessId,
    username: credential.username,
    password: credential.password,
    xroadClient,
  };
}

/** Another credential for the same permit (clients may hold several). */
export async function addCredential(
  db: Sql,
  permitId: string,
  username: string,
  password: string,
  now: Date,
) {
  await issueCredential(db, { id: permitId, interface: 'vtjkysely' }, now, { username, password });
}

export interface TestAddress extends Omit<DomesticAddress, 'since'> {}

export const HELSINKI_ADDRESS: TestAddress = {
  municipality: '091',
  streetFi: 'Mannerheimintie',
  streetSv: 'Mannerheimvägen',
  number: '5',
  staircase: 'B',
  apartment: '023',
  postcode: '00100',
  postOfficeFi: 'HELSINKI',
  postOfficeSv: 'HELSINGFORS',
  buildingId: '900000001A',
};

export interface PersonSpec {
  hetu?: string;
  birthDate: string;
  sex: Sex;
  firstNames: string;
  lastName: string;
  /** Permanent address since `since`, home municipality since `homeSince` (default the same day). */
  address?: TestAddress & { since: string; homeSince?: string };
  language?: string;
  /** Default: Finnish since birth. */
  citizenship?: { code: string; since?: string };
  turvakielto?: { until: string };
  deceasedOn?: string;
  extra?: GroupRecord[];
}

function citizenshipRecord(c: { code: string; since?: string }): GroupRecord {
  return c.since
    ? nationalityRecord([{ code: c.code, since: c.since }])
    : {
        tietoryhma: 'KANSALAISUUS',
        henkilonKansalaisuudet: [{ kansalaisuuskoodi: c.code, voimassaolo: 'AKTIIVI' }],
      };
}

const usedNumbers = new Map<string, number>();

/** A fresh test hetu for the birth date and sex (individual numbers 900–999, never reused in a process). */
export function testHetu(birthDate: string, sex: Sex): string {
  const key = `${birthDate}${sex}`;
  const next = usedNumbers.get(key) ?? (sex === 'MIES' ? 901 : 900);
  usedNumbers.set(key, next + 2);
  return makeTestHetu(birthDate, next);
}

export interface TestPerson extends PersonName {
  id: number;
}

export async function insertTestPerson(db: Sql, spec: PersonSpec, now: Date): Promise<TestPerson> {
  const name: PersonName = {
    hetu: spec.hetu ?? testHetu(spec.birthDate, spec.sex),
    firstNames: spec.firstNames,
    lastName: spec.lastName,
    birthDate: spec.birthDate,
    sex: spec.sex,
  };
  const groups: GroupRecord[] = [
    ...nameRecords(name),
    { tietoryhma: 'SUKUPUOLI', sukupuoli: spec.sex },
    { tietoryhma: 'SYNTYMAPAIVA', syntymapv: { arvo: spec.birthDate, tarkkuus: 'PAIVA' } },
    languageRecord(spec.language ?? 'fi', spec.language === 'et' ? 'est' : 'fin', spec.birthDate),
    citizenshipRecord(spec.citizenship ?? { code: '246', since: spec.birthDate }),
  ];
  if (spec.address) {
    groups.push(
      ...addressRecords(spec.address),
      ...homeMunicipalityRecords(spec.address.municipality, spec.address.homeSince ?? spec.address.since),
    );
  }
  if (spec.turvakielto) groups.push(turvakieltoRecord(true, spec.turvakielto.until));
  if (spec.deceasedOn) groups.push(deathRecord(spec.deceasedOn));
  groups.push(...(spec.extra ?? []));
  const id = await insertPerson(
    db,
    {
      hetu: name.hetu,
      birthDate: spec.birthDate,
      sex: spec.sex,
      homeMunicipality: spec.address?.municipality ?? null,
      turvakielto: spec.turvakielto !== undefined,
      deceased: spec.deceasedOn !== undefined,
      groups,
    },
    now,
  );
  return { ...name, id };
}

/** Custody of `child` by `guardian` from the child's birth, on both sides (HUOLTAJA and HUOLLETTAVA). */
export async function addCustody(db: Sql, guardian: TestPerson, child: TestPerson, now: Date): Promise<void> {
  const role = guardian.sex === 'NAINEN' ? 'AITI' : 'ISA';
  await appendGroups(db, child.id, guardianRecords(guardian, role, child, child.birthDate), now);
  await appendGroups(db, guardian.id, wardRecords(child, role, child.birthDate), now);
}

export async function appendGroups(
  db: Sql,
  personId: number,
  records: GroupRecord[],
  now: Date,
): Promise<void> {
  const person = await getPersonById(db, personId);
  if (!person) throw new Error('no such person');
  await updatePerson(db, { ...person, groups: [...person.groups, ...records] }, now);
}

/** A hetu correction: `newHetu` becomes active and the old one stays as a passivated alias. */
export async function correctHetu(db: Sql, person: TestPerson, newHetu: string, now: Date): Promise<void> {
  const stored = await getPersonById(db, person.id);
  if (!stored) throw new Error('no such person');
  const groups = [...stored.groups, ...hetuCorrectionRecords(person.hetu, newHetu, [])];
  await updatePerson(db, { ...stored, hetu: newHetu, groups }, now);
  await setActiveHetu(db, person.id, newHetu, now);
}
