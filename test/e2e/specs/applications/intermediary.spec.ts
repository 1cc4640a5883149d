/**
 * The intermediary model (seeds/002 and 000 §3): a supplier's user prepares a VTJkysely application on
 * behalf of a customer organisation and sends it for approval; the customer's main user gets the e-mail,
 * follows its link (identifying first), reviews the answers and approves, which sends the application to
 * DVV; the supplier can no longer edit it. axe on every page state.
 */
import type { APIRequestContext } from '@playwright/test';
import { createOrganisation, devLogin, newPerson, randomBusinessId } from '../../accounts-api';
import { Axe, expect, test } from '../../fixtures';
import { waitForMail } from '../../mailbox';
import { ApplicationPage, StartApplicationPage } from '../../pages/application-pages';
import { CataloguePage } from '../../pages/catalogue-page';

const SERVICE = 'VTJkysely-rajapinnan tietolupahakemus';

test.beforeEach(async ({ request }) => {
  const persons = await request.get('/api/identity/dev/persons');
  test.skip(persons.status() === 404, 'the development identification provider is not available');
});

/** The answers the supplier has gathered (seeded through the API; the journey edits one of them). */
function preparedAnswers(customerBusinessId: string): Record<string, unknown> {
  return {
    purpose: 'Asiakkaiden osoitetietojen tarkistaminen laskutusta varten.',
    dataGroups: {
      HENKILON_NIMI: {
        justification: 'Laskut osoitetaan asiakkaalle nimellä.',
        legalBasis: 'Laki kunnan asiakasmaksuista (734/1992) 11 §',
      },
    },
    framework: false,
    queryUsers: 'Laskutuksen asiantuntijat, viisi henkeä.',
    endUserIdentification: 'Kyselyn tekijä tunnistetaan kertakirjautumisella ja kirjataan lokiin.',
    storesData: false,
    accessControl: 'Käyttöoikeudet myönnetään tehtävän perusteella ja tarkistetaan vuosittain.',
    logging: 'Kaikki kyselyt kirjataan, lokit säilytetään viisi vuotta.',
    retention: 'Tietoja ei tallenneta.',
    storageLocation: 'Toimittajan palvelinkeskus Suomessa.',
    processors: 'Toimittaja käsittelysopimuksella.',
    incidentHandling: 'Poikkeamat ilmoitetaan asiakkaalle ja DVV:lle vuorokauden kuluessa.',
    connectionMethod: 'xroad',
    xroadInstance: 'FI-TEST',
    xroadMemberClass: 'MUN',
    xroadMemberCode: customerBusinessId,
    xroadSubsystemCode: 'laskutus',
    adminContactName: 'Kerttu Kunnanvirkailija',
    adminContactEmail: 'kirjaamo@asiakas.example',
    adminContactPhone: '029 553 6000',
    technicalContactName: 'Teppo Toimittaja',
    technicalContactEmail: 'tuki@toimittaja.example',
    technicalContactPhone: '040 123 4567',
  };
}

async function seedAnswers(
  request: APIRequestContext,
  csrfToken: string,
  organisationId: string,
  applicationId: string,
  content: Record<string, unknown>,
): Promise<void> {
  const address = `/api/organisations/${organisationId}/applications/${applicationId}`;
  const view = await request.get(address);
  expect(view.status(), await view.text()).toBe(200);
  const { revision } = (await view.json()) as { revision: number };
  const saved = await request.put(`${address}/content`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { content, revision },
  });
  expect(saved.status(), await saved.text()).toBe(200);
}

test('a supplier prepares a VTJkysely application for a customer, whose main user approves it from the e-mail link', async ({
  page,
  browser,
  axe,
}) => {
  test.setTimeout(120_000);
  // The customer organisation and its main user, who is not logged in in the supplier's browser.
  const customerPerson = newPerson('Kerttu', 'Kunnanvirkailija');
  const customerBusinessId = randomBusinessId();
  const customerContext = await browser.newContext();
  const customerPage = await customerContext.newPage();
  const customerAxe = new Axe(customerPage);
  const customerCsrf = await devLogin(customerContext.request, customerPerson);
  const customer = await createOrganisation(customerContext.request, customerCsrf, {
    name: `Asiakaskunta ${customerBusinessId}`,
    businessId: customerBusinessId,
    email: customerPerson.email,
    kind: 'public',
  });
  await customerContext.clearCookies();

  const supplierPerson = newPerson('Sanna', 'Toimittaja');
  const supplierBusinessId = randomBusinessId();
  const supplierCsrf = await devLogin(page.request, supplierPerson);
  const supplier = await createOrganisation(page.request, supplierCsrf, {
    name: `Toimittaja ${supplierBusinessId} Oy`,
    businessId: supplierBusinessId,
    email: supplierPerson.email,
    kind: 'company',
  });

  // Start from the catalogue's company tab, on behalf of the customer.
  const catalogue = new CataloguePage(page);
  await catalogue.goto();
  await catalogue.tab('Yritykset ja yhteisöt').click();
  await catalogue.category('Haluan hakea tietoja väestötietojärjestelmästä').click();
  await catalogue.startButton(SERVICE).first().click();
  const start = new StartApplicationPage(page);
  await expect(start.heading).toHaveText(`Aloita hakemus: ${SERVICE}`);
  await start.choose('Asiakasorganisaation puolesta (välitoimijamalli)');
  await axe.check();

  // A Y-tunnus without an account is refused, and said so at the field.
  await start.customerBusinessId.fill(randomBusinessId());
  await start.startButton.click();
  await expect(start.errorSummary).toBeFocused();
  await expect(start.customerBusinessId).toHaveAttribute('aria-invalid', 'true');
  await expect(start.main.getByText(/Tällä Y-tunnuksella ei ole asiakastiliä/).first()).toBeVisible();
  await axe.check();

  await start.customerBusinessId.fill(customerBusinessId);
  await start.startButton.click();
  const form = new ApplicationPage(page);
  await expect(page).toHaveURL(new RegExp(`/organisations/${supplier.id}/applications/[0-9a-f-]{36}$`));
  const applicationId = form.applicationId();
  await expect(form.state).toHaveText('Luonnos (välitoimija)');
  await expect(form.main).toContainText(`${customer.name} (${customerBusinessId})`);
  // The supplier does not accept the terms for the customer, nor send to DVV.
  await expect(form.checkbox(/^Vakuutan antamani tiedot oikeiksi/)).toHaveCount(0);
  await expect(form.submitButton).toHaveCount(0);
  await axe.check();

  // What the supplier has gathered, saved as the draft; the page shows it after a reload.
  await seedAnswers(
    page.request,
    supplierCsrf,
    supplier.id,
    applicationId,
    preparedAnswers(customerBusinessId),
  );
  await page.reload();
  const purpose = form.textbox('Tietojen käyttötarkoitus');
  await expect(purpose).toHaveValue('Asiakkaiden osoitetietojen tarkistaminen laskutusta varten.');
  await purpose.fill('Asiakkaiden nimi- ja osoitetietojen tarkistaminen kunnan laskutusta varten.');
  await form.waitUntilSaved();

  // Send to the customer for approval, with a message.
  await form.main
    .getByRole('textbox', { name: /^Viesti asiakkaalle/ })
    .fill('Tarkistathan haettavat tietoryhmät.');
  const sentAt = new Date();
  await form.main.getByRole('button', { name: 'Lähetä asiakkaalle hyväksyttäväksi' }).click();
  await expect(
    form.main.getByRole('heading', { name: 'Hakemus on lähetetty asiakkaalle hyväksyttäväksi' }),
  ).toBeVisible();
  await expect(form.state).toHaveText('Odottaa asiakkaan hyväksyntää');
  await expect(form.form).toHaveCount(0);
  await axe.check();

  // The customer's main user gets the mail with a link to the application.
  const mail = await waitForMail({ to: customerPerson.email, after: sentAt });
  const link = mail.links.find((candidate) =>
    candidate.endsWith(`/organisations/${customer.id}/applications/${applicationId}`),
  );
  expect(link, `a link to the application in: ${mail.links.join(', ')}`).toBeDefined();

  // Following it: identification first, then back to the application.
  await customerPage.goto(new URL(link as string).pathname);
  await expect(customerPage).toHaveURL(/\/login\?returnTo=/);
  await devLogin(customerContext.request, customerPerson);
  await customerPage.reload();
  const approval = new ApplicationPage(customerPage);
  await expect(customerPage).toHaveURL(
    new RegExp(`/organisations/${customer.id}/applications/${applicationId}$`),
  );
  await expect(approval.main.getByRole('heading', { name: 'Hakemus odottaa hyväksyntääsi' })).toBeVisible();
  await expect(approval.main).toContainText(`${supplier.name} on valmistellut tämän hakemuksen`);
  await expect(approval.main).toContainText('Tarkistathan haettavat tietoryhmät.');
  await expect(approval.main).toContainText(
    'Asiakkaiden nimi- ja osoitetietojen tarkistaminen kunnan laskutusta varten.',
  );
  await expect(approval.main).toContainText('Laki kunnan asiakasmaksuista (734/1992) 11 §');
  await customerAxe.check();

  await approval.main.getByRole('button', { name: 'Hyväksy ja lähetä DVV:lle' }).click();
  await expect(approval.main.getByRole('heading', { name: 'Hakemus on lähetetty DVV:lle' })).toBeVisible();
  await expect(approval.state).toHaveText('Lähetetty');
  await expect(approval.reference).toHaveText(/^TL-\d{4}-\d{6}$/);
  await customerAxe.check();

  // The supplier sees it sent, and can no longer change it.
  await page.reload();
  await expect(form.state).toHaveText('Lähetetty');
  await expect(form.form).toHaveCount(0);
  await expect(form.main.getByRole('button', { name: /Lähetä/ })).toHaveCount(0);
  const edit = await page.request.put(
    `/api/organisations/${supplier.id}/applications/${applicationId}/content`,
    {
      headers: { 'X-CSRF-Token': supplierCsrf },
      data: { content: {}, revision: 99 },
    },
  );
  expect([403, 404, 409]).toContain(edit.status());
  await axe.check();
  await customerContext.close();
});

test('the customer returns the application with a comment, and the supplier makes a corrected copy', async ({
  page,
  browser,
  axe,
}) => {
  test.setTimeout(90_000);
  const customerPerson = newPerson('Kerttu', 'Kunnanvirkailija');
  const customerBusinessId = randomBusinessId();
  const customerContext = await browser.newContext();
  const customerPage = await customerContext.newPage();
  const customerAxe = new Axe(customerPage);
  const customerCsrf = await devLogin(customerContext.request, customerPerson);
  const customer = await createOrganisation(customerContext.request, customerCsrf, {
    name: `Asiakaskunta ${customerBusinessId}`,
    businessId: customerBusinessId,
    email: customerPerson.email,
    kind: 'public',
  });

  const supplierPerson = newPerson('Sanna', 'Toimittaja');
  const supplierBusinessId = randomBusinessId();
  const supplierCsrf = await devLogin(page.request, supplierPerson);
  const supplier = await createOrganisation(page.request, supplierCsrf, {
    name: `Toimittaja ${supplierBusinessId} Oy`,
    businessId: supplierBusinessId,
    email: supplierPerson.email,
    kind: 'company',
  });
  // Prepared and sent for approval through the API: the journey under test is the return.
  const headers = { 'X-CSRF-Token': supplierCsrf };
  const created = await page.request.post(`/api/organisations/${supplier.id}/applications`, {
    headers,
    data: { form: 'vtjkysely', kind: 'new', onBehalfOf: { businessId: customerBusinessId } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id: applicationId } = (await created.json()) as { id: string };
  await seedAnswers(
    page.request,
    supplierCsrf,
    supplier.id,
    applicationId,
    preparedAnswers(customerBusinessId),
  );
  const sent = await page.request.post(
    `/api/organisations/${supplier.id}/applications/${applicationId}/send-to-customer`,
    { headers, data: { message: '' } },
  );
  expect(sent.status(), await sent.text()).toBe(200);

  // The customer returns it; a comment is required.
  const review = new ApplicationPage(customerPage);
  await review.goto(customer.id, applicationId);
  await review.main.getByRole('button', { name: 'Palauta', exact: true }).click();
  const comment = review.main.getByRole('textbox', { name: /^Palautuksen syy/ });
  await expect(comment).toBeFocused();
  await review.main.getByRole('button', { name: 'Palauta valmistelijalle' }).click();
  await expect(comment).toBeFocused();
  await expect(comment).toHaveAttribute('aria-invalid', 'true');
  await customerAxe.check();
  await comment.fill('Lisätkää tietoryhmä Vakinainen osoite Suomessa.');
  await review.main.getByRole('button', { name: 'Palauta valmistelijalle' }).click();
  await expect(
    review.main.getByRole('heading', { name: 'Hakemus on palautettu valmistelijalle' }),
  ).toBeVisible();
  await expect(review.state).toHaveText('Asiakas palautti');
  await customerAxe.check();

  // The supplier sees the return and its comment, and copies it into a new draft to correct.
  const form = new ApplicationPage(page);
  await form.goto(supplier.id, applicationId);
  await expect(form.state).toHaveText('Asiakas palautti');
  await expect(form.main.getByRole('heading', { name: 'Asiakas palautti hakemuksen' })).toBeVisible();
  await expect(form.main).toContainText('Lisätkää tietoryhmä Vakinainen osoite Suomessa.');
  await axe.check();
  await form.main.getByRole('button', { name: 'Tee korjattu kopio' }).click();
  await expect(page).not.toHaveURL(new RegExp(`/applications/${applicationId}$`));
  await expect(form.state).toHaveText('Luonnos (välitoimija)');
  await expect(form.main).toContainText('Tämä on korjattu kopio palautetusta hakemuksesta.');
  await expect(form.textbox('Tietojen käyttötarkoitus')).toHaveValue(
    'Asiakkaiden osoitetietojen tarkistaminen laskutusta varten.',
  );
  await axe.check();
  await customerContext.close();
});
