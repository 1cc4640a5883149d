/**
 * Seeding for the back-office journeys through the real customer API (the journey under test is the
 * handler's): a customer organisation, and a change-interface application sent to DVV. `request` is a
 * browser context's, so its login is that browser's too.
 */
import { type APIRequestContext, expect } from '@playwright/test';
import {
  type CreatedOrganisation,
  createOrganisation,
  devLogin,
  newPerson,
  randomBusinessId,
  type TestPerson,
} from '../../accounts-api';

/** The groups applied for (catalogue name → code); the handler leaves the last one out. */
export const APPLIED = [
  ['Nimi', 'HENKILON_NIMI'],
  ['Kotikunta', 'KOTIKUNTA'],
  ['Vakinainen osoite Suomessa', 'VAKINAINEN_KOTIMAINEN_OSOITE'],
] as const;

export const OWN_LAW = 'Sosiaalihuoltolaki (1301/2014) 41 §';

/** Complete answers to the change-interface form (src/applications/forms/muutosrajapinta.ts). */
export function muutosrajapintaAnswers(): Record<string, unknown> {
  return {
    adminContactName: 'Maija Meikäläinen',
    adminContactEmail: 'kirjaamo@testila.example',
    adminContactPhone: '+358 9 123 4567',
    technicalContactName: 'Teemu Teknikko',
    technicalContactEmail: 'it-tuki@testila.example',
    technicalContactPhone: '040 123 4567',
    technicalDeputy: false,
    purpose: 'Sosiaalihuollon asiakasrekisterin yhteystietojen pitäminen ajan tasalla.',
    dataGroups: Object.fromEntries(
      APPLIED.map(([, code]) => [
        code,
        { justification: `Asiakasrekisterin ylläpito (${code}).`, legalBasis: 'Sosiaalihuoltolaki 58 §' },
      ]),
    ),
    selectionCriterion: 'municipality',
    municipalities: ['091'],
    updateRhythm: 'daily',
    needsTurvakielto: true,
    turvakieltoJustification: 'Palvelut järjestetään myös turvakieltohenkilöille.',
    turvakieltoLegalBasis: OWN_LAW,
    turvakieltoProcessors: 'Sosiaalityöntekijät, noin 20 henkilöä.',
    turvakieltoAccessRestricted: true,
    turvakieltoAccessDescription: 'Roolipohjainen pääsy.',
    turvakieltoLogged: true,
    turvakieltoLoggingDescription: 'Lokit tarkistetaan kuukausittain ja säilytetään viisi vuotta.',
    turvakieltoOnwardProtection: 'Turvakieltomerkintä estää tulostuksen ja näyttämisen.',
    accessControl: 'Käyttöoikeudet myönnetään tehtävän perusteella ja tarkistetaan puolen vuoden välein.',
    logging:
      'Jokainen haku kirjataan lokiin, lokit säilytetään viisi vuotta ja niitä seurataan kuukausittain.',
    retention: 'Tiedot poistetaan, kun asiakkuus päättyy.',
    storageLocation: 'Oma konesali Suomessa.',
    processors: 'Ei käsittelijöitä.',
    incidentHandling: 'Poikkeamat ilmoitetaan tietoturvavastaavalle ja DVV:lle viipymättä.',
    acceptTerms: true,
  };
}

export interface Customer {
  person: TestPerson;
  csrfToken: string;
  organisation: CreatedOrganisation;
}

/** A person logs in and creates a municipality's customer account. */
export async function newCustomer(request: APIRequestContext): Promise<Customer> {
  const person = newPerson('Kaisa', 'Kuntalainen');
  const csrfToken = await devLogin(request, person);
  const tag = Math.random().toString(36).slice(2, 7);
  const organisation = await createOrganisation(request, csrfToken, {
    name: `Testilän kunta ${tag}`,
    businessId: randomBusinessId(),
    email: person.email,
    kind: 'public',
  });
  return { person, csrfToken, organisation };
}

/** Creates a change-interface application, fills it in and sends it to DVV: its id and reference. */
export async function sendApplication(
  request: APIRequestContext,
  customer: Customer,
): Promise<{ id: string; reference: string }> {
  const headers = { 'X-CSRF-Token': customer.csrfToken };
  const base = `/api/organisations/${customer.organisation.id}/applications`;
  const created = await request.post(base, { headers, data: { form: 'muutosrajapinta', kind: 'new' } });
  expect(created.status(), await created.text()).toBe(201);
  const draft = (await created.json()) as { id: string; revision: number };
  const saved = await request.put(`${base}/${draft.id}/content`, {
    headers,
    data: { content: muutosrajapintaAnswers(), revision: draft.revision },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const sent = await request.post(`${base}/${draft.id}/submit`, { headers });
  expect(sent.status(), await sent.text()).toBe(200);
  const view = (await sent.json()) as { id: string; reference: string | null; state: string };
  expect(view.state).toBe('submitted');
  expect(view.reference).toMatch(/^TL-\d{4}-\d+$/);
  return { id: view.id, reference: view.reference as string };
}

/** Logs a staff member in through the development login (API); the staff session's CSRF token. */
export async function staffLogin(request: APIRequestContext, subject: string): Promise<string> {
  const login = await request.post('/api/back-office/login/development', { data: { subject } });
  expect(login.status(), await login.text()).toBe(204);
  const session = await request.get('/api/back-office/session');
  expect(session.status()).toBe(200);
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}
