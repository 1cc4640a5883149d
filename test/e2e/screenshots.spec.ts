/**
 * The README's screenshots (npm run screenshots): the front page with the catalogue open and the login
 * page, in Finnish, Swedish and English, into docs/screenshots/.
 */
import { expect, test } from './fixtures';
import { CataloguePage } from './pages/catalogue-page';
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
