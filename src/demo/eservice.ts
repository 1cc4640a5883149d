/**
 * The demo world's e-service users: a main user for the demo municipality and one for the intermediary,
 * who log in through the development identification provider with Suomi.fi test identity codes.
 */
import { getOrganisationByBusinessId, insertMembership } from '../accounts/index.js';
import type { Sql } from '../db/index.js';
import { TEST_PERSONS, type TestPerson, upsertUser } from '../identity/index.js';
import { DEMO_INTERMEDIARY, DEMO_MUNICIPALITY } from './access.js';

interface DemoUser {
  person: TestPerson;
  email: string;
  organisation: { name: string; businessId: string };
}

export const DEMO_CUSTOMER_USER: DemoUser = {
  person: TEST_PERSONS[0] as TestPerson,
  email: 'tessa.testila@esimerkkila.example',
  organisation: DEMO_MUNICIPALITY,
};
export const DEMO_INTERMEDIARY_USER: DemoUser = {
  person: TEST_PERSONS[1] as TestPerson,
  email: 'joni.kivi@esimerkki-tietopalvelut.example',
  organisation: DEMO_INTERMEDIARY,
};

/** What to type into the development login (POST /api/identity/dev/login with `{ hetu }`). */
export interface DemoLogin {
  hetu: string;
  name: string;
  organisation: string;
  role: 'main_user';
}

export function demoLogin(user: DemoUser): DemoLogin {
  return {
    hetu: user.person.hetu,
    name: `${user.person.firstNames} ${user.person.lastName}`,
    organisation: user.organisation.name,
    role: 'main_user',
  };
}

/** Runs after seedDemoAccess, which creates the organisations. */
export async function seedDemoEservice(tx: Sql, now: Date): Promise<void> {
  for (const user of [DEMO_CUSTOMER_USER, DEMO_INTERMEDIARY_USER]) {
    const { person } = user;
    const userId = await upsertUser(
      tx,
      { ...person, givenName: person.firstNames.split(' ')[0] as string, language: 'fi' },
      now,
    );
    const organisation = await getOrganisationByBusinessId(tx, user.organisation.businessId);
    if (!organisation) throw new Error(`the demo world has no organisation ${user.organisation.businessId}`);
    await insertMembership(
      tx,
      { organisationId: organisation.id, userId, role: 'main_user', email: user.email },
      now,
    );
  }
}
