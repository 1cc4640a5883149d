/**
 * Staff log in to the back office through the development login, see their own header and sections, and
 * an administrator manages the staff. Skipped where the development login is not there.
 */
import { expect, test } from '../../fixtures';
import { BackOfficeSite } from '../../pages/back-office/back-office-site';
import { ADMIN, BackOfficeLoginPage, HANDLER } from '../../pages/back-office/login-page';
import { StaffPage } from '../../pages/back-office/staff-page';

test.beforeEach(async ({ request }) => {
  const providers = await request.get('/api/back-office/login/providers');
  const body = providers.ok() ? ((await providers.json()) as { providers: string[] }) : { providers: [] };
  test.skip(!body.providers.includes('development'), 'the development staff login is not available');
});

test('a handler logs in, sees the back office without staff admin, and logs out', async ({ page, axe }) => {
  const login = new BackOfficeLoginPage(page);
  // A page of the back office without a session leads to the login, which leads back.
  await page.goto('/back-office/permits');
  await expect(page).toHaveURL(/\/back-office\/login\?returnTo=%2Fback-office%2Fpermits$/);
  await expect(login.heading).toHaveText('Kirjautuminen käsittelyyn');
  await expect(page).toHaveTitle('Kirjautuminen käsittelyyn – Tietolupa – käsittely');
  await expect(login.header).toContainText('Tietolupa – käsittely');
  await axe.check();

  // Without a choice: the error summary, focused.
  await login.loginButton.click();
  await expect(login.errorSummary).toBeFocused();
  await axe.check();

  await login.loginAs(HANDLER);
  const site = new BackOfficeSite(page);
  await expect(page).toHaveURL(/\/back-office\/permits$/);
  await expect(site.heading).toHaveText('Luparekisteri');
  await expect(site.staffInfo).toContainText(HANDLER);
  await expect(site.staffInfo).toContainText('Käsittelijä');
  for (const name of ['Jono', 'Luparekisteri', 'Yhteydet', 'Tilastot', 'Luovutusloki'] as const) {
    await expect(site.navLink(name)).toBeVisible();
  }
  await expect(site.navLink('Henkilöstö')).toHaveCount(0);
  await expect(site.navLink('Luparekisteri')).toHaveAttribute('aria-current', 'page');
  await axe.check();

  await site.navLink('Jono').click();
  await expect(site.heading).toHaveText('Jono');
  await expect(site.heading).toBeFocused();
  await axe.check();

  // A handler does not reach staff administration even by its address.
  await page.goto('/back-office/staff');
  await expect(site.main).toContainText('Tämä sivu on vain pääkäyttäjille.');

  await site.logoutButton.click();
  await expect(page).toHaveURL(/\/back-office\/login$/);
  await page.goto('/back-office');
  await expect(page).toHaveURL(/\/back-office\/login\?returnTo=%2Fback-office$/);
});

test('an administrator adds a handler, changes a role and removes access', async ({ page, axe }) => {
  const login = new BackOfficeLoginPage(page);
  await login.goto('/back-office/staff');
  await login.loginAs(ADMIN);
  const staff = new StaffPage(page);
  await expect(staff.heading).toHaveText('Henkilöstö');
  await expect(staff.navLink('Henkilöstö')).toHaveAttribute('aria-current', 'page');
  await expect(staff.row(ADMIN)).toBeVisible();
  await axe.check();

  // The form checks before sending.
  await staff.addButton.click();
  await expect(staff.errorSummary).toBeFocused();
  await axe.check();

  const tag = Math.random().toString(36).slice(2, 8);
  const name = `Testi Käsittelijä ${tag}`;
  await staff.subject.fill(`oidc-subject-${tag}`);
  await staff.name.fill(name);
  await staff.email.fill(`testi.${tag}@dvv.invalid`);
  await staff.addButton.click();
  await expect(staff.status).toHaveText(`Käyttäjä ${name} on lisätty.`);
  await expect(staff.row(name)).toContainText(`oidc-subject-${tag}`);

  await staff.roleOf(name).click();
  await page.getByRole('option', { name: 'Pääkäyttäjä' }).click();
  await expect(staff.status).toHaveText(`Käyttäjän ${name} rooli on nyt Pääkäyttäjä.`);

  await staff
    .row(name)
    .getByRole('button', { name: `Poista käyttöoikeus ${name}` })
    .click();
  await staff
    .row(name)
    .getByRole('button', { name: `Vahvista: poista käyttäjän ${name} käyttöoikeus` })
    .click();
  await expect(staff.status).toHaveText(`Käyttäjän ${name} käyttöoikeus on poistettu.`);
  await expect(staff.row(name)).toContainText('Poistettu käytöstä');
  await axe.check();
});
