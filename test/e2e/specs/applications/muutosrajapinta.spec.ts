/**
 * A municipality's main user applies for the VTJ change interface (seeds/000): starts from the catalogue,
 * fills the form (the contacts with the keyboard only), asks for turvakielto data and first names a general
 * law — sending refuses it in the error summary and at the field — then a law of its own activity; leaves
 * the draft and comes back to find the answers saved; attaches a PDF; and sends the application to DVV,
 * which gives it a reference. axe on every state of the page; the form also at 320 px.
 */
import type { Page } from '@playwright/test';
import { createOrganisation, devLogin, newPerson, randomBusinessId } from '../../accounts-api';
import { type Axe, expect, test } from '../../fixtures';
import { ApplicationPage, ApplicationsListPage, StartApplicationPage } from '../../pages/application-pages';
import { CataloguePage } from '../../pages/catalogue-page';
import { smallPdf } from './small-pdf';

const SERVICE = 'VTJ-muutosrajapinnan hakemus ja tilaus';
const LEGAL_BASIS = 'Viranomaisella on lakisääteinen oikeus käsitellä turvakieltotietoja';
const OWN_LAW = 'Sosiaalihuoltolaki (1301/2014) 41 §';

test.beforeEach(async ({ request }) => {
  const persons = await request.get('/api/identity/dev/persons');
  test.skip(persons.status() === 404, 'the development identification provider is not available');
});

async function narrow(page: Page, axe: Axe): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  await axe.check();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
}

test('a main user applies for the change interface with turvakielto data: a general law is refused, the own law is accepted, the draft keeps, the application is sent', async ({
  page,
  axe,
}) => {
  test.setTimeout(120_000);
  const person = newPerson('Kaisa', 'Kuntalainen');
  const businessId = randomBusinessId();
  const csrfToken = await devLogin(page.request, person);
  const organisation = await createOrganisation(page.request, csrfToken, {
    name: `Testilän kunta ${businessId}`,
    businessId,
    email: person.email,
    kind: 'public',
  });

  // The catalogue's "Aloita", logged in: straight to starting the application.
  const catalogue = new CataloguePage(page);
  await catalogue.goto();
  await catalogue.category('Haluan hakea tietoja väestötietojärjestelmästä').click();
  await catalogue.startButton(SERVICE).click();
  const start = new StartApplicationPage(page);
  await expect(page).toHaveURL(/\/applications\/new\?service=muutosrajapinta$/);
  await expect(start.heading).toHaveText(`Aloita hakemus: ${SERVICE}`);
  await expect(start.main).toContainText(`Hakija: ${organisation.name} (${businessId})`);
  await expect(start.radio('Uusi hakemus')).toBeChecked();
  await axe.check();
  await start.startButton.click();

  const form = new ApplicationPage(page);
  await expect(page).toHaveURL(new RegExp(`/organisations/${organisation.id}/applications/[0-9a-f-]{36}$`));
  const applicationId = form.applicationId();
  await expect(form.heading).toHaveText(SERVICE);
  await expect(form.state).toHaveText('Luonnos');
  await axe.check();

  // The contacts with the keyboard only: type, Tab to the next field.
  await form.textbox('Hallinnollisen yhteyshenkilön nimi').focus();
  for (const value of [
    'Kaisa Kuntalainen',
    'kirjaamo@testila.example',
    '029 553 6000',
    'Teppo Tekninen',
    'tuki@toimittaja.example',
    '+358 40 123 4567',
  ]) {
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  await expect(form.textbox('Teknisen yhteyshenkilön puhelinnumero')).toHaveValue('+358 40 123 4567');
  await expect(form.textbox('Hallinnollisen yhteyshenkilön sähköpostiosoite')).toHaveValue(
    'kirjaamo@testila.example',
  );

  await form
    .textbox('Tietojen käyttötarkoitus')
    .fill('Sosiaalipalvelujen asiakasrekisterin henkilötietojen pitäminen ajan tasalla.');

  // A data group protected by turvakielto: its justification and provision open under it.
  const homeMunicipality = form.checkbox('Kotikunta');
  await form.press(homeMunicipality);
  await expect(homeMunicipality).toBeChecked();
  await form
    .textbox(/^Perustelu \(pakollinen\)\s*–\s*Kotikunta$/)
    .fill('Palvelujen järjestämisvastuu riippuu kotikunnasta.');
  await form
    .textbox(/^Lainkohta \(pakollinen\)\s*–\s*Kotikunta$/)
    .fill('Sosiaalihuoltolaki (1301/2014) 41 §');

  // By municipality, with the searchable multi-select, by keyboard.
  await form.press(
    form.radio(
      'Keitä henkilöitä tiedot koskevat?',
      'Kuntarajaus: kunnan, hyvinvointialueen tai kuntayhtymän alueella asuvat',
    ),
  );
  const municipalities = form.textbox('Kunnat');
  await municipalities.focus();
  await page.keyboard.type('Helsin');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(form.main.getByRole('button', { name: /Helsinki/ }).first()).toBeVisible();
  await form.press(form.radio('Muutostietojen hakurytmi', 'Päivittäin'));

  // Turvakielto data: the section's questions open with "Kyllä".
  await form.press(form.radio('Tarvitsetteko turvakiellon alaisia tietoja?', 'Kyllä'));
  await form
    .textbox('Perustelu turvakiellon alaisten tietojen luovuttamiselle')
    .fill('Kotikunta ratkaisee, mikä hyvinvointialue vastaa asiakkaan palveluista.');
  // A general law only: the form lets it be saved, sending refuses it.
  await form.textbox(LEGAL_BASIS).fill('Tietosuojalaki');
  const processing = form.section(
    'Turvakieltotietoja käsittelevän julkishallinnon organisaation vaatimukset',
  );
  await expect(processing).toBeVisible();
  await form
    .textbox('Ketkä käsittelevät turvakiellon alaisia tietoja?')
    .fill('Sosiaalityöntekijät, noin 20 henkeä.');
  await form.press(
    form.radio(
      'Onko turvakiellon alaisten tietojen käyttö rajattu vain niihin henkilöihin, jotka tarvitsevat tietoja tehtävässään?',
      'Kyllä',
    ),
  );
  await form
    .textbox('Miten käyttöoikeus on rajattu?')
    .fill('Roolipohjaiset oikeudet, tarkistus puolivuosittain.');
  await form.press(
    form.radio('Kirjataanko turvakiellon alaisten tietojen jokainen käyttökerta lokiin?', 'Kyllä'),
  );
  await form
    .textbox('Miten lokeja seurataan ja kuinka kauan niitä säilytetään?')
    .fill('Lokit tarkastetaan kuukausittain ja säilytetään viisi vuotta.');
  await form
    .textbox('Miten varmistatte, ettei turvakiellon alaisia tietoja luovuteta edelleen?')
    .fill('Turvakieltomerkintä estää osoitteen tulostamisen asiakirjoihin.');

  for (const [label, value] of [
    ['Käyttöoikeuksien hallinta', 'Käyttöoikeudet myöntää esihenkilö, ne tarkistetaan vuosittain.'],
    ['Käytön lokitus ja valvonta', 'Jokainen haku kirjataan, lokit säilytetään viisi vuotta.'],
    ['Säilytysaika ja hävittäminen', 'Tiedot hävitetään asiakkuuden päätyttyä arkistolain mukaan.'],
    ['Tietojen käsittely- ja säilytyspaikka', 'Kunnan oma konesali Suomessa.'],
    ['Henkilötietojen käsittelijät ja alihankkijat', 'Järjestelmätoimittaja käsittelysopimuksella.'],
    ['Tietoturvapoikkeamien käsittely', 'Poikkeamat ilmoitetaan tietosuojavastaavalle ja DVV:lle.'],
  ] as const) {
    await form.textbox(label).fill(value);
  }
  await form.press(form.checkbox(/^Vakuutan antamani tiedot oikeiksi/));
  await form.waitUntilSaved();
  await axe.check();

  // Sending: the general law is refused, in the summary (focused) and at the field.
  await form.submitButton.click();
  await expect(form.errorSummary).toBeFocused();
  const refusal = form.summaryLink(new RegExp(`^${LEGAL_BASIS}: Yleislaki Tietosuojalaki .*ei ole peruste`));
  await expect(refusal).toBeVisible();
  await expect(form.main.getByRole('link', { name: /: / })).toHaveCount(1);
  await axe.check();
  // The summary's link takes the keyboard to the field, which shows the same error.
  await refusal.focus();
  await page.keyboard.press('Enter');
  const legalBasis = form.textbox(LEGAL_BASIS);
  await expect(legalBasis).toBeFocused();
  await expect(legalBasis).toHaveAttribute('aria-invalid', 'true');
  await expect(
    form.form.getByText(/Yleislaki Tietosuojalaki .*nimeä oman toimintanne laki/i).first(),
  ).toBeVisible();

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(OWN_LAW);
  await form.waitUntilSaved();
  // Once saved, the field's error is gone.
  await expect(legalBasis).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.errorSummary).toHaveCount(0);

  // "Tallenna ja jatka myöhemmin": to the list, and back later.
  await form.saveAndLeaveButton.click();
  const list = new ApplicationsListPage(page);
  await expect(page).toHaveURL(new RegExp(`/organisations/${organisation.id}/applications$`));
  await expect(list.main.getByRole('heading', { name: 'Luonnos on tallennettu' })).toBeVisible();
  await expect(list.item(SERVICE)).toContainText('Luonnos');
  await axe.check();
  await page.goto('/');
  await list.goto(organisation.id);
  await list.link(SERVICE).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${applicationId}$`));
  await expect(form.textbox(LEGAL_BASIS)).toHaveValue(OWN_LAW);
  await expect(form.textbox('Hallinnollisen yhteyshenkilön nimi')).toHaveValue('Kaisa Kuntalainen');
  await expect(form.checkbox('Kotikunta')).toBeChecked();
  await expect(form.radio('Muutostietojen hakurytmi', 'Päivittäin')).toBeChecked();

  // An attachment: uploaded at once, then listed with a link that downloads it.
  await form.fileInput.setInputFiles({
    name: 'tietoryhmaselvitys.pdf',
    mimeType: 'application/pdf',
    buffer: smallPdf('Selvitys haettavista tietoryhmista'),
  });
  await expect(form.main.getByRole('link', { name: /tietoryhmaselvitys\.pdf/ })).toBeVisible();
  await expect(page.getByText('Tiedosto tietoryhmaselvitys.pdf on liitetty.')).toBeAttached();
  await form.waitUntilSaved();
  await axe.check();

  // The form at 320 px: nothing wider than the screen, and sending works there.
  await narrow(page, axe);
  await form.submitButton.scrollIntoViewIfNeeded();
  await form.submitButton.click();

  await expect(form.main.getByRole('heading', { name: 'Hakemus on lähetetty DVV:lle' })).toBeVisible();
  await expect(form.state).toHaveText('Lähetetty');
  await expect(form.reference).toHaveText(/^TL-\d{4}-\d{6}$/);
  await expect(form.form).toHaveCount(0);
  await expect(form.main.getByRole('link', { name: /tietoryhmaselvitys\.pdf/ })).toBeVisible();
  await expect(form.main.getByRole('heading', { name: 'Hakemuksen vaiheet' })).toBeVisible();
  await expect(form.main.getByText('Lähetetty DVV:lle').first()).toBeVisible();
  await axe.check();
  await page.setViewportSize({ width: 1280, height: 800 });
  await axe.check();
});
