/**
 * Seeding for the accounts journeys through the real API (only the journey under test goes through the
 * browser): fresh test persons and business IDs, development login, account creation, invitations.
 * `page.request` shares the page's cookies, so a login here is also the browser's login.
 */
import { type APIRequestContext, expect } from '@playwright/test';

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** A random Suomi.fi-style test identity code (individual number 900–999), born in the 1980s. */
export function randomTestHetu(): string {
  const day = 1 + Math.floor(Math.random() * 28);
  const month = 1 + Math.floor(Math.random() * 12);
  const year = 80 + Math.floor(Math.random() * 10);
  const individual = 900 + Math.floor(Math.random() * 100);
  const digits = `${pad(day)}${pad(month)}${pad(year)}${individual}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}${HETU_CHECK[Number(digits) % 31]}`;
}

/** A random valid Y-tunnus (seven digits, hyphen, mod-11 check digit). */
export function randomBusinessId(): string {
  for (;;) {
    const digits = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
    const remainder = sum % 11;
    if (remainder !== 1) return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export interface TestPerson {
  hetu: string;
  firstNames: string;
  lastName: string;
  email: string;
}

/** A new person with a unique e-mail address. */
export function newPerson(firstNames: string, lastName: string): TestPerson {
  const tag = Math.random().toString(36).slice(2, 8);
  return {
    hetu: randomTestHetu(),
    firstNames,
    lastName,
    email: `${firstNames}.${lastName}.${tag}@example.com`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
  };
}

/** Logs in through the development provider; the answer's CSRF token for the unsafe calls after it. */
export async function devLogin(request: APIRequestContext, person: TestPerson): Promise<string> {
  const response = await request.post('/api/identity/dev/login', {
    data: { hetu: person.hetu, firstNames: person.firstNames, lastName: person.lastName, language: 'fi' },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

export interface CreatedOrganisation {
  id: string;
  name: string;
  businessId: string;
}

export async function createOrganisation(
  request: APIRequestContext,
  csrfToken: string,
  input: { name: string; businessId: string; email: string; kind?: 'public' | 'company' },
): Promise<CreatedOrganisation> {
  const response = await request.post('/api/organisations', {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { kind: 'company', ...input },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { organisation: CreatedOrganisation }).organisation;
}

export async function invite(
  request: APIRequestContext,
  csrfToken: string,
  organisationId: string,
  input: { email: string; role: 'main_user' | 'user' },
): Promise<void> {
  const response = await request.post(`/api/organisations/${organisationId}/invitations`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { ...input, language: 'fi' },
  });
  expect(response.status(), await response.text()).toBe(201);
}
