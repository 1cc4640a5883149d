/**
 * After the first save and after sending: a draft edited in two windows (the later save is refused as stale,
 * nothing typed is lost, and the person keeps their answers), and DVV's request for more information answered
 * with a text and an attachment. axe on every state.
 */
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../../fixtures';
import { ApplicationPage } from '../../pages/application-pages';
import { muutosrajapintaAnswers, newCustomer, sendApplication, staffLogin } from '../back-office/seed';
import { smallPdf } from './small-pdf';

test.beforeEach(async ({ request }) => {
  const persons = await request.get('/api/identity/dev/persons');
  test.skip(persons.status() === 404, 'the development identification provider is not available');
});

async function draft(request: APIRequestContext, organisationId: string, csrfToken: string): Promise<string> {
  const created = await request.post(`/api/organisations/${organisationId}/applications`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { form: 'muutosrajapinta', kind: 'new' },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

test('a draft saved in another window: the stale save is explained, nothing is lost, and the person keeps their answers', async ({
  page,
  context,
  axe,
}) => {
  const customer = await newCustomer(page.request);
  const applicationId = await draft(page.request, customer.organisation.id, customer.csrfToken);

  const first = new ApplicationPage(page);
  await first.goto(customer.organisation.id, applicationId);
  const secondPage = await context.newPage();
  const second = new ApplicationPage(secondPage);
  await second.goto(customer.organisation.id, applicationId);

  // The other window saves first.
  await second.textbox('Tietojen käyttötarkoitus').fill('Toisessa ikkunassa kirjoitettu.');
  await second.waitUntilSaved();

  // This window's save is now stale: explained, with both choices; what was typed stays on the page.
  const purpose = first.textbox('Tietojen käyttötarkoitus');
  await purpose.fill('Tässä ikkunassa kirjoitettu käyttötarkoitus.');
  const conflict = first.main.getByRole('heading', { name: 'Hakemusta on muutettu muualla' });
  await expect(conflict).toBeFocused();
  await expect(first.saveStatus).toHaveText('Tallennus keskeytetty: hakemusta on muutettu muualla.');
  await expect(purpose).toHaveValue('Tässä ikkunassa kirjoitettu käyttötarkoitus.');
  await axe.check();

  await first.main.getByRole('button', { name: 'Tallenna minun vastaukseni' }).click();
  await first.waitUntilSaved();
  await expect(conflict).toHaveCount(0);

  await secondPage.reload();
  await expect(second.textbox('Tietojen käyttötarkoitus')).toHaveValue(
    'Tässä ikkunassa kirjoitettu käyttötarkoitus.',
  );
  await secondPage.close();
});

test('DVV asks for more information: the request shows with its deadline, and is answered with a text and an attachment', async ({
  page,
  browser,
  axe,
}) => {
  const customer = await newCustomer(page.request);
  const sent = await sendApplication(page.request, customer);

  // A handler takes the case and asks for more (through the back office's API).
  const due = new Date(Date.now() + 30 * 86_400_000);
  const [year, month, day] = [due.getUTCFullYear(), due.getUTCMonth() + 1, due.getUTCDate()];
  const deadline = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const staff = await browser.newContext();
  const staffCsrf = await staffLogin(staff.request, 'dev-handler');
  const headers = { 'X-CSRF-Token': staffCsrf };
  const assigned = await staff.request.post(`/api/back-office/applications/${sent.id}/assign`, {
    headers,
    data: {},
  });
  expect(assigned.status(), await assigned.text()).toBe(200);
  const asked = await staff.request.post(`/api/back-office/applications/${sent.id}/info-requests`, {
    headers,
    data: { message: 'Lähettäkää tietoturvaselvitys liitteenä.', deadline },
  });
  expect(asked.status(), await asked.text()).toBe(200);
  await staff.close();

  const view = new ApplicationPage(page);
  await view.goto(customer.organisation.id, sent.id);
  await expect(view.state).toHaveText('Täydennyspyyntö');
  const request = view.main.getByRole('region', { name: 'DVV pyytää lisätietoja' });
  await expect(request).toContainText('Lähettäkää tietoturvaselvitys liitteenä.');
  await expect(request).toContainText(`Vastaa viimeistään ${day}.${month}.${year}.`);
  await axe.check();

  // An answer is required.
  await request.getByRole('button', { name: 'Lähetä vastaus' }).click();
  const answer = request.getByRole('textbox', { name: /^Vastauksesi/ });
  await expect(answer).toBeFocused();
  await expect(answer).toHaveAttribute('aria-invalid', 'true');

  await answer.fill('Tietoturvaselvitys on liitteenä.');
  await request.locator('input[type="file"]').setInputFiles({
    name: 'tietoturvaselvitys.pdf',
    mimeType: 'application/pdf',
    buffer: smallPdf('Tietoturvaselvitys'),
  });
  await expect(request.getByRole('link', { name: /tietoturvaselvitys\.pdf/ })).toBeVisible();
  await axe.check();
  await request.getByRole('button', { name: 'Lähetä vastaus' }).click();

  await expect(view.main.getByRole('heading', { name: 'Vastauksesi on lähetetty DVV:lle' })).toBeVisible();
  await expect(view.state).toHaveText('Käsittelyssä');
  await expect(view.main.getByRole('region', { name: 'Lisätietopyynnöt' })).toContainText(
    'Tietoturvaselvitys on liitteenä.',
  );
  await axe.check();
  // The answers of the application are unchanged.
  await expect(view.main).toContainText(String(muutosrajapintaAnswers().purpose));
});
