/**
 * A person identifies through the development identification provider, sees Omat asiat and logs out.
 * Skipped where the provider is not there (GET /api/identity/dev/persons answers 404).
 */
import { expect, test } from '../../fixtures';
import { CataloguePage } from '../../pages/catalogue-page';
import { LoginPage } from '../../pages/login-page';
import { MyPage } from '../../pages/my-page';

test.beforeEach(async ({ request }) => {
  const persons = await request.get('/api/identity/dev/persons');
  test.skip(
    persons.status() === 404,
    'GET /api/identity/dev/persons answers 404: the development identification provider is not available',
  );
});

test('identify as a test person, see Omat asiat and log out', async ({ page, axe }) => {
  const login = new LoginPage(page);
  await login.goto();
  await expect(login.heading).toHaveText('Tunnistautuminen');
  await expect(login.testPerson('Tessa Testilä')).toBeVisible();
  await axe.check();

  // Without a choice: the error summary, focused, and the error on the field.
  await login.identifyButton.click();
  await expect(login.errorSummary).toBeFocused();
  await expect(login.main.getByText('Valitse testihenkilö.').first()).toBeVisible();
  await axe.check();

  await login.identifyAs('Tessa Testilä');
  const myPage = new MyPage(page);
  await expect(page).toHaveURL(/\/my-page$/);
  await expect(myPage.heading).toHaveText('Omat asiat');
  await expect(myPage.main).toContainText('Olet kirjautunut sisään nimellä Tessa Testilä.');
  await expect(myPage.organisationsHeading).toBeVisible();
  await expect(myPage.headerLink('Omat asiat')).toBeVisible();
  await axe.check();

  // The session lasts over a reload.
  await page.reload();
  await expect(myPage.heading).toHaveText('Omat asiat');

  await myPage.logoutButton.click();
  const catalogue = new CataloguePage(page);
  await expect(catalogue.heading).toHaveText('Aloita uusi hakemus');
  await expect(catalogue.headerLink('Kirjaudu')).toBeVisible();

  await myPage.goto();
  await expect(page).toHaveURL(/\/login$/);
});
