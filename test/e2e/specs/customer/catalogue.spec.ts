/** A visitor finds the right application in the catalogue and is taken to identification. */
import { expect, test } from '../../fixtures';
import { CataloguePage } from '../../pages/catalogue-page';
import { LoginPage } from '../../pages/login-page';

const POPULATION_DATA = 'Haluan hakea tietoja väestötietojärjestelmästä';

test('the catalogue leads from a service to identification', async ({ page, axe }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto();
  await expect(catalogue.heading).toHaveText('Aloita uusi hakemus');
  await expect(page).toHaveTitle('Aloita uusi hakemus – Tietolupa');
  await expect(catalogue.tab('Julkishallinto')).toHaveAttribute('aria-selected', 'true');
  await axe.check();

  await catalogue.category(POPULATION_DATA).click();
  await expect(catalogue.category(POPULATION_DATA)).toHaveAttribute('aria-expanded', 'true');
  await expect(catalogue.service('VTJ-muutosrajapinnan hakemus ja tilaus')).toBeVisible();
  await expect(catalogue.service('VTJkysely-rajapinnan tietolupahakemus')).toBeVisible();
  await axe.check();

  await catalogue.tab('Yritykset ja yhteisöt').click();
  await expect(catalogue.tab('Yritykset ja yhteisöt')).toHaveAttribute('aria-selected', 'true');
  await catalogue.category(POPULATION_DATA).click();
  await expect(catalogue.service('VTJkysely-rajapinnan tietolupahakemus')).toBeVisible();
  await expect(catalogue.service('VTJkysely-rajapinnan raamilupa välittäjäyritykselle')).toBeVisible();
  await axe.check();

  // The tabs follow the arrow keys, as the WAI-ARIA tabs pattern says.
  await catalogue.tab('Yritykset ja yhteisöt').press('ArrowLeft');
  await expect(catalogue.tab('Julkishallinto')).toBeFocused();
  await expect(catalogue.tab('Julkishallinto')).toHaveAttribute('aria-selected', 'true');

  await catalogue.startButton('VTJ-muutosrajapinnan hakemus ja tilaus').click();
  const login = new LoginPage(page);
  await expect(page).toHaveURL(/\/login\?service=muutosrajapinta$/);
  await expect(login.heading).toHaveText('Tunnistautuminen');
  await expect(login.heading).toBeFocused();
  await expect(login.main).toContainText('Aloitettava hakemus: VTJ-muutosrajapinnan hakemus ja tilaus');
  await axe.check();
});

test('the language menu changes the texts and the choice is remembered', async ({ page, axe }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto();

  await catalogue.chooseLanguage('På svenska (SV)');
  await expect(catalogue.heading).toHaveText('Starta en ny ansökan');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(catalogue.tab('Offentlig förvaltning')).toBeVisible();
  await expect(catalogue.tab('Företag och sammanslutningar')).toBeVisible();
  await catalogue.category('Jag vill ansöka om uppgifter ur befolkningsdatasystemet').click();
  await expect(catalogue.service('Ansökan och beställning av VTJ-ändringsgränssnittet')).toBeVisible();
  await expect(catalogue.headerLink('Logga in')).toBeVisible();
  await axe.check();

  await page.reload();
  await expect(catalogue.heading).toHaveText('Starta en ny ansökan');

  await catalogue.chooseLanguage('In English (EN)');
  await expect(catalogue.heading).toHaveText('Start a new application');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(catalogue.tab('Public administration')).toBeVisible();
  await catalogue.category('I want to request data from the Population Information System').click();
  await expect(catalogue.service('VTJ change interface application and order')).toBeVisible();
  await expect(catalogue.headerLink('Log in')).toBeVisible();
  await axe.check();

  await catalogue.chooseLanguage('Suomeksi (FI)');
  await expect(catalogue.heading).toHaveText('Aloita uusi hakemus');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
});

test('the skip link takes the keyboard to the main content', async ({ page }) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto();
  await page.keyboard.press('Tab');
  await expect(catalogue.skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(catalogue.main).toBeFocused();
});

test('an unknown address shows a page, not an error', async ({ page, axe }) => {
  const catalogue = new CataloguePage(page);
  await page.goto('/no-such-page');
  await expect(catalogue.heading).toHaveText('Sivua ei löytynyt');
  await axe.check();
  await catalogue.main.getByRole('link', { name: 'Siirry etusivulle' }).click();
  await expect(catalogue.heading).toHaveText('Aloita uusi hakemus');
});
