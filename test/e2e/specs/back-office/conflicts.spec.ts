/**
 * When two staff members act on one case at once: an administrator prepares a denial on a narrow screen
 * (320 px) while the assigned handler grants; the administrator's decision is refused (409) with a clear
 * message and nothing typed is lost. Then the administrator revokes the permit, after a confirmation.
 */
import { expect, test } from '../../fixtures';
import { CasePage } from '../../pages/back-office/case-page';
import { ADMIN, BackOfficeLoginPage } from '../../pages/back-office/login-page';
import { BackOfficePermitPage } from '../../pages/back-office/permit-pages';
import { newCustomer, sendApplication, staffLogin } from './seed';

test.beforeEach(async ({ request }) => {
  const providers = await request.get('/api/back-office/login/providers');
  const body = providers.ok() ? ((await providers.json()) as { providers: string[] }) : { providers: [] };
  test.skip(!body.providers.includes('development'), 'the development staff login is not available');
});

/** Today in Helsinki, YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

test('a decision made meanwhile by another is refused clearly, keeping what was typed; revoking a permit', async ({
  page,
  axe,
  browser,
}) => {
  test.setTimeout(120_000);
  const customerContext = await browser.newContext();
  const customer = await newCustomer(customerContext.request);
  const { id, reference } = await sendApplication(customerContext.request, customer);

  // The handler takes the case (through the API, in a browser of their own).
  const handlerContext = await browser.newContext();
  const handlerCsrf = await staffLogin(handlerContext.request, 'dev-handler');
  const assigned = await handlerContext.request.post(`/api/back-office/applications/${id}/assign`, {
    headers: { 'X-CSRF-Token': handlerCsrf },
    data: {},
  });
  expect(assigned.status(), await assigned.text()).toBe(200);

  await page.setViewportSize({ width: 320, height: 800 });
  const login = new BackOfficeLoginPage(page);
  await login.goto(`/back-office/applications/${id}`);
  await login.loginAs(ADMIN);
  const view = new CasePage(page);
  await expect(view.heading).toHaveText(`Hakemus ${reference}`);
  await expect(view.handler).toHaveText('Hanna Käsittelijä');
  // 320 px: nothing wider than the screen but the tables, which scroll in their own regions.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await axe.check();

  const reasons = 'Hakemuksessa ei ole esitetty tietojen käyttötarvetta.\nKäyttötarkoitus on liian yleinen.';
  await view.chooseOutcome('Hylätään');
  await view.reasons.fill(reasons);
  await view.reviewButton.click();
  await expect(view.confirmHeading).toBeFocused();
  await expect(view.main).toContainText('Käyttötarkoitus on liian yleinen.');
  await axe.check();

  // Meanwhile the handler grants.
  const granted = await handlerContext.request.post(`/api/back-office/applications/${id}/decision`, {
    headers: { 'X-CSRF-Token': handlerCsrf },
    data: {
      outcome: 'granted',
      dataGroups: ['HENKILON_NIMI'],
      turvakielto: false,
      validFrom: today(),
      validUntil: `${Number(today().slice(0, 4)) + 1}${today().slice(4)}`,
      conditions: '',
    },
  });
  expect(granted.status(), await granted.text()).toBe(200);

  await view.confirmButton.click();
  await expect(view.main.getByText(/Hakemuksen tila on ehtinyt muuttua/)).toBeVisible();
  await axe.check();
  // What was typed is still there.
  await view.backToEditingButton.click();
  await expect(view.reasons).toHaveValue(reasons);

  await page.reload();
  await expect(view.state).toHaveText('Myönnetty');
  await expect(view.outcome).toHaveText('Myönnetty');
  await expect(view.reviewButton).toHaveCount(0);
  await axe.check();

  // Revoking the permit: a reason, a confirmation, then it is revoked.
  await page.setViewportSize({ width: 1280, height: 800 });
  await view.permitLink.click();
  const permit = new BackOfficePermitPage(page);
  await expect(permit.state).toHaveText('Odottaa ehtojen hyväksymistä');
  await axe.check();
  await permit.revokeButton.click();
  await permit.continueButton.click();
  await expect(permit.main.getByText('Kirjoita peruutuksen syy.').first()).toBeVisible();
  await permit.reason.fill('Luvanhaltija on lakannut.');
  await permit.continueButton.click();
  await expect(permit.main.getByRole('heading', { name: 'Vahvista luvan peruminen' })).toBeFocused();
  await axe.check();
  await permit.confirmRevokeButton.click();
  await expect(permit.status.filter({ hasText: 'Lupa on peruttu.' })).toBeVisible();
  await expect(permit.state).toHaveText('Peruttu');
  await expect(permit.main).toContainText('Luvanhaltija on lakannut.');
  await axe.check();

  await customerContext.close();
  await handlerContext.close();
});
