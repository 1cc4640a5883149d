/**
 * The README's screenshots (npm run screenshots): the front page with the catalogue open and the login
 * page, in Finnish, Swedish and English, and an organisation's users and permits pages, into docs/screenshots/.
 */
import { expect, test } from './fixtures';
import { PermitsPage, UsersPage } from './pages/accounts-pages';
import { CataloguePage } from './pages/catalogue-page';
import { LoginPage } from './pages/login-page';
import type { LanguageName } from './pages/site';

const LANGUAGES: { code: string; name: LanguageName; category: string; service: string }[] = [
  {
    code: 'fi',
    name: 'Suomeksi (FI)',
    category: 'Haluan hakea tietoja väestötietojärjestelmästä',
    service: 'VTJ-muutosrajapinnan hakemus ja tilaus',
  },
  {
    code: 'sv',
    name: 'På svenska (SV)',
    category: 'Jag vill ansöka om uppgifter ur befolkningsdatasystemet',
    service: 'Ansökan och beställning av VTJ-ändringsgränssnittet',
  },
  {
    code: 'en',
    name: 'In English (EN)',
    category: 'I want to request data from the Population Information System',
    service: 'VTJ change interface application and order',
  },
];

const directory = new URL('../../docs/screenshots/', import.meta.url).pathname;

for (const language of LANGUAGES) {
  test(`front page and login page in ${language.code}`, async ({ page }) => {
    const catalogue = new CataloguePage(page);
    await catalogue.goto();
    await catalogue.chooseLanguage(language.name);
    await catalogue.category(language.category).click();
    await expect(catalogue.service(language.service)).toBeVisible();
    await catalogue.heading.focus();
    await page.screenshot({ path: `${directory}front-page-${language.code}.png`, fullPage: true });

    await catalogue.startButton(language.service).click();
    await expect(catalogue.main.getByRole('radio').first()).toBeVisible();
    await page.screenshot({ path: `${directory}login-${language.code}.png`, fullPage: true });
  });
}

test('an organisation: its users and its permits (fi)', async ({ page }) => {
  await page.goto('/login');
  await new LoginPage(page).identifyAs('Tessa Testilä');
  await page.getByRole('link', { name: 'Esimerkkilän kunta' }).click();
  const users = new UsersPage(page);
  await users.navLink('Käyttäjät').click();
  await expect(users.member('Tessa Testilä')).toBeVisible();
  await users.heading.focus();
  await page.screenshot({ path: `${directory}organisation-users-fi.png`, fullPage: true });

  const permits = new PermitsPage(page);
  await permits.navLink('Luvat ja käyttöönotto').click();
  await expect(permits.credentials(permits.permit('VTJkysely'))).toContainText('demo-vtjkysely');
  await permits.heading.focus();
  await page.screenshot({ path: `${directory}organisation-permits-fi.png`, fullPage: true });
});
