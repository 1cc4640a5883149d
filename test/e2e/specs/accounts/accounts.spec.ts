/**
 * Customer accounts in the browser: creating an organisation's account, inviting a colleague (the mail
 * arrives at the e2e mailbox), the colleague identifying and joining through the e-mailed link, the users
 * list, the last main user, a second account for the same Y-tunnus refused, and a credential's password
 * shown once. axe on every page, and the users page also at 320 px.
 */
import type { Page } from '@playwright/test';
import { createOrganisation, devLogin, newPerson, randomBusinessId } from '../../accounts-api';
import { Axe, expect, test } from '../../fixtures';
import { waitForMail } from '../../mailbox';
import {
  AcceptInvitationPage,
  CreateOrganisationPage,
  OrganisationPage,
  PermitsPage,
  UsersPage,
} from '../../pages/accounts-pages';
import { LoginPage } from '../../pages/login-page';

// Listed test persons of the development identification provider (src/identity/test-persons.ts).
const FOUNDER = 'Anna-Liisa Milka Sallinen';
const COLLEAGUE = 'Minerva Marttila';
const LATECOMER = 'Ilmari Folke Huhtiistinen';
/** The demo municipality's main user (src/demo/eservice.ts), whose permits are active. */
const DEMO_MAIN_USER = 'Tessa Testilä';

test.beforeEach(async ({ request }) => {
  const persons = await request.get('/api/identity/dev/persons');
  test.skip(persons.status() === 404, 'the development identification provider is not available');
});

async function narrow(page: Page, axe: Axe): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  await axe.check();
  // Nothing wider than the screen: no sideways scrolling at 320 px.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('create an account, invite a colleague by e-mail, the colleague joins through the link', async ({
  page,
  axe,
  browser,
  baseURL,
}) => {
  // Two people, two identifications and a mail round trip: longer than one page's journey.
  test.setTimeout(90_000);
  const businessId = randomBusinessId();
  const organisationName = `Kokeilu ${businessId} Oy`;
  const colleagueEmail = `minerva.${businessId.replace('-', '')}@example.com`;

  // Not logged in: identification first, then back to the form (returnTo).
  const create = new CreateOrganisationPage(page);
  await create.goto();
  await expect(page).toHaveURL(/\/login\?returnTo=%2Forganisations%2Fnew$/);
  await new LoginPage(page).identifyAs(FOUNDER);
  await expect(page).toHaveURL(/\/organisations\/new$/);
  await expect(create.heading).toHaveText('Luo organisaatiolle asiakastili');
  await axe.check();

  // Nothing filled: the error summary, focused, with every field's error.
  await create.submitButton.click();
  await expect(create.errorSummary).toBeFocused();
  await expect(create.main.getByText('Kirjoita organisaation nimi.').first()).toBeVisible();
  await axe.check();

  // A Y-tunnus with a wrong check digit is caught here; what was typed stays.
  const wrongCheck = `${businessId.slice(0, 8)}${(Number(businessId[8]) + 1) % 10}`;
  await create.fill({
    name: organisationName,
    businessId: wrongCheck,
    email: 'perustaja@example.com',
    kind: 'company',
  });
  await create.submitButton.click();
  await expect(
    create.main.getByText('Y-tunnuksen tarkistusnumero ei täsmää. Tarkista tunnus.').first(),
  ).toBeVisible();
  await expect(create.name).toHaveValue(organisationName);
  await expect(create.email).toHaveValue('perustaja@example.com');

  await create.businessId.fill(businessId);
  await create.submitButton.click();
  const organisation = new OrganisationPage(page);
  await expect(organisation.heading).toHaveText(organisationName);
  await expect(organisation.main).toContainText(businessId);
  await expect(organisation.main).toContainText('Pääkäyttäjä');
  const organisationId = /\/organisations\/([0-9a-f-]{36})$/.exec(page.url())?.[1] as string;
  expect(organisationId).toBeTruthy();
  await axe.check();

  // Invite the colleague.
  await organisation.navLink('Käyttäjät').click();
  const users = new UsersPage(page);
  await expect(users.heading).toHaveText('Käyttäjät');
  await expect(users.member(FOUNDER)).toContainText('Pääkäyttäjä');
  await axe.check();
  await narrow(page, axe);
  const invitedAt = new Date();
  await users.invite(colleagueEmail);
  await expect(
    users.main.getByRole('status').filter({ hasText: `Kutsu lähetettiin osoitteeseen ${colleagueEmail}` }),
  ).toBeVisible();
  await expect(users.inviteEmail).toHaveValue('');

  // The same address again: refused, and the address stays in the field.
  await users.invite(colleagueEmail);
  await expect(
    users.main.getByText(`Osoitteeseen ${colleagueEmail} on jo lähetetty kutsu`).first(),
  ).toBeVisible();
  await expect(users.inviteEmail).toHaveValue(colleagueEmail);

  const mail = await waitForMail({ to: colleagueEmail, subjectIncludes: organisationName, after: invitedAt });
  const link = mail.links.find((l) => l.startsWith(`${baseURL}/invitations/accept#token=`));
  expect(link, mail.links.join(' ')).toBeDefined();

  // The colleague, in a browser of their own, opens the link, identifies and joins.
  const colleagueContext = await browser.newContext();
  try {
    const colleague = await colleagueContext.newPage();
    const colleagueAxe = new Axe(colleague);
    await colleague.goto(link as string);
    await expect(colleague).toHaveURL(/\/login\?returnTo=%2Finvitations%2Faccept$/);
    await new LoginPage(colleague).identifyAs(COLLEAGUE);
    const accept = new AcceptInvitationPage(colleague);
    await expect(colleague).toHaveURL(/\/invitations\/accept$/);
    await expect(accept.heading).toHaveText('Kutsu asiakastilille');
    await colleagueAxe.check();
    await accept.acceptButton.click();
    await expect(accept.joinedHeading).toBeVisible();
    await expect(accept.main).toContainText(
      `Olet nyt organisaation ${organisationName} (${businessId}) asiakastilin käyttäjä.`,
    );
    await colleagueAxe.check();
    await accept.openOrganisation.click();
    const colleagueOrganisation = new OrganisationPage(colleague);
    await expect(colleagueOrganisation.heading).toHaveText(organisationName);
    await colleagueOrganisation.navLink('Käyttäjät').click();
    const colleagueUsers = new UsersPage(colleague);
    await expect(colleagueUsers.member(COLLEAGUE)).toContainText('Käyttäjä');
    await expect(colleagueUsers.main).toContainText(
      'Vain pääkäyttäjät voivat kutsua käyttäjiä ja muuttaa rooleja.',
    );
    await expect(colleagueUsers.inviteButton).toHaveCount(0);
    await colleagueAxe.check();
  } finally {
    await colleagueContext.close();
  }

  // The founder sees the colleague in the list.
  await page.reload();
  await expect(users.member(COLLEAGUE)).toContainText(colleagueEmail);
  await expect(users.members).toHaveCount(2);

  // The only main user cannot step down.
  await users
    .member(FOUNDER)
    .getByRole('button', { name: /^Tee tavalliseksi käyttäjäksi/ })
    .click();
  await expect(users.main.getByText('Tilillä on oltava ainakin yksi pääkäyttäjä.')).toBeVisible();
  await axe.check();

  // The colleague becomes a main user too.
  await users
    .member(COLLEAGUE)
    .getByRole('button', { name: /^Tee pääkäyttäjäksi/ })
    .click();
  await expect(
    users.main.getByRole('status').filter({ hasText: `${COLLEAGUE} on nyt pääkäyttäjä.` }),
  ).toBeVisible();
  await expect(users.member(COLLEAGUE)).toContainText('Pääkäyttäjä');
});

test('a second person creating an account for the same Y-tunnus is told to ask for an invitation', async ({
  page,
  axe,
}) => {
  // The account exists already (made through the API by someone else).
  const owner = newPerson('Olli', 'Omistaja');
  const csrfToken = await devLogin(page.request, owner);
  const businessId = randomBusinessId();
  await createOrganisation(page.request, csrfToken, {
    name: `Varattu ${businessId} Oy`,
    businessId,
    email: owner.email,
  });
  await page.context().clearCookies();

  const create = new CreateOrganisationPage(page);
  await create.goto();
  await new LoginPage(page).identifyAs(LATECOMER);
  await expect(create.heading).toHaveText('Luo organisaatiolle asiakastili');
  const triedAt = new Date();
  await create.fill({
    name: 'Toinen yritys Oy',
    businessId,
    email: 'myohastyja@example.com',
    kind: 'company',
  });
  await create.submitButton.click();
  await expect(create.accountExists).toBeVisible();
  await expect(create.main).toContainText('Pyydä tilin pääkäyttäjää kutsumaan sinut tilin käyttäjäksi.');
  // Nothing typed is lost.
  await expect(create.businessId).toHaveValue(businessId);
  await expect(create.name).toHaveValue('Toinen yritys Oy');
  await axe.check();

  // The account's main user is told of the attempt.
  const notice = await waitForMail({
    to: owner.email,
    subjectIncludes: 'Uutta asiakastiliä yritettiin luoda',
    after: triedAt,
  });
  expect(notice.text).toContain(`Varattu ${businessId} Oy`);
});

test('a main user issues a credential: the password is shown once, with a warning and a copy button', async ({
  page,
  axe,
}) => {
  test.setTimeout(60_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/login');
  await new LoginPage(page).identifyAs(DEMO_MAIN_USER);
  await expect(page).toHaveURL(/\/my-page$/);
  await page.getByRole('link', { name: 'Esimerkkilän kunta' }).click();
  const organisation = new OrganisationPage(page);
  await expect(organisation.heading).toHaveText('Esimerkkilän kunta');
  await axe.check();
  await organisation.navLink('Luvat ja käyttöönotto').click();

  const permits = new PermitsPage(page);
  await expect(permits.heading).toHaveText('Luvat ja käyttöönotto');
  const permit = permits.permit('VTJkysely');
  await expect(permit).toContainText('Voimassa');
  const credentials = permits.credentials(permit);
  await expect(credentials).toContainText('demo-vtjkysely');
  await axe.check();
  await narrow(page, axe);

  await credentials.getByRole('button', { name: 'Luo käyttäjätunnus' }).click();
  const secret = permits.secretPanel(permit);
  await expect(secret).toBeVisible();
  await expect(secret.getByRole('heading', { name: 'Uusi salasana: tallenna se nyt' })).toBeFocused();
  await expect(secret).toContainText('Salasana näytetään vain tämän kerran.');
  const username = (await secret.locator('dd').first().textContent()) ?? '';
  const password = (await secret.getByTestId('issued-password').textContent()) ?? '';
  expect(password.length).toBeGreaterThanOrEqual(20);
  await axe.check();

  await secret.getByRole('button', { name: 'Kopioi salasana' }).click();
  await expect(secret.getByRole('status')).toHaveText('Salasana kopioitiin leikepöydälle.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);

  await secret.getByRole('button', { name: 'Olen tallentanut salasanan' }).click();
  await expect(secret).toHaveCount(0);
  await expect(page.getByText(password)).toHaveCount(0);
  // Never again, not even after a reload.
  await page.reload();
  const issued = credentials.getByRole('listitem').filter({ hasText: username });
  await expect(issued).toContainText('Käytössä');
  await expect(page.getByText(password)).toHaveCount(0);

  // Rotation: a new username and password, shown once; the old one keeps working for a while.
  await issued.getByRole('button', { name: /^Vaihda salasana/ }).click();
  await expect(secret).toContainText('Edellinen salasana toimii vielä');
  const successor = (await secret.locator('dd').first().textContent()) ?? '';
  expect(successor).not.toBe(username);
  await secret.getByRole('button', { name: 'Olen tallentanut salasanan' }).click();
  await expect(issued).toContainText('Korvattu, voimassa vielä');
  await expect(credentials.getByRole('listitem').filter({ hasText: successor })).toContainText('Käytössä');

  // Revocation, after a confirmation.
  await issued.getByRole('button', { name: /^Poista käytöstä/ }).click();
  await expect(issued).toContainText(`Poistetaanko käyttäjätunnus ${username} käytöstä heti?`);
  await axe.check();
  await issued.getByRole('button', { name: 'Poista käytöstä nyt' }).click();
  await expect(credentials.getByRole('status')).toContainText(
    `Käyttäjätunnus ${username} poistettiin käytöstä.`,
  );
  await expect(issued).toContainText('Poistettu käytöstä');
});

test('a user registers an X-Road subsystem for a permit; it waits for approval', async ({ page, axe }) => {
  await page.goto('/login');
  await new LoginPage(page).identifyAs(DEMO_MAIN_USER);
  await page.getByRole('link', { name: 'Esimerkkilän kunta' }).click();
  await new OrganisationPage(page).navLink('Luvat ja käyttöönotto').click();
  const permits = new PermitsPage(page);
  const connections = permits.connections(permits.permit('VTJkysely'));
  await expect(connections).toContainText('Hyväksytty');

  await connections.getByRole('button', { name: 'Rekisteröi uusi yhteys' }).click();
  const form = connections.getByRole('form', { name: 'Rekisteröi yhteys' });
  await expect(form.getByRole('heading', { name: 'Rekisteröi yhteys' })).toBeFocused();
  await axe.check();

  // Nothing chosen: the error summary, and the errors on the fields.
  await form.getByRole('button', { name: 'Rekisteröi yhteys' }).click();
  await expect(form.getByRole('heading', { name: 'Tarkista seuraavat kohdat' })).toBeFocused();
  await expect(form.getByText('Valitse jäsenluokka.').first()).toBeVisible();
  await axe.check();

  const subsystem = `e2e-${Math.random().toString(36).slice(2, 8)}`;
  // The Suomi.fi dropdown's name is its value (here the placeholder) and then its label.
  await form.getByRole('button', { name: /Jäsenluokka$/ }).click();
  await page.getByRole('option', { name: 'MUN – kunnat' }).click();
  await form.getByLabel('Jäsentunnus').fill('0990013-9');
  await form.getByLabel('Alijärjestelmän tunnus').fill(subsystem);
  await form.getByRole('button', { name: 'Rekisteröi yhteys' }).click();
  await expect(connections.getByRole('status')).toContainText(
    'Yhteys rekisteröitiin. Se odottaa hyväksyntää.',
  );
  const registered = connections
    .getByRole('listitem')
    .filter({ hasText: `FI-TEST/MUN/0990013-9/${subsystem}` });
  await expect(registered).toContainText('Odottaa hyväksyntää');
  await expect(registered).toContainText('Testi');
  await axe.check();
});
