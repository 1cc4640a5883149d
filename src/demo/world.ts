/**
 * The demo world (DESIGN §5): on an empty database in demo mode, a deterministic synthetic register with a
 * simulated history of life events ending today, and named persons of every kind for newcomers and
 * scripts, and active permits with fixed credentials for both interfaces (access.ts). Production refuses it
 * (config.ts). The e-service has a main user for each demo customer (eservice.ts), and the customers have
 * applications in every state, handled in the back office by the development staff (applications.ts).
 */
import { sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import { type Database, query } from '../db/index.js';
import { addDays, ageOn } from '../register/dates.js';
import { PopulationGenerator } from '../register/generator/population.js';
import { Random } from '../register/generator/random.js';
import { countPersons, generatePopulation, getState, setState } from '../register/index.js';
import { forceEvent, simulate } from '../register/simulator/simulate.js';
import {
  DEMO_CREDENTIALS,
  DEMO_END_CUSTOMERS,
  DEMO_INTERMEDIARY,
  DEMO_XROAD_CLIENTS,
  seedDemoAccess,
} from './access.js';
import {
  DEMO_STAFF_LOGINS,
  type DemoApplicationView,
  type DemoStaffLogin,
  describeDemoApplications,
  hasDemoApplications,
  seedDemoApplications,
} from './applications.js';
import {
  DEMO_CUSTOMER_USER,
  DEMO_INTERMEDIARY_USER,
  type DemoLogin,
  demoLogin,
  seedDemoEservice,
} from './eservice.js';

/** Days of simulated history before today. */
export const DEMO_HISTORY_DAYS = 60;

export interface DemoPersons {
  ordinary: string;
  turvakielto: string;
  deceased: string;
  child: string;
  guardian: string;
}

export interface DemoWorld {
  baseUrl: string;
  muutosrajapinta: { basePath: string; username: string; password: string; xRoadClient: string };
  vtjkysely: {
    soapPath: string;
    xroadPath: string;
    username: string;
    password: string;
    soSoNimi: string;
    xRoadClient: string;
  };
  intermediary: {
    organisation: string;
    username: string;
    password: string;
    soSoNimi: string;
    xRoadClient: string;
    endCustomers: { name: string; businessId: string; approved: boolean }[];
  };
  persons: DemoPersons;
  register: { persons: number; historyFrom: string; historyTo: string };
  eservice: { customerLogin: DemoLogin; intermediaryLogin: DemoLogin; handlerLogin: string | null };
  /** DVV's back office: the development staff logins (pick one at loginPath). */
  backOffice: { loginPath: string; staff: readonly DemoStaffLogin[] };
  /** The demo applications, one or more in every state, with where to open them. */
  applications: DemoApplicationView[];
}

interface StoredDemo {
  persons: DemoPersons;
  historyFrom: string;
  historyTo: string;
}

/** Seeds the demo world when the register is empty; returns false when there was something already. */
export async function seedDemoWorld(
  db: Database,
  config: Config,
  today: string,
  now: Date,
  report: (message: string) => void,
): Promise<boolean> {
  if (!config.demo) throw new Error('demo seeding is disabled (DEMO=false or NODE_ENV=production)');
  if ((await countPersons(db.orm)) > 0) {
    await addApplicationsToOlderWorld(db, config, today, report);
    return false;
  }
  const historyFrom = addDays(today, -DEMO_HISTORY_DAYS);
  const started = performance.now();
  report(`seeding the demo world: ${config.demoPersons} synthetic persons as of ${historyFrom}`);
  await generatePopulation(db, {
    persons: config.demoPersons,
    seed: config.demoSeed,
    asOf: addDays(historyFrom, -1),
    now,
    onProgress: (n) => report(`  ${n} persons`),
  });
  const persons = await chooseDemoPersons(db, historyFrom);
  const random = new Random(config.demoSeed);
  const helper = new PopulationGenerator({ seed: config.demoSeed, asOf: historyFrom });
  const forced = new Map([
    [addDays(historyFrom, 20), ['turvakielto_set', persons.turvakielto] as const],
    [addDays(historyFrom, 40), ['death', persons.deceased] as const],
  ]);
  // Simulate day by day so that the forced events land inside the history, in order.
  for (let d = 0; d < DEMO_HISTORY_DAYS; d++) {
    const date = addDays(historyFrom, d);
    await simulate(db, { seed: config.demoSeed, from: date, days: 1, now });
    const event = forced.get(date);
    if (event) {
      await forceEvent(
        db,
        event[0],
        event[1],
        { random, date, changedAt: new Date(`${date}T10:00:00.000Z`), helper },
        now,
      );
    }
    if (d % 10 === 9) report(`  simulated ${d + 1} of ${DEMO_HISTORY_DAYS} days`);
  }
  await db.orm.transaction(async (tx) => {
    await seedDemoAccess(tx, today, now);
    await seedDemoEservice(tx, now);
  });
  await seedDemoApplications(db, config, { today, followed: [persons.ordinary, persons.guardian], report });
  await setState(db.orm, 'clock', { date: today, seed: config.demoSeed }, now);
  await setState(db.orm, 'demo', { persons, historyFrom, historyTo: today } satisfies StoredDemo, now);
  report(`demo world ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

/**
 * A demo world seeded before the demo applications existed gets them once, at its next start. Never fatal:
 * such a world may have been changed by hand so that the applications no longer fit.
 */
async function addApplicationsToOlderWorld(
  db: Database,
  config: Config,
  today: string,
  report: (message: string) => void,
): Promise<void> {
  const stored = await getState<StoredDemo>(db.orm, 'demo');
  if (!stored || (await hasDemoApplications(db))) return;
  report('adding the demo applications to the existing demo world');
  try {
    await seedDemoApplications(db, config, {
      today,
      followed: [stored.persons.ordinary, stored.persons.guardian],
      report,
    });
  } catch (error) {
    report(
      `the demo applications could not be added: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Picks the named demo persons deterministically from the generated register. */
async function chooseDemoPersons(db: Database, on: string): Promise<DemoPersons> {
  const rows = await query<{
    hetu: string;
    birth_date: string;
    groups: { tietoryhma: string; [k: string]: unknown }[];
  }>(
    db.orm,
    sql`SELECT hetu, birth_date::text AS birth_date, groups FROM person
        WHERE NOT deceased AND NOT turvakielto AND home_municipality IS NOT NULL ORDER BY id LIMIT 2000`,
  );
  const age = (r: { birth_date: string }) => ageOn(r.birth_date, on);
  const has = (r: (typeof rows)[number], group: string) => r.groups.some((g) => g.tietoryhma === group);
  const used = new Set<string>();
  const take = (predicate: (r: (typeof rows)[number]) => boolean, what: string): string => {
    const found = rows.find((r) => !used.has(r.hetu) && predicate(r));
    if (!found) throw new Error(`the demo register has no ${what}; use a larger DEMO_PERSONS`);
    used.add(found.hetu);
    return found.hetu;
  };
  const child = take(
    (r) => age(r) >= 3 && age(r) <= 12 && r.groups.filter((g) => g.tietoryhma === 'HUOLTAJA').length === 2,
    'child with two guardians',
  );
  const guardianRecord = rows.find((r) => r.hetu === child)?.groups.find((g) => g.tietoryhma === 'HUOLTAJA');
  const guardian = (guardianRecord?.huoltaja as { henkilotunnus: string } | undefined)?.henkilotunnus;
  if (!guardian) throw new Error('the demo child has no guardian');
  used.add(guardian);
  return {
    ordinary: take(
      (r) => age(r) >= 30 && age(r) <= 60 && !has(r, 'HUOLLETTAVA') && !has(r, 'SUOMEEN_MUUTTOPAIVA'),
      'working-age adult',
    ),
    turvakielto: take(
      (r) => age(r) >= 25 && age(r) <= 60 && !has(r, 'HUOLLETTAVA'),
      'adult for the turvakielto person',
    ),
    deceased: take((r) => age(r) >= 75, 'elderly person'),
    child,
    guardian,
  };
}

export async function describeDemoWorld(db: Database, config: Config): Promise<DemoWorld | undefined> {
  const stored = await getState<StoredDemo>(db.orm, 'demo');
  if (!stored) return undefined;
  return {
    baseUrl: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`,
    muutosrajapinta: {
      basePath: '/VTJmutpa/api/v1',
      ...DEMO_CREDENTIALS.muutosrajapinta,
      xRoadClient: DEMO_XROAD_CLIENTS.muutosrajapinta,
    },
    vtjkysely: {
      soapPath: '/SoSo/soso.asmx',
      xroadPath: '/VTJkysely',
      ...DEMO_CREDENTIALS.vtjkysely,
      soSoNimi: 'PERUSSANOMA 1',
      xRoadClient: DEMO_XROAD_CLIENTS.vtjkysely,
    },
    intermediary: {
      organisation: DEMO_INTERMEDIARY.name,
      ...DEMO_CREDENTIALS.intermediary,
      soSoNimi: 'PERUSSANOMA 1',
      xRoadClient: DEMO_XROAD_CLIENTS.intermediary,
      endCustomers: DEMO_END_CUSTOMERS.map((c) => ({
        name: c.name,
        businessId: c.businessId,
        approved: c.approved,
      })),
    },
    persons: stored.persons,
    register: {
      persons: await countPersons(db.orm),
      historyFrom: stored.historyFrom,
      historyTo: stored.historyTo,
    },
    eservice: {
      customerLogin: demoLogin(DEMO_CUSTOMER_USER),
      intermediaryLogin: demoLogin(DEMO_INTERMEDIARY_USER),
      handlerLogin: 'dev-handler',
    },
    backOffice: { loginPath: '/back-office/login', staff: DEMO_STAFF_LOGINS },
    applications: await describeDemoApplications(db),
  };
}
