/**
 * Issue #7, the handler's journey: a municipality sends a change-interface application (seeded through the
 * customer API, with its own browser); a handler logs in, finds it in the queue and takes it, reads the
 * version sent, notes something internal, asks for more information (the customer gets the e-mail and
 * answers in the e-service), then grants fewer data groups than applied for. The decision e-mail arrives,
 * the customer accepts the terms, and the permit is active in the back office's register and in the
 * customer's view. axe on every back-office page.
 */
import type { Browser, Page } from '@playwright/test';
import { Axe, expect, test } from '../../fixtures';
import { waitForMail } from '../../mailbox';
import { CasePage, internalNotes, QueuePage } from '../../pages/back-office/case-page';
import { BackOfficeLoginPage, HANDLER } from '../../pages/back-office/login-page';
import {
  BackOfficePermitPage,
  DashboardPage,
  PermitRegisterPage,
} from '../../pages/back-office/permit-pages';
import { ConnectionsPage, DisclosuresPage } from '../../pages/back-office/review-pages';
import { PermitPage } from '../../pages/permit-page';
import { APPLIED, newCustomer, OWN_LAW, sendApplication } from './seed';

test.beforeEach(async ({ request }) => {
  const providers = await request.get('/api/back-office/login/providers');
  const body = providers.ok() ? ((await providers.json()) as { providers: string[] }) : { providers: [] };
  test.skip(!body.providers.includes('development'), 'the development staff login is not available');
});

async function customerBrowser(
  browser: Browser,
): Promise<{ page: Page; axe: Axe; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { page, axe: new Axe(page), close: () => context.close() };
}

test('a handler takes an application, asks for more, grants fewer data groups, and the permit becomes active', async ({
  page,
  axe,
  browser,
}) => {
  test.setTimeout(180_000);
  const customerSide = await customerBrowser(browser);
  const customer = await newCustomer(customerSide.page.request);
  const { id, reference } = await sendApplication(customerSide.page.request, customer);
  const organisationName = customer.organisation.name;
  const note = `Tarkistettava kunnan päätös (${reference}).`;
  const question = 'Toimittakaa selvitys osoitetietojen käyttötarpeesta.';
  const answer = 'Osoitetietoja tarvitaan kotikäyntien järjestämiseen.';

  await test.step('the handler finds the case in the queue, filtered, and takes it', async () => {
    const login = new BackOfficeLoginPage(page);
    await login.goto();
    await login.loginAs(HANDLER);
    const queue = new QueuePage(page);
    await expect(queue.heading).toHaveText('Jono');
    await axe.check();

    await queue.choose('Palvelu', 'VTJ-muutosrajapinta');
    await queue.choose('Käsittelijä', 'Ei käsittelijää');
    await queue.field('Organisaatio').fill(organisationName);
    await queue.applyButton.click();
    // The filters are in the address (nothing personal), so the view can be reloaded and shared.
    await expect(page).toHaveURL(/form=muutosrajapinta/);
    await expect(page).toHaveURL(/assigned=none/);
    await expect(queue.row(reference)).toContainText('Saapunut');
    await expect(queue.row(reference)).toContainText(customer.organisation.businessId);
    await axe.check();
    await page.reload();
    await expect(queue.row(reference)).toBeVisible();
    await expect(queue.field('Organisaatio')).toHaveValue(organisationName);

    // Sorting by age is a button in the column header.
    await expect(queue.ageHeader).toHaveAttribute('aria-sort', 'descending');
    await queue.ageHeader.getByRole('button').click();
    await expect(queue.ageHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=newest/);

    await queue.assignButton(reference).click();
    await expect(queue.status).toHaveText(`Hakemus ${reference} on otettu käsittelyysi.`);
    await axe.check();
  });

  const view = new CasePage(page);
  await test.step('the case shows the version sent, read-only with the form’s labels', async () => {
    await new QueuePage(page).goto('?assigned=me');
    await new QueuePage(page).caseLink(reference).click();
    await expect(view.heading).toHaveText(`Hakemus ${reference}`);
    await expect(view.state).toHaveText('Käsittelyssä');
    await expect(view.handler).toHaveText(HANDLER);
    await expect(view.main).toContainText(`${organisationName} (${customer.organisation.businessId})`);
    // Every group applied for, with its justification and legal provision.
    const groups = view.version.getByRole('table', { name: '3 haettua tietoryhmää' });
    for (const [name, code] of APPLIED) {
      await expect(groups.getByRole('row', { name: new RegExp(`^${name}`) })).toContainText(
        `Asiakasrekisterin ylläpito (${code}).`,
      );
    }
    await expect(groups).toContainText('Sosiaalihuoltolaki 58 §');
    // The turvakielto section, and a choice shown by its label.
    await expect(view.version.getByRole('region', { name: 'Turvakiellon alaiset tiedot' })).toContainText(
      OWN_LAW,
    );
    await expect(view.version).toContainText('Kuntarajaus: kunnan, hyvinvointialueen tai kuntayhtymän');
    await expect(view.version).toContainText('Päivittäin');
    await axe.check();
  });

  await test.step('an internal note is marked as never shown to the customer', async () => {
    await view.addNoteButton.click();
    await expect(view.main.getByText('Kirjoita muistiinpano.').first()).toBeVisible();
    await view.noteField.fill(note);
    await view.addNoteButton.click();
    await expect(view.status.filter({ hasText: 'Muistiinpano on lisätty' })).toBeVisible();
    await expect(internalNotes(view.history).filter({ hasText: note })).toHaveCount(1);
    // The assignment is internal too, but not a note.
    await expect(
      view.history.getByRole('listitem').filter({ hasText: 'Käsittelijä määrättiin' }),
    ).toContainText('Sisäinen tapahtuma – ei näy asiakkaalle');
    await axe.check();
  });

  await test.step('the handler asks for more information; the customer gets the e-mail', async () => {
    const sentAt = new Date();
    await view.sendInfoRequestButton.click();
    await expect(view.errorSummary).toBeFocused();
    await expect(view.main.getByText('Kirjoita viesti hakijalle.').first()).toBeVisible();
    await axe.check();
    await view.infoMessage.fill(question);
    await view.sendInfoRequestButton.click();
    await expect(view.status.filter({ hasText: 'Lisätietopyyntö on lähetetty hakijalle.' })).toBeVisible();
    await expect(view.state).toHaveText('Lisätietoja pyydetty');
    await expect(view.main.getByRole('region', { name: 'Lisätietopyynnöt' })).toContainText(question);
    await axe.check();

    const mail = await waitForMail({
      to: customer.person.email,
      subjectIncludes: `Täydennyspyyntö hakemukseen ${reference}`,
      after: sentAt,
    });
    expect(mail.links.some((link) => link.includes(`/applications/${id}`))).toBe(true);
  });

  await test.step('the customer answers in the e-service and never sees the internal note', async () => {
    await customerSide.page.goto(`/organisations/${customer.organisation.id}/applications/${id}`);
    const request = customerSide.page.getByRole('region', { name: 'DVV pyytää lisätietoja' });
    await expect(request).toContainText(question);
    await request.getByRole('textbox', { name: /^Vastauksesi/ }).fill(answer);
    await request.getByRole('button', { name: 'Lähetä vastaus' }).click();
    await expect(customerSide.page.getByRole('region', { name: 'Lisätietopyynnöt' })).toContainText(answer);
    await expect(customerSide.page.getByRole('main')).not.toContainText(note);
  });

  await test.step('back in review, the handler grants fewer data groups than applied for', async () => {
    await page.reload();
    await expect(view.state).toHaveText('Käsittelyssä');
    await expect(view.main.getByRole('region', { name: 'Lisätietopyynnöt' })).toContainText(answer);

    // Nothing chosen yet: the error summary, focused.
    await view.reviewButton.click();
    await expect(view.errorSummary).toBeFocused();
    await axe.check();

    await view.chooseOutcome('Myönnetään');
    for (const [name] of APPLIED) await expect(view.dataGroup(name)).toBeChecked();
    const [, , [withheld]] = APPLIED;
    await view.press(view.dataGroup(withheld));
    await expect(view.dataGroup(withheld)).not.toBeChecked();
    await view.grantTurvakielto(true);
    await view.main
      .getByRole('textbox', { name: /^Luvan ehdot/ })
      .fill('Tietoja saa käyttää vain kotikäynteihin.');
    await axe.check();

    await view.reviewButton.click();
    await expect(view.confirmHeading).toBeFocused();
    const summary = view.main.getByRole('definition');
    await expect(summary.filter({ hasText: 'Nimi' }).first()).toBeVisible();
    await expect(view.main).toContainText(`Ei myönnetä${withheld}`);
    await axe.check();

    // Back and forth keeps what was chosen.
    await view.backToEditingButton.click();
    await expect(view.dataGroup(withheld)).not.toBeChecked();
    await expect(view.dataGroup('Nimi')).toBeChecked();
    await view.reviewButton.click();

    const decidedAt = new Date();
    await view.confirmButton.click();
    await expect(view.outcome).toHaveText('Myönnetty');
    await expect(view.state).toHaveText('Myönnetty');
    await expect(view.permitLink).toHaveText('Avaa lupa (Odottaa ehtojen hyväksymistä)');
    const pdf = await page.request.get((await view.decisionDocument.getAttribute('href')) as string);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await axe.check();

    const mail = await waitForMail({
      to: customer.person.email,
      subjectIncludes: `Päätös hakemukseen ${reference}: lupa myönnetty`,
      after: decidedAt,
    });
    expect(mail.links.some((link) => link.includes(`/applications/${id}`))).toBe(true);
  });

  let permitId = '';
  await test.step('the customer accepts the terms; the permit is active', async () => {
    await customerSide.page.goto(`/organisations/${customer.organisation.id}/applications/${id}`);
    await customerSide.page.getByRole('link', { name: 'Luvan tiedot ja ehdot' }).click();
    const permit = new PermitPage(customerSide.page);
    await expect(permit.state).toHaveText('Odottaa ehtojen hyväksymistä');
    await expect(permit.dataGroups).toHaveCount(2);
    await permit.acceptButton.click();
    await expect(permit.acceptedHeading).toBeVisible();
    await expect(permit.state).toHaveText('Voimassa');
    permitId = permit.permitId();
  });

  const subsystem = (code: string) => `FI-TEST/MUN/${customer.organisation.businessId}/${code}`;
  await test.step('the handler approves one X-Road subsystem the customer registered and rejects another', async () => {
    for (const code of ['asiakasrekisteri', 'kokeilu']) {
      const registered = await customerSide.page.request.post(
        `/api/organisations/${customer.organisation.id}/permits/${permitId}/connections`,
        { headers: { 'X-CSRF-Token': customer.csrfToken }, data: { xroadClient: subsystem(code) } },
      );
      expect(registered.status(), await registered.text()).toBe(201);
    }
    const connections = new ConnectionsPage(page);
    await connections.goto();
    await expect(connections.row(subsystem('asiakasrekisteri'))).toContainText(organisationName);
    await expect(connections.row(subsystem('asiakasrekisteri'))).toContainText(
      'Palveluväylän alijärjestelmä',
    );
    await axe.check();
    await connections.approveButton(connections.row(subsystem('asiakasrekisteri'))).click();
    await expect(connections.status).toHaveText(`Yhteys ${subsystem('asiakasrekisteri')} on hyväksytty.`);
    await expect(connections.row(subsystem('asiakasrekisteri'))).toHaveCount(0);
    await connections
      .row(subsystem('kokeilu'))
      .getByRole('button', { name: `Hylkää ${subsystem('kokeilu')}` })
      .click();
    await expect(connections.status).toHaveText(`Yhteys ${subsystem('kokeilu')} on hylätty.`);
    await expect(connections.row(subsystem('kokeilu'))).toHaveCount(0);
    await axe.check();
  });

  await test.step('the back office’s permit register shows the permit active', async () => {
    const register = new PermitRegisterPage(page);
    await register.goto();
    await expect(register.heading).toHaveText('Luparekisteri');
    await register.filterByState('Voimassa');
    await expect(page).toHaveURL(/state=active/);
    const row = register.rows(organisationName);
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('permit-state')).toHaveText('Voimassa');
    await expect(row).toContainText('VTJ-muutosrajapinta');
    // Two data groups, one approved connection.
    await expect(row.getByRole('cell').nth(4)).toHaveText('2');
    await expect(row.getByRole('cell').nth(5)).toHaveText('1');
    await axe.check();

    await row.getByRole('link', { name: organisationName }).click();
    const permit = new BackOfficePermitPage(page);
    await expect(permit.heading).toHaveText(`Lupa: ${organisationName}, VTJ-muutosrajapinta`);
    await expect(permit.state).toHaveText('Voimassa');
    await expect(permit.dataGroups).toHaveCount(2);
    await expect(permit.main).toContainText(reference);
    await expect(permit.main.getByRole('table', { name: 'Luvan yhteydet' })).toContainText(
      subsystem('asiakasrekisteri'),
    );
    await axe.check();
  });

  await test.step('the other sections are axe-clean: statistics and the disclosure log', async () => {
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await expect(dashboard.heading).toHaveText('Tilastot');
    await expect(dashboard.queueSize).toHaveText(/^\d+$/);
    const byState = dashboard.chart('Hakemukset tiloittain');
    await expect(byState.getByRole('table')).toBeAttached();
    await axe.check();
    await dashboard.showTable(byState).click();
    await expect(byState.getByRole('table')).toBeVisible();
    await expect(byState.getByRole('row', { name: /^Myönnetty \d+$/ })).toBeVisible();
    await axe.check();

    const disclosures = new DisclosuresPage(page);
    await disclosures.goto();
    await expect(disclosures.heading).toHaveText('Luovutusloki');
    await axe.check();
    const hetu = '010180-999A';
    await disclosures.hetu.fill(hetu);
    await disclosures.searchButton.click();
    await expect(disclosures.main.getByText(/^\d+ luovutus(ta)?$/)).toBeVisible();
    expect(page.url()).not.toContain(hetu);
    await axe.check();
  });

  await customerSide.close();
});
