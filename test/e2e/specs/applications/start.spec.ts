/**
 * Starting an application: from the catalogue without a session, identification comes first and then the
 * start page; a change application names the permit it changes; a person with several accounts chooses the
 * organisation (and is told when they have not). axe on every state.
 */
import { createOrganisation, devLogin, newPerson, randomBusinessId } from '../../accounts-api';
import { expect, test } from '../../fixtures';
import { ApplicationPage, StartApplicationPage } from '../../pages/application-pages';
import { CataloguePage } from '../../pages/catalogue-page';
import { LoginPage } from '../../pages/login-page';

/** The demo municipality's main user (src/demo/eservice.ts), whose change-interface permit is active. */
const DEMO_MAIN_USER = 'Tessa Testilä';
const SERVICE = 'VTJ-muutosrajapinnan hakemus ja tilaus';

test.beforeEach(async ({ request }) => {
  const persons = await request.get('/api/identity/dev/persons');
  test.skip(persons.status() === 404, 'the development identification provider is not available');
});

test('from the catalogue without a session: identification, then a change to a valid permit', async ({
  page,
  axe,
}) => {
  const catalogue = new CataloguePage(page);
  await catalogue.goto();
  await catalogue.category('Haluan hakea tietoja väestötietojärjestelmästä').click();
  await catalogue.startButton(SERVICE).click();
  await expect(page).toHaveURL(/\/login\?service=muutosrajapinta$/);
  await new LoginPage(page).identifyAs(DEMO_MAIN_USER);

  const start = new StartApplicationPage(page);
  await expect(page).toHaveURL(/\/applications\/new\?service=muutosrajapinta$/);
  await expect(start.heading).toHaveText(`Aloita hakemus: ${SERVICE}`);
  await start.choose('Muutos voimassa olevaan lupaan');
  const permit = start.main.getByRole('button', { name: /Lupa, jota muutos koskee/ });
  await expect(permit).toBeVisible();
  await axe.check();

  // Without the permit: the summary names it, and the field says it.
  await start.startButton.click();
  await expect(start.errorSummary).toBeFocused();
  await expect(start.main.getByRole('link', { name: 'Valitse lupa, jota muutos koskee.' })).toBeVisible();
  await axe.check();

  await permit.click();
  await page.getByRole('option').first().click();
  await start.startButton.click();
  const form = new ApplicationPage(page);
  await expect(form.form).toBeVisible();
  await expect(form.heading).toHaveText(SERVICE);
  await expect(form.main).toContainText('Muutos voimassa olevaan lupaan');
  await axe.check();

  // A draft nobody needs is withdrawn, which asks first.
  await form.main.getByRole('button', { name: 'Peru hakemus' }).click();
  await expect(form.main).toContainText('Haluatko varmasti perua hakemuksen?');
  await axe.check();
  await form.main.getByRole('button', { name: 'Kyllä, peru hakemus' }).click();
  await expect(form.state).toHaveText('Peruttu');
  await expect(form.form).toHaveCount(0);
  await axe.check();
});

test('a person using two accounts chooses the organisation the application is for', async ({ page, axe }) => {
  const person = newPerson('Ville', 'Kahdentilin');
  const csrfToken = await devLogin(page.request, person);
  const organisations = [];
  for (const name of ['Ensimmäinen', 'Toinen']) {
    const businessId = randomBusinessId();
    organisations.push(
      await createOrganisation(page.request, csrfToken, {
        name: `${name} kunta ${businessId}`,
        businessId,
        email: person.email,
        kind: 'public',
      }),
    );
  }
  const second = organisations[1] as (typeof organisations)[number];

  const start = new StartApplicationPage(page);
  await page.goto('/applications/new?service=vtjkyselyPublic');
  await expect(start.heading).toHaveText('Aloita hakemus: VTJkysely-rajapinnan tietolupahakemus');
  await start.startButton.click();
  await expect(start.errorSummary).toBeFocused();
  await expect(start.main.getByRole('link', { name: 'Valitse hakijaorganisaatio.' })).toBeVisible();
  await axe.check();

  await start.choose(second.name);
  await start.startButton.click();
  const form = new ApplicationPage(page);
  await expect(form.form).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/organisations/${second.id}/applications/[0-9a-f-]{36}$`));
  await expect(form.main).toContainText(`${second.name} (${second.businessId})`);
});
