/**
 * Test-only builders: a customer with a muutosrajapinta permit, an approved X-Road connection and a
 * credential; headers as each real client sends them; register persons and changes. Every hetu is a test
 * hetu (individual number 900–999).
 */
import {
  decideConnection,
  insertOrganisation,
  insertPermit,
  issueCredential,
  registerXRoadSubsystem,
  type Selection,
} from '../../access/index.js';
import { makeBusinessId } from '../../accounts/business-id.js';
import type { Database, Sql } from '../../db/index.js';
import { dataGroupCodes } from '../../register/catalogue/index.js';
import { appendChanges } from '../../register/change-log.js';
import { type GeneratedPerson, PopulationGenerator } from '../../register/generator/population.js';
import { Random } from '../../register/generator/random.js';
import { type GroupRecord, generatePopulation } from '../../register/index.js';
import { getPersonById, insertPerson, updatePerson } from '../../register/persons.js';
import { type EventKind, runEvent } from '../../register/simulator/simulate.js';

export interface TestClient {
  permitId: string;
  organisationId: string;
  connectionId: string;
  xroadClient: string;
  username: string;
  password: string;
}

let organisations = 0;

/** A fresh valid Y-tunnus: numbers whose check remainder is 1 are never issued, so skip them. */
function nextBusinessId(): string {
  for (;;) {
    organisations++;
    try {
      return makeBusinessId(String(4_100_000 + organisations));
    } catch {}
  }
}

export async function insertTestClient(
  db: Sql,
  now: Date,
  options: {
    dataGroups?: readonly string[];
    turvakielto?: boolean;
    selection?: Selection;
    interface?: 'muutosrajapinta' | 'vtjkysely';
    validUntil?: string;
    approved?: boolean;
  } = {},
): Promise<TestClient> {
  const businessId = nextBusinessId();
  const organisationId = await insertOrganisation(
    db,
    { name: `Testikunta ${organisations}`, businessId, kind: 'public' },
    now,
  );
  const permitInterface = options.interface ?? 'muutosrajapinta';
  const permitId = await insertPermit(
    db,
    {
      organisationId,
      interface: permitInterface,
      state: 'active',
      dataGroups: options.dataGroups ?? [...dataGroupCodes],
      turvakielto: options.turvakielto ?? false,
      selection: options.selection ?? { kind: 'hetu_list' },
      ...(permitInterface === 'vtjkysely' ? { products: ['PERUSSANOMA 1'] } : {}),
      validFrom: '2026-01-01',
      validUntil: options.validUntil ?? '2030-12-31',
    },
    now,
  );
  const xroadClient = `FI-TEST/MUN/${businessId}/evaka${organisations}`;
  const connection = await registerXRoadSubsystem(db, permitId, xroadClient, now);
  if (options.approved !== false) await decideConnection(db, connection.id, 'approved', now);
  const credential = await issueCredential(db, { id: permitId, interface: permitInterface }, now);
  return {
    permitId,
    organisationId,
    connectionId: connection.id,
    xroadClient,
    username: credential.username,
    password: credential.password,
  };
}

const base64 = (client: TestClient) =>
  Buffer.from(`${client.username}:${client.password}`).toString('base64');

/** eVaka since 2026-03 (OkHttp): Basic authorization, X-Road-Client, JSON with a charset. */
export function evakaHeaders(client: TestClient): Record<string, string> {
  return {
    accept: 'application/json',
    'content-type': 'application/json; charset=utf-8',
    authorization: `Basic ${base64(client)}`,
    'x-road-client': client.xroadClient,
  };
}

/** eVaka from 2020-10 to 2026-03: MUTP-Tunnus and MUTP-Salasana. */
export function legacyEvakaHeaders(client: TestClient): Record<string, string> {
  return {
    accept: 'application/json',
    'content-type': 'application/json',
    'mutp-tunnus': client.username,
    'mutp-salasana': client.password,
    'x-road-client': client.xroadClient,
  };
}

/** OPH: x-authorization, because its API gateway signs Authorization with AWS SigV4; JSON on GET too. */
export function ophHeaders(client: TestClient): Record<string, string> {
  return {
    accept: 'application/json',
    'content-type': 'application/json',
    'x-authorization': `Basic ${base64(client)}`,
    authorization:
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261125/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef',
    'x-road-client': client.xroadClient,
  };
}

/** A hetu-shaped string (as the logger's scrubber finds them), or the scrubber's mark for one. */
export const HETU_OR_SCRUBBED = /(?<![0-9A-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![0-9A-Za-z])|\[hetu\]/;

const REGISTER_DATE = '2026-10-01';

/** A generated population (ids from 1), returned as generated: the same persons the register now holds. */
export async function insertTestPopulation(
  db: Database,
  persons: number,
  seed: number,
  now: Date,
): Promise<GeneratedPerson[]> {
  await generatePopulation(db, { persons, seed, asOf: REGISTER_DATE, now });
  return [...new PopulationGenerator({ seed, asOf: REGISTER_DATE }).persons(persons)];
}

/** A person with just a name and a home municipality. */
export async function insertTestPerson(
  db: Sql,
  person: { hetu: string; birthDate: string; home: string; turvakielto?: boolean },
  now: Date,
): Promise<number> {
  return insertPerson(
    db,
    {
      hetu: person.hetu,
      birthDate: person.birthDate,
      sex: 'NAINEN',
      homeMunicipality: person.home,
      turvakielto: person.turvakielto ?? false,
      deceased: false,
      groups: [
        { tietoryhma: 'HENKILON_NIMI', etunimi: 'Testi', sukunimi: 'Henkilö Tes' },
        { tietoryhma: 'KOTIKUNTA', kuntakoodi: person.home },
      ],
    },
    now,
  );
}

/**
 * Records a change of a person, as the register's writers do: the person's new home municipality (if it
 * changes) and one change row naming the home municipalities before and after.
 */
export async function recordTestChange(
  db: Database,
  personId: number,
  change: { changedAt: string; tietoryhmat: GroupRecord[]; movesTo?: string },
  now: Date,
): Promise<number> {
  return db.orm.transaction(async (tx) => {
    const person = await getPersonById(tx, personId, true);
    if (!person) throw new Error(`no person ${personId}`);
    const before = person.homeMunicipality;
    if (change.movesTo) await updatePerson(tx, { ...person, homeMunicipality: change.movesTo }, now);
    const after = change.movesTo ?? before;
    const [key] = await appendChanges(tx, now, [
      {
        personId,
        hetu: person.hetu,
        event: change.movesTo ? 'move' : 'test',
        municipalities: [...new Set([before, after].filter((m): m is string => m !== null))],
        changedAt: new Date(change.changedAt),
        turvakielto: person.turvakielto,
        tietoryhmat: change.tietoryhmat,
      },
    ]);
    return key as number;
  });
}

let eventSeed = 0;

/**
 * Makes one life event of `kind` happen on `date` through the simulator (it picks the persons; a pick that
 * does not fit, e.g. no child with two guardians, is retried with another seed). Returns the changes written.
 */
export async function runTestEvent(
  db: Database,
  kind: EventKind,
  date: string,
  population: number,
  now: Date,
): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const seed = ++eventSeed;
    const written = await runEvent(
      db,
      kind,
      {
        random: new Random(seed),
        date,
        changedAt: new Date(`${date}T09:30:00.000Z`),
        helper: new PopulationGenerator({ seed, asOf: date }),
      },
      population,
      now,
    );
    if (written > 0) return written;
  }
  throw new Error(`no ${kind} could happen`);
}
