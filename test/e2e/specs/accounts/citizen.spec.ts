/**
 * The citizen view: a person whose data a permit holder has fetched through the change interface sees
 * the disclosure on "Omat tietoni", and another person does not. axe-clean, also at 320 px.
 */
import { devLogin, newPerson } from '../../accounts-api';
import { expect, test } from '../../fixtures';
import { callInterface } from '../../interfaces';
import { MyDataPage } from '../../pages/accounts-pages';
import { LoginPage } from '../../pages/login-page';

/** The parts of GET /api/demo-world (src/demo/world.ts) this journey uses. */
interface DemoWorld {
  muutosrajapinta: { basePath: string; username: string; password: string; xRoadClient: string };
  persons: { ordinary: string };
}

test('a person sees who has received their data; another person sees none of it', async ({ page, axe }) => {
  const worldResponse = await page.request.get('/api/demo-world');
  test.skip(
    worldResponse.status() === 404,
    'no demo world: the demo permit holder is needed to disclose data',
  );
  const world = (await worldResponse.json()) as DemoWorld;
  const hetu = world.persons.ordinary;

  // The demo municipality fetches the person's base data through its X-Road security server.
  const { muutosrajapinta } = world;
  const fetched = await callInterface({
    path: `${muutosrajapinta.basePath}/perustiedot`,
    body: JSON.stringify({ hetulista: [hetu], tietoryhmat: ['HENKILON_NIMI', 'KOTIKUNTA'] }),
    headers: { 'Content-Type': 'application/json', 'X-Road-Client': muutosrajapinta.xRoadClient },
    as: 'security-server',
    credentials: { username: muutosrajapinta.username, password: muutosrajapinta.password },
  });
  expect(fetched.status, fetched.body).toBe(200);

  // Not logged in: identification first, and back.
  const myData = new MyDataPage(page);
  await myData.goto();
  await expect(page).toHaveURL(/\/login\?returnTo=%2Fmy-data$/);
  await devLogin(page.request, { ...newPerson('Olli', 'Omakohtainen'), hetu });
  await myData.goto();
  await expect(myData.heading).toHaveText('Omat tietoni: kuka on saanut tietojani');
  await expect(myData.notInDvv).toBeVisible();
  const row = myData.table.getByRole('row').filter({ hasText: 'Esimerkkilän kunta' }).first();
  await expect(row).toContainText('VTJ-muutosrajapinta');
  await expect(row).toContainText('perustiedot');
  await expect(row).toContainText('Kotikunta');
  // The page never shows an identity code, not even the person's own.
  await expect(myData.main).not.toContainText(hetu);
  await axe.check();
  await page.setViewportSize({ width: 320, height: 800 });
  await axe.check();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Someone else, from Omat asiat: nothing of that person's.
  await page.context().clearCookies();
  await page.goto('/login');
  await new LoginPage(page).identifyAs('Minerva Marttila');
  await page.getByRole('link', { name: 'Omat tietoni: kuka on saanut tietojani' }).click();
  await expect(myData.heading).toHaveText('Omat tietoni: kuka on saanut tietojani');
  await expect(myData.main).toContainText('Tietojasi ei ole luovutettu tämän palvelun rajapintojen kautta.');
  await axe.check();
});
