/**
 * The whole journey (issue #8), through the browser and the interfaces' own transports, with no back door:
 *
 * 1. seeds/000 — a municipality's user creates the customer account, applies for the VTJ change interface
 *    with turvakielto data (hetu-list selection holding two demo persons), sends it, then sends the
 *    Palveluväylä subsystem permission application for its FI-TEST subsystem, linked to it. A handler
 *    grants fewer data groups than applied for, then the subsystem. The decision e-mail arrives, the user
 *    accepts the terms and creates credentials (the password read from the page, shown once), and a client
 *    behind the pinned X-Road security server calls kirjausavain, muutokset and perustiedot: exactly the
 *    granted data groups come back.
 * 2. seeds/002 — an intermediary company's account (created by one person), a second person joins by the
 *    e-mailed invitation and applies for the VTJkysely framework permit (raamilupa) for two end customers,
 *    with its client certificate as the connection. A handler grants it approving one end customer only and
 *    approves the certificate; the user accepts the terms and creates credentials; a SOAP query over mutual
 *    TLS for the approved end customer answers with the person, one for the other is refused (0019).
 * 3. The disclosure log: the handler's search by the queried person's hetu shows every disclosure of steps
 *    1–2, and the log's hash chain verifies; the person sees both organisations on "Omat tietoni".
 *
 * axe runs on every page visited. Identification is the development provider's (the IdP, not the product).
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { devLogin, newPerson, randomBusinessId, type TestPerson } from '../../accounts-api';
import { Axe, expect, test } from '../../fixtures';
import { callInterface, henkilonTunnusKysely } from '../../interfaces';
import { waitForMail } from '../../mailbox';
import {
  AcceptInvitationPage,
  CreateOrganisationPage,
  MyDataPage,
  OrganisationPage,
  PermitsPage,
  UsersPage,
} from '../../pages/accounts-pages';
import { ApplicationPage, StartApplicationPage } from '../../pages/application-pages';
import { CasePage, QueuePage } from '../../pages/back-office/case-page';
import { BackOfficeLoginPage, HANDLER } from '../../pages/back-office/login-page';
import { ConnectionsPage, DisclosuresPage } from '../../pages/back-office/review-pages';
import { CataloguePage } from '../../pages/catalogue-page';
import { PermitPage } from '../../pages/permit-page';
import { certificate } from '../../pki';

/** The parts of GET /api/demo-world (src/demo/world.ts) this journey reads. */
interface DemoWorld {
  persons: { ordinary: string; turvakielto: string };
  register: { historyFrom: string };
}

const MUUTOSRAJAPINTA = 'VTJ-muutosrajapinnan hakemus ja tilaus';
const FRAMEWORK = 'VTJkysely-rajapinnan raamilupa välittäjäyritykselle';
const SUBSYSTEM = 'Palveluväylän alijärjestelmän lupahakemus';
const OWN_LAW = 'Sosiaalihuoltolaki (1301/2014) 41 §';

/** The change-interface groups applied for (catalogue name → code); the last one is not granted. */
const APPLIED_000 = [
  ['Nimi', 'HENKILON_NIMI'],
  ['Kotikunta', 'KOTIKUNTA'],
  ['Väestökirjanpitokunta', 'VAESTOKIRJANPITOKUNTA'],
  ['Turvakielto', 'TURVAKIELTO'],
  ['Vakinainen osoite Suomessa', 'VAKINAINEN_KOTIMAINEN_OSOITE'],
] as const;
const NOT_GRANTED_000 = 'Vakinainen osoite Suomessa';
const GRANTED_000 = APPLIED_000.filter(([name]) => name !== NOT_GRANTED_000).map(([, code]) => code);

// A step that cannot be taken fails in seconds, not at the end of the whole journey's time.
test.use({ actionTimeout: 15_000, navigationTimeout: 30_000 });

test.beforeEach(async ({ request }) => {
  const persons = await request.get('/api/identity/dev/persons');
  test.skip(persons.status() === 404, 'the development identification provider is not available');
  const world = await request.get('/api/demo-world');
  test.skip(world.status() === 404, 'no demo world: its persons are the ones queried');
});

/** A browser context of its own (a person's or a handler's browser), with axe for its page. */
async function browserOf(browser: Browser): Promise<{ context: BrowserContext; page: Page; axe: Axe }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page, axe: new Axe(page) };
}

/** The founder creates the organisation's customer account through the form; its id from the address. */
async function createAccount(
  page: Page,
  axe: Axe,
  input: { name: string; businessId: string; email: string; kind: 'public' | 'company' },
): Promise<string> {
  const create = new CreateOrganisationPage(page);
  await create.goto();
  await expect(create.heading).toHaveText('Luo organisaatiolle asiakastili');
  await axe.check();
  await create.fill(input);
  await create.submitButton.click();
  const organisation = new OrganisationPage(page);
  await expect(organisation.heading).toHaveText(input.name);
  await expect(organisation.main).toContainText('Pääkäyttäjä');
  await axe.check();
  const id = /\/organisations\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  expect(id, page.url()).toBeTruthy();
  return id as string;
}

/** From the catalogue's "Aloita" to the new draft's form. */
async function startFromCatalogue(
  page: Page,
  axe: Axe,
  options: { tab?: 'Julkishallinto' | 'Yritykset ja yhteisöt'; service: string },
): Promise<ApplicationPage> {
  const catalogue = new CataloguePage(page);
  await catalogue.goto();
  if (options.tab) await catalogue.tab(options.tab).click();
  await catalogue.category('Haluan hakea tietoja väestötietojärjestelmästä').click();
  await axe.check();
  await catalogue.startButton(options.service).first().click();
  const start = new StartApplicationPage(page);
  await expect(start.heading).toHaveText(`Aloita hakemus: ${options.service}`);
  await axe.check();
  await start.startButton.click();
  const form = new ApplicationPage(page);
  await expect(form.form).toBeVisible();
  await expect(form.state).toHaveText('Luonnos');
  await axe.check();
  return form;
}

async function fillContacts(form: ApplicationPage, person: TestPerson): Promise<void> {
  for (const [label, value] of [
    ['Hallinnollisen yhteyshenkilön nimi', `${person.firstNames} ${person.lastName}`],
    ['Hallinnollisen yhteyshenkilön sähköpostiosoite', 'kirjaamo@organisaatio.example'],
    ['Hallinnollisen yhteyshenkilön puhelinnumero', '029 553 6000'],
    ['Teknisen yhteyshenkilön nimi', 'Teppo Tekninen'],
    ['Teknisen yhteyshenkilön sähköpostiosoite', 'tuki@toimittaja.example'],
    ['Teknisen yhteyshenkilön puhelinnumero', '+358 40 123 4567'],
  ] as const) {
    await form.textbox(label).fill(value);
  }
}

async function fillDataSecurity(form: ApplicationPage): Promise<void> {
  for (const [label, value] of [
    ['Käyttöoikeuksien hallinta', 'Käyttöoikeudet myöntää esihenkilö, ne tarkistetaan vuosittain.'],
    ['Käytön lokitus ja valvonta', 'Jokainen haku kirjataan, lokit säilytetään viisi vuotta.'],
    ['Säilytysaika ja hävittäminen', 'Tiedot hävitetään käyttötarpeen päätyttyä arkistolain mukaan.'],
    ['Tietojen käsittely- ja säilytyspaikka', 'Oma konesali Suomessa.'],
    ['Henkilötietojen käsittelijät ja alihankkijat', 'Järjestelmätoimittaja käsittelysopimuksella.'],
    ['Tietoturvapoikkeamien käsittely', 'Poikkeamat ilmoitetaan tietosuojavastaavalle ja DVV:lle.'],
  ] as const) {
    await form.textbox(label).fill(value);
  }
}

/** Ticks a data group of the form and gives its justification and provision. */
async function applyForGroup(form: ApplicationPage, name: string): Promise<void> {
  const box = form.main
    .getByRole('group', { name: /^Tietoryhmät/ })
    .getByRole('checkbox', { name, exact: true });
  await form.press(box);
  await expect(box).toBeChecked();
  await form
    .textbox(new RegExp(`^Perustelu\\s*\\(pakollinen\\)\\s*[:–-]\\s*${name}$`))
    .fill(`${name}: tarvitaan tehtävässä.`);
  await form.textbox(new RegExp(`^Lainkohta\\s*\\(pakollinen\\)\\s*[:–-]\\s*${name}$`)).fill(OWN_LAW);
}

/** Sends the form to DVV; the reference it got. */
async function send(form: ApplicationPage, axe: Axe): Promise<string> {
  // The data-permit forms end with the applicant's assurance; the subsystem form has none.
  const assurance = form.checkbox(/^Vakuutan antamani tiedot oikeiksi/);
  if ((await assurance.count()) > 0) await form.press(assurance);
  await form.waitUntilSaved();
  await axe.check();
  await form.submitButton.click();
  await expect(form.main.getByRole('heading', { name: 'Hakemus on lähetetty DVV:lle' })).toBeVisible();
  await expect(form.state).toHaveText('Lähetetty');
  await expect(form.reference).toHaveText(/^TL-\d{4}-\d{6}$/);
  await axe.check();
  return (await form.reference.textContent()) ?? '';
}

/** The handler opens the case from the queue by its reference and takes it. */
async function takeCase(page: Page, axe: Axe, reference: string): Promise<CasePage> {
  const queue = new QueuePage(page);
  await queue.goto();
  await expect(queue.heading).toBeVisible();
  await axe.check();
  await queue.caseLink(reference).click();
  const view = new CasePage(page);
  await expect(view.heading).toHaveText(`Hakemus ${reference}`);
  await axe.check();
  await view.assignButton.click();
  await expect(view.handler).toHaveText(HANDLER);
  await expect(view.state).toHaveText('Käsittelyssä');
  await axe.check();
  return view;
}

/** Review → confirm: the decision is made and shows as granted. */
async function confirmGrant(view: CasePage, axe: Axe): Promise<void> {
  await view.reviewButton.click();
  await expect(view.confirmHeading).toBeFocused();
  await axe.check();
  await view.confirmButton.click();
  await expect(view.outcome).toHaveText('Myönnetty');
  await expect(view.state).toHaveText('Myönnetty');
  await axe.check();
}

/** The permit page: accept the terms (a main user); the permit becomes active. */
async function acceptTerms(page: Page, axe: Axe): Promise<string> {
  const permit = new PermitPage(page);
  await expect(permit.state).toHaveText('Odottaa ehtojen hyväksymistä');
  await axe.check();
  await permit.acceptButton.click();
  await expect(permit.acceptedHeading).toBeVisible();
  await expect(permit.state).toHaveText('Voimassa');
  await axe.check();
  return permit.permitId();
}

/** Luvat ja käyttöönotto: a new credential for the permit; its username and password, read from the page. */
async function issueCredential(
  page: Page,
  axe: Axe,
  organisationId: string,
  interfaceName: 'VTJ-muutosrajapinta' | 'VTJkysely',
): Promise<{ username: string; password: string }> {
  const permits = new PermitsPage(page);
  await permits.goto(organisationId);
  await expect(permits.heading).toHaveText('Luvat ja käyttöönotto');
  const permit = permits.permit(interfaceName);
  await expect(permit).toContainText('Voimassa');
  await axe.check();
  await permits.credentials(permit).getByRole('button', { name: 'Luo käyttäjätunnus' }).click();
  const secret = permits.secretPanel(permit);
  await expect(secret.getByRole('heading', { name: 'Uusi salasana: tallenna se nyt' })).toBeFocused();
  const username = ((await secret.locator('dd').first().textContent()) ?? '').trim();
  const password = ((await secret.getByTestId('issued-password').textContent()) ?? '').trim();
  expect(username).not.toBe('');
  expect(password.length).toBeGreaterThanOrEqual(20);
  await axe.check();
  await secret.getByRole('button', { name: 'Olen tallentanut salasanan' }).click();
  await expect(page.getByText(password)).toHaveCount(0);
  return { username, password };
}

interface Perustieto {
  henkilotunnus: string;
  tietoryhmat: { tietoryhma: string; [field: string]: unknown }[];
}

const groupsOf = (records: readonly { tietoryhma: string }[]) =>
  [...new Set(records.map((r) => r.tietoryhma))].sort();

test('the whole journey: from the applications to the first logged queries and the disclosure log', async ({
  page,
  axe,
  browser,
}) => {
  test.setTimeout(600_000);
  const started = Date.now();
  const world = (await (await page.request.get('/api/demo-world')).json()) as DemoWorld;
  const queried = world.persons.ordinary;
  const protectedPerson = world.persons.turvakielto;
  const handler = await browserOf(browser);

  // ---------------------------------------------------------------- seeds/000: the change interface
  const official = newPerson('Kaisa', 'Kuntalainen');
  const municipalityId = randomBusinessId();
  const municipalityName = `Polkula ${municipalityId} kunta`;
  const xroadClient = `FI-TEST/MUN/${municipalityId}/vtj-sync`;
  let muniOrgId = '';
  let changeReference = '';
  let changeApplicationId = '';

  await test.step('000: the municipality creates its account and sends the change-interface application', async () => {
    await devLogin(page.request, official);
    muniOrgId = await createAccount(page, axe, {
      name: municipalityName,
      businessId: municipalityId,
      email: official.email,
      kind: 'public',
    });

    const form = await startFromCatalogue(page, axe, { service: MUUTOSRAJAPINTA });
    changeApplicationId = form.applicationId();
    await fillContacts(form, official);
    await form
      .textbox('Tietojen käyttötarkoitus')
      .fill('Sosiaalipalvelujen asiakasrekisterin henkilötietojen pitäminen ajan tasalla.');
    for (const [name] of APPLIED_000) await applyForGroup(form, name);

    // The persons followed: a hetu list with the demo persons queried below.
    await form.press(
      form.radio('Keitä henkilöitä tiedot koskevat?', 'Henkilötunnusluettelo: seurattavat henkilöt'),
    );
    await form.textbox(/^Henkilötunnukset/).fill(`${queried}\n${protectedPerson}`);
    await form.press(form.radio('Muutostietojen hakurytmi', 'Päivittäin'));

    await form.press(form.radio('Tarvitsetteko turvakiellon alaisia tietoja?', 'Kyllä'));
    await form
      .textbox('Perustelu turvakiellon alaisten tietojen luovuttamiselle')
      .fill('Kotikunta ratkaisee, mikä hyvinvointialue vastaa asiakkaan palveluista.');
    await form.textbox('Viranomaisella on lakisääteinen oikeus käsitellä turvakieltotietoja').fill(OWN_LAW);
    await form
      .textbox('Ketkä käsittelevät turvakiellon alaisia tietoja?')
      .fill('Sosiaalityöntekijät, noin 20 henkeä.');
    await form.press(
      form.radio(
        'Onko turvakiellon alaisten tietojen käyttö rajattu vain niihin henkilöihin, jotka tarvitsevat tietoja tehtävässään?',
        'Kyllä',
      ),
    );
    await form.textbox('Miten käyttöoikeus on rajattu?').fill('Roolipohjaiset oikeudet.');
    await form.press(
      form.radio('Kirjataanko turvakiellon alaisten tietojen jokainen käyttökerta lokiin?', 'Kyllä'),
    );
    await form
      .textbox('Miten lokeja seurataan ja kuinka kauan niitä säilytetään?')
      .fill('Lokit tarkastetaan kuukausittain ja säilytetään viisi vuotta.');
    await form
      .textbox('Miten varmistatte, ettei turvakiellon alaisia tietoja luovuteta edelleen?')
      .fill('Turvakieltomerkintä estää osoitteen tulostamisen asiakirjoihin.');
    await fillDataSecurity(form);
    changeReference = await send(form, axe);
  });

  let subsystemReference = '';
  await test.step('000: the subsystem permission application for the FI-TEST subsystem, linked to it', async () => {
    const catalogue = new CataloguePage(page);
    await catalogue.goto();
    await catalogue.category('Haluan hakea tietoja väestötietojärjestelmästä').click();
    await catalogue.startButton(SUBSYSTEM).click();
    const start = new StartApplicationPage(page);
    await expect(start.heading).toHaveText(`Aloita hakemus: ${SUBSYSTEM}`);
    await axe.check();
    // Linked to the data-permit application just sent.
    await start.main.getByRole('button', { name: /Tietolupahakemus, johon alijärjestelmä liittyy/ }).click();
    await page.getByRole('option', { name: new RegExp(`^${changeReference}: VTJ-muutosrajapinta`) }).click();
    await axe.check();
    await start.startButton.click();
    const form = new ApplicationPage(page);
    await expect(form.form).toBeVisible();
    await expect(form.heading).toHaveText(SUBSYSTEM);
    await axe.check();
    await form.press(form.radio('Ympäristö', 'Testiympäristö'));
    await form.press(form.radio('Palveluväylän instanssi', 'FI-TEST'));
    await form.press(form.radio('Jäsenluokka', 'MUN – kunnat, hyvinvointialueet ja kuntayhtymät'));
    await expect(form.textbox(/^Jäsenen tunnus/)).toHaveValue(municipalityId);
    await form.textbox(/^Alijärjestelmän tunnus/).fill('vtj-sync');
    await form.textbox(/^Liityntäpalvelimen FQDN-nimi/).fill('lp1.polkula.example.fi');
    await fillContacts(form, official);
    subsystemReference = await send(form, axe);
  });

  await test.step('000: a handler grants the data permit (fewer groups) and the subsystem', async () => {
    await new BackOfficeLoginPage(handler.page).goto();
    await handler.axe.check();
    await new BackOfficeLoginPage(handler.page).loginAs(HANDLER);
    const view = await takeCase(handler.page, handler.axe, changeReference);
    await view.chooseOutcome('Myönnetään');
    for (const [name] of APPLIED_000) await expect(view.dataGroup(name)).toBeChecked();
    await view.press(view.dataGroup(NOT_GRANTED_000));
    await expect(view.dataGroup(NOT_GRANTED_000)).not.toBeChecked();
    await view.grantTurvakielto(true);
    await handler.axe.check();
    await view.reviewButton.click();
    await expect(view.confirmHeading).toBeFocused();
    // The confirmation lists what is not granted.
    await expect(
      view.main.getByRole('listitem').filter({ hasText: new RegExp(`^${NOT_GRANTED_000}$`) }),
    ).toHaveCount(1);
    await handler.axe.check();
    const decidedAt = new Date();
    await view.confirmButton.click();
    await expect(view.outcome).toHaveText('Myönnetty');
    await handler.axe.check();

    // The decision e-mail, with a link into the e-service.
    const mail = await waitForMail({
      to: official.email,
      subjectIncludes: `Päätös hakemukseen ${changeReference}: lupa myönnetty`,
      after: new Date(decidedAt.getTime() - 1000),
    });
    expect(
      mail.links.some((l) => l.includes(`/organisations/${muniOrgId}/`)),
      mail.links.join(' '),
    ).toBe(true);

    const subsystem = await takeCase(handler.page, handler.axe, subsystemReference);
    await subsystem.chooseOutcome('Myönnetään');
    await confirmGrant(subsystem, handler.axe);
  });

  let changeCredentials = { username: '', password: '' };
  await test.step('000: the user accepts the terms and creates credentials', async () => {
    const form = new ApplicationPage(page);
    await form.goto(muniOrgId, changeApplicationId);
    await expect(form.state).toHaveText('Myönnetty');
    await expect(form.main.getByRole('heading', { name: 'Lupa on myönnetty' })).toBeVisible();
    await axe.check();
    await form.main.getByRole('link', { name: 'Luvan tiedot ja ehdot' }).click();
    const permit = new PermitPage(page);
    await expect(permit.heading).toHaveText('Lupa: VTJ-muutosrajapinta');
    await expect(permit.dataGroups).toHaveCount(GRANTED_000.length);
    await acceptTerms(page, axe);
    changeCredentials = await issueCredential(page, axe, muniOrgId, 'VTJ-muutosrajapinta');
    // The subsystem granted on the permit is an approved connection.
    const permits = new PermitsPage(page);
    const connections = permits.connections(permits.permit('VTJ-muutosrajapinta'));
    await expect(connections.getByRole('listitem').filter({ hasText: xroadClient })).toContainText(
      'Hyväksytty',
    );
  });

  /**
   * The disclosures the journey causes, counted from the answers: each answer that carries personal data is
   * one entry in the log (the municipality's muutokset pages with changes and its perustiedot, the company's
   * query that found the person); `ofQueried` those that include the queried person.
   */
  const disclosures = { municipality: 0, company: 0, ofQueried: 0 };
  await test.step('000: the subsystem calls kirjausavain, muutokset and perustiedot', async () => {
    const call = (path: string, body?: unknown) =>
      callInterface({
        path: `/VTJmutpa/api/v1/${path}`,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          'X-Road-Client': xroadClient,
        },
        as: 'security-server',
        credentials: changeCredentials,
      });

    // Without the subsystem's identity the credentials alone do not do.
    const anonymous = await callInterface({
      path: `/VTJmutpa/api/v1/kirjausavain/${world.register.historyFrom}`,
      as: 'security-server',
      credentials: changeCredentials,
    });
    expect(anonymous.status).toBeGreaterThanOrEqual(400);

    const key = await call(`kirjausavain/${world.register.historyFrom}`);
    expect(key.status, key.body).toBe(200);
    let cursor = (JSON.parse(key.body) as { viimeisinKirjausavain: number }).viimeisinKirjausavain;
    expect(typeof cursor).toBe('number');

    const changedGroups: string[] = [];
    for (let pages = 0; pages < 50; pages++) {
      const response = await call('muutokset', {
        viimeisinKirjausavain: cursor,
        hetulista: [queried, protectedPerson],
      });
      expect(response.status, response.body).toBe(200);
      const page = JSON.parse(response.body) as {
        viimeisinKirjausavain: number;
        ajanTasalla: boolean;
        muutokset: Perustieto[];
      };
      for (const change of page.muutokset) changedGroups.push(...groupsOf(change.tietoryhmat));
      if (page.muutokset.length > 0) disclosures.municipality++;
      if (page.muutokset.some((m) => m.henkilotunnus === queried)) disclosures.ofQueried++;
      cursor = page.viimeisinKirjausavain;
      if (page.ajanTasalla) break;
    }
    // The turvakielto set in the demo history is among the changes; nothing outside the grant is.
    expect(changedGroups).toContain('TURVAKIELTO');
    for (const group of changedGroups) expect(GRANTED_000).toContain(group);

    const base = await call('perustiedot', { hetulista: [queried, protectedPerson] });
    expect(base.status, base.body).toBe(200);
    const { perustiedot } = JSON.parse(base.body) as { perustiedot: Perustieto[] };
    expect(perustiedot.map((p) => p.henkilotunnus).sort()).toEqual([queried, protectedPerson].sort());
    disclosures.municipality++;
    disclosures.ofQueried++;
    // Exactly the granted groups: derived ones only when granted (VAESTOKIRJANPITOKUNTA is), the withheld
    // address never, and the names with their UTF8 twins.
    const all = groupsOf(perustiedot.flatMap((p) => p.tietoryhmat));
    expect(all).toEqual([...GRANTED_000].sort());
    const ordinary = perustiedot.find((p) => p.henkilotunnus === queried) as Perustieto;
    expect(groupsOf(ordinary.tietoryhmat)).toEqual(
      expect.arrayContaining(['HENKILON_NIMI', 'KOTIKUNTA', 'VAESTOKIRJANPITOKUNTA']),
    );
    const name = ordinary.tietoryhmat.find((r) => r.tietoryhma === 'HENKILON_NIMI');
    expect(name?.sukunimiUTF8).toBe(name?.sukunimi);
    // Turvakielto data was granted: the protected person's home municipality comes in the clear.
    const guarded = perustiedot.find((p) => p.henkilotunnus === protectedPerson) as Perustieto;
    expect(guarded.tietoryhmat.find((r) => r.tietoryhma === 'KOTIKUNTA')?.kuntakoodi).toMatch(/^\d{3}$/);
  });

  // ---------------------------------------------------------------- seeds/002: the intermediary
  const founder = newPerson('Ville', 'Välittäjä');
  const colleague = newPerson('Veera', 'Välittäjä');
  const companyId = randomBusinessId();
  const companyName = `Välitys ${companyId} Oy`;
  const approvedCustomer = { businessId: randomBusinessId(), name: 'Hyväksytty Asiakas Oy' };
  const refusedCustomer = { businessId: randomBusinessId(), name: 'Hylätty Asiakas Oy' };
  const founderBrowser = await browserOf(browser);
  const colleagueBrowser = await browserOf(browser);
  let companyOrgId = '';

  await test.step('002: the company account exists; a second person joins by the e-mailed invitation', async () => {
    await devLogin(founderBrowser.context.request, founder);
    companyOrgId = await createAccount(founderBrowser.page, founderBrowser.axe, {
      name: companyName,
      businessId: companyId,
      email: founder.email,
      kind: 'company',
    });
    const organisation = new OrganisationPage(founderBrowser.page);
    await organisation.navLink('Käyttäjät').click();
    const users = new UsersPage(founderBrowser.page);
    await expect(users.heading).toHaveText('Käyttäjät');
    await founderBrowser.axe.check();
    const invitedAt = new Date();
    await users.invite(colleague.email, 'Pääkäyttäjä');
    await expect(
      users.main.getByRole('status').filter({ hasText: `Kutsu lähetettiin osoitteeseen ${colleague.email}` }),
    ).toBeVisible();
    await founderBrowser.axe.check();

    const mail = await waitForMail({ to: colleague.email, subjectIncludes: companyName, after: invitedAt });
    const link = mail.links.find((l) => l.includes('/invitations/accept#token='));
    expect(link, mail.links.join(' ')).toBeDefined();
    const { page: colleaguePage, axe: colleagueAxe } = colleagueBrowser;
    await devLogin(colleagueBrowser.context.request, colleague);
    await colleaguePage.goto(link as string);
    const accept = new AcceptInvitationPage(colleaguePage);
    await expect(accept.heading).toHaveText('Kutsu asiakastilille');
    await colleagueAxe.check();
    await accept.acceptButton.click();
    await expect(accept.joinedHeading).toBeVisible();
    await colleagueAxe.check();
  });

  let frameworkReference = '';
  const pem = certificate('intermediary-client').cert;
  await test.step('002: the new user applies for the framework permit with its client certificate', async () => {
    const { page: p, axe: a } = colleagueBrowser;
    const form = await startFromCatalogue(p, a, { tab: 'Yritykset ja yhteisöt', service: FRAMEWORK });
    await form
      .textbox('Tietojen käyttötarkoitus')
      .fill('Loppuasiakkaiden asiakasrekisterien osoitetietojen tarkistaminen.');
    await applyForGroup(form, 'Nimi');
    await applyForGroup(form, 'Vakinainen osoite Suomessa');
    await expect(form.radio('Haetaanko lupaa raamilupana', 'Kyllä')).toBeChecked();
    const addCustomer = form.main.getByRole('button', { name: 'Lisää: Loppuasiakas' });
    for (const [index, customer] of [approvedCustomer, refusedCustomer].entries()) {
      await addCustomer.click();
      const item = form.main.getByRole('group', { name: `Loppuasiakas ${index + 1}` });
      await form.textbox(/^Y-tunnus/, item).fill(customer.businessId);
      await form.textbox(/^Nimi/, item).fill(customer.name);
      await form
        .textbox(/^Käyttötarkoitus/, item)
        .fill('Asiakkaiden osoitteiden tarkistaminen laskutukseen.');
      await form.press(item.getByRole('checkbox', { name: 'Nimi', exact: true }));
      await form.press(item.getByRole('checkbox', { name: 'Vakinainen osoite Suomessa', exact: true }));
    }
    await form.textbox('Ketkä tekevät kyselyjä ja missä tehtävissä?').fill('Asiakaspalvelun henkilöstö.');
    await form
      .textbox('Miten kyselyn tekijä tunnistetaan ja kirjataan?')
      .fill('Kertakirjautuminen; käyttäjä välitetään Loppukayttaja-kentässä ja kirjataan lokiin.');
    await form.press(form.radio('Tallennetaanko haettuja tietoja omaan rekisteriin?', 'Ei'));
    await fillDataSecurity(form);
    await form.press(form.radio('Miten yhteys muodostetaan?', 'Palveluvarmenne (suora yhteys)'));
    await form.textbox(/^Asiakasvarmenne \(PEM\)/).fill(pem);
    await fillContacts(form, colleague);
    frameworkReference = await send(form, a);
  });

  let frameworkDecidedAt = new Date();
  await test.step('002: a handler grants it for one end customer and approves the certificate', async () => {
    const view = await takeCase(handler.page, handler.axe, frameworkReference);
    await view.chooseOutcome('Myönnetään');
    await view.decideEndCustomer(approvedCustomer.name, approvedCustomer.businessId, true);
    await view.decideEndCustomer(refusedCustomer.name, refusedCustomer.businessId, false);
    await handler.axe.check();
    frameworkDecidedAt = new Date(Date.now() - 1000);
    await confirmGrant(view, handler.axe);

    const connections = new ConnectionsPage(handler.page);
    await connections.goto();
    await expect(connections.heading).toHaveText('Yhteydet');
    const row = connections.row(companyName);
    await expect(row).toHaveCount(1);
    await handler.axe.check();
    await connections.approveButton(row).click();
    await expect(connections.status.filter({ hasText: /on hyväksytty/ })).toBeVisible();
    await expect(connections.row(companyName)).toHaveCount(0);
    await handler.axe.check();
  });

  let frameworkCredentials = { username: '', password: '' };
  await test.step('002: the user accepts the terms and creates credentials', async () => {
    const { page: p, axe: a } = colleagueBrowser;
    const mail = await waitForMail({
      to: colleague.email,
      subjectIncludes: `Päätös hakemukseen ${frameworkReference}: lupa myönnetty`,
      after: frameworkDecidedAt,
    });
    const link = mail.links.find((l) => l.includes(`/organisations/${companyOrgId}/`));
    expect(link, mail.links.join(' ')).toBeDefined();
    await p.goto(link as string);
    const form = new ApplicationPage(p);
    await expect(form.state).toHaveText('Myönnetty');
    await a.check();
    await form.main.getByRole('link', { name: 'Luvan tiedot ja ehdot' }).click();
    const permit = new PermitPage(p);
    await expect(permit.heading).toHaveText('Lupa: VTJkysely-rajapinta');
    await expect(permit.endCustomers.filter({ hasText: approvedCustomer.name })).toContainText('hyväksytty');
    await expect(permit.endCustomers.filter({ hasText: refusedCustomer.name })).toContainText(
      'ei hyväksytty',
    );
    await acceptTerms(p, a);
    frameworkCredentials = await issueCredential(p, a, companyOrgId, 'VTJkysely');
  });

  await test.step('002: SOAP queries over mutual TLS for the approved and the unapproved end customer', async () => {
    const query = (endCustomer: string) =>
      callInterface({
        path: '/SoSo/soso.asmx',
        body: henkilonTunnusKysely({
          soSoNimi: 'PERUSSANOMA 1',
          username: frameworkCredentials.username,
          password: frameworkCredentials.password,
          loppukayttaja: `${endCustomer}:veera.valittaja`,
          hetu: queried,
        }),
        headers: {
          'Content-Type': 'text/xml; charset=utf-8',
          SOAPAction: '"http://tempuri.org/TeeHenkilonTunnusKysely"',
        },
        as: 'intermediary-client',
      });
    const person = `<Henkilotunnus voimassaolokoodi="1">${queried}</Henkilotunnus>`;
    const approved = await query(approvedCustomer.businessId);
    expect(approved.status, approved.body).toBe(200);
    expect(approved.body).toContain('<Paluukoodi koodi="0000">');
    expect(approved.body).toMatch(/<Henkilo[ >]/);
    expect(approved.body).toContain(person);
    disclosures.company++;
    disclosures.ofQueried++;

    // The end customer the handler did not approve: 0019, no person (end-user.ts).
    const refused = await query(refusedCustomer.businessId);
    expect(refused.status, refused.body).toBe(200);
    expect(refused.body).toContain('<Paluukoodi koodi="0019">');
    expect(refused.body).not.toMatch(/<Henkilo[ >]/);
    expect(refused.body).not.toContain(person);
  });

  // ---------------------------------------------------------------- the disclosure log
  await test.step('the handler finds every disclosure by the person, and the chain verifies', async () => {
    const search = new DisclosuresPage(handler.page);
    await search.goto();
    await expect(search.heading).toHaveText('Luovutusloki');
    await handler.axe.check();
    await search.hetu.fill(queried);
    await search.searchButton.click();
    await expect(search.table).toBeVisible();
    // The hetu goes in the POST body, never the address.
    expect(handler.page.url()).not.toContain(queried);
    await expect(search.rowsOf(municipalityName)).toHaveCount(disclosures.ofQueried - disclosures.company);
    await expect(search.rowsOf(municipalityName).filter({ hasText: 'perustiedot' })).toHaveCount(1);
    await expect(search.rowsOf(companyName)).toHaveCount(disclosures.company);
    await expect(search.rowsOf(companyName)).toContainText('TeeHenkilonTunnusKysely');
    await handler.axe.check();

    // By organisation: every disclosure of steps 1–2, none more.
    await search.hetu.fill('');
    for (const [name, businessId, count] of [
      [municipalityName, municipalityId, disclosures.municipality],
      [companyName, companyId, disclosures.company],
    ] as const) {
      await search.chooseOrganisation(`${name} (${businessId})`);
      await search.searchButton.click();
      await expect(search.count).toHaveText(count === 1 ? '1 luovutus' : `${count} luovutusta`);
      await expect(search.rows).toHaveCount(count);
      await expect(search.rowsOf(name)).toHaveCount(count);
      await handler.axe.check();
    }

    // The hash chain verifies: every entry checked and found good.
    await search.verifyButton.click();
    await expect(search.verifyResult).toHaveText(/^Loki on eheä: \d+ merkint(ä|ää) tarkistettu /);
    const checked = Number(/(\d+) merkint/.exec((await search.verifyResult.textContent()) ?? '')?.[1]);
    expect(checked).toBeGreaterThanOrEqual(disclosures.municipality + disclosures.company);
    await handler.axe.check();
  });

  await test.step('the person sees both organisations on Omat tietoni', async () => {
    const citizen = await browserOf(browser);
    await devLogin(citizen.context.request, { ...newPerson('Olli', 'Omakohtainen'), hetu: queried });
    const myData = new MyDataPage(citizen.page);
    await myData.goto();
    await expect(myData.heading).toHaveText('Omat tietoni: kuka on saanut tietojani');
    await expect(myData.table.getByRole('row').filter({ hasText: municipalityName }).first()).toContainText(
      'VTJ-muutosrajapinta',
    );
    await expect(myData.table.getByRole('row').filter({ hasText: companyName }).first()).toContainText(
      'VTJkysely',
    );
    await expect(myData.main).not.toContainText(queried);
    await citizen.axe.check();
    await citizen.context.close();
  });

  for (const b of [handler, founderBrowser, colleagueBrowser]) await b.context.close();
  console.log(
    `whole journey: ${((Date.now() - started) / 1000).toFixed(1)} s; disclosures: municipality ` +
      `${disclosures.municipality}, company ${disclosures.company}, of the queried person ${disclosures.ofQueried}`,
  );
});
