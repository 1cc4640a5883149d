/**
 * The README's screenshots (npm run screenshots): the front page with the catalogue open and the login
 * page, in Finnish, Swedish and English, an organisation's users and permits pages, the demo municipality's
 * applications and one of its forms, and the back office's queue, a case and the dashboard, with the demo
 * world's applications (src/demo/applications.ts), into docs/screenshots/.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PermitsPage, UsersPage } from './pages/accounts-pages';
import { ApplicationPage, ApplicationsListPage } from './pages/application-pages';
import { BackOfficeSite } from './pages/back-office/back-office-site';
import { BackOfficeLoginPage, HANDLER } from './pages/back-office/login-page';
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

/** The parts of GET /api/demo-world (src/demo/world.ts) these screenshots use. */
interface DemoApplication {
  state: string;
  reference: string | null;
  customerPath: string;
  backOfficePath: string | null;
}

async function demoApplication(page: Page, state: string): Promise<DemoApplication> {
  const response = await page.request.get('/api/demo-world');
  expect(response.ok(), 'the demo world is needed for these screenshots').toBe(true);
  const { applications } = (await response.json()) as { applications: DemoApplication[] };
  const found = applications.find((a) => a.state === state);
  if (!found) throw new Error(`the demo world has no application in ${state}`);
  return found;
}

test('the customer: the applications list and an application being filled in (fi)', async ({ page }) => {
  const draft = await demoApplication(page, 'draft');
  await page.goto('/login');
  await new LoginPage(page).identifyAs('Tessa Testilä');
  await expect(page).toHaveURL(/\/my-page$/);

  const list = new ApplicationsListPage(page);
  await page.goto(draft.customerPath.replace(/\/[^/]+$/, ''));
  await expect(list.item('VTJkysely-rajapinnan tietolupahakemus').first()).toBeVisible();
  await list.heading.focus();
  await page.screenshot({ path: `${directory}applications-list-fi.png`, fullPage: true });

  const application = new ApplicationPage(page);
  await page.goto(draft.customerPath);
  await expect(application.form).toBeVisible();
  await expect(application.textbox('Tietojen käyttötarkoitus')).toHaveValue(/^Varhaiskasvatuksen/);
  await application.heading.focus();
  // The form is long: its beginning, on a tall screen.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.screenshot({ path: `${directory}application-form-fi.png` });
});

test('the back office: the queue, a case in review and the dashboard (fi)', async ({ page }) => {
  const inReview = await demoApplication(page, 'in_review');
  const login = new BackOfficeLoginPage(page);
  await login.goto();
  await login.loginAs(HANDLER);
  const site = new BackOfficeSite(page);
  await expect(site.heading).toHaveText('Jono');
  await expect(
    site.main.getByRole('link', { name: inReview.reference as string, exact: true }),
  ).toBeVisible();
  await site.heading.focus();
  await page.screenshot({ path: `${directory}back-office-queue-fi.png`, fullPage: true });

  await page.goto(inReview.backOfficePath as string);
  await expect(site.main.getByTestId('case-state')).toHaveText('Käsittelyssä');
  await expect(site.main.getByTestId('case-handler')).toHaveText(HANDLER);
  await expect(site.main.getByRole('region', { name: 'Historia' })).toBeVisible();
  await site.heading.focus();
  // The case is long (the whole sent version and the history): its beginning, on a tall screen.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.screenshot({ path: `${directory}back-office-case-fi.png` });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The charts drawn at once, not half-way through their animation.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await site.navLink('Tilastot').click();
  await expect(site.heading).toHaveText('Tilastot');
  await expect(site.main.getByTestId('queue-size')).not.toHaveText('0');
  await expect(site.main.locator('.recharts-surface').first()).toBeVisible();
  await site.heading.focus();
  await page.screenshot({ path: `${directory}back-office-dashboard-fi.png`, fullPage: true });
});
