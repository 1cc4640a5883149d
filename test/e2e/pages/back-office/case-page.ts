/** The queue and one case: taking it, the two-step decision (edit, then confirm), the result. */
import { expect, type Locator, type Page } from '@playwright/test';
import { BackOfficeSite } from './back-office-site';

/** /back-office: the queue of cases, its filters (kept in the address) and taking a case. */
export class QueuePage extends BackOfficeSite {
  readonly filters: Locator;
  readonly applyButton: Locator;
  readonly clearButton: Locator;
  readonly table: Locator;
  readonly count: Locator;
  readonly ageHeader: Locator;

  constructor(page: Page) {
    super(page);
    this.filters = this.main.getByRole('form', { name: 'Jonon suodattimet' });
    this.applyButton = this.filters.getByRole('button', { name: 'Suodata' });
    this.clearButton = this.filters.getByRole('button', { name: 'Tyhjennä suodattimet' });
    this.table = this.main.getByRole('table');
    this.count = this.main.getByText(/^\d+ hakemus(ta)?$/);
    this.ageHeader = this.table.getByRole('columnheader', { name: /^Ikä/ });
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/back-office${query}`);
  }

  /** A case's link, by its reference (diaarinumero). */
  caseLink(reference: string): Locator {
    return this.main.getByRole('link', { name: reference, exact: true });
  }

  row(reference: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: reference, exact: true }) });
  }

  /** "Ota käsittelyyn" of one row (its accessible name also names the case). */
  assignButton(reference: string): Locator {
    return this.row(reference).getByRole('button', { name: `Ota käsittelyyn ${reference}` });
  }

  /** A Suomi.fi dropdown of the filters: open it and choose. */
  async choose(filter: 'Palvelu' | 'Tila' | 'Käsittelijä', option: string): Promise<void> {
    // A Suomi.fi dropdown's name is its value, then its label.
    await this.filters.getByRole('button', { name: new RegExp(` ${filter}$`) }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  field(label: 'Organisaatio' | 'Odottanut vähintään (päivää)'): Locator {
    return this.filters.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(label)}`) });
  }
}

/** /back-office/applications/:id */
export class CasePage extends BackOfficeSite {
  readonly state: Locator;
  readonly handler: Locator;
  readonly outcome: Locator;
  readonly assignButton: Locator;
  readonly reviewButton: Locator;
  readonly confirmButton: Locator;
  readonly confirmHeading: Locator;
  readonly backToEditingButton: Locator;
  readonly errorSummary: Locator;
  readonly version: Locator;
  readonly history: Locator;
  readonly noteField: Locator;
  readonly addNoteButton: Locator;
  readonly infoMessage: Locator;
  readonly infoDeadline: Locator;
  readonly sendInfoRequestButton: Locator;
  readonly reasons: Locator;
  readonly decisionDocument: Locator;
  readonly permitLink: Locator;

  constructor(page: Page) {
    super(page);
    this.backToEditingButton = this.main.getByRole('button', { name: 'Palaa muokkaamaan' });
    this.errorSummary = this.main.getByRole('heading', { name: 'Tarkista seuraavat kohdat' });
    this.version = this.main.getByRole('region', { name: /^Hakemus, versio/ });
    this.history = this.main.getByRole('region', { name: 'Historia' });
    this.noteField = this.main.getByRole('textbox', { name: 'Muistiinpano' });
    this.addNoteButton = this.main.getByRole('button', { name: 'Lisää muistiinpano' });
    this.infoMessage = this.main.getByRole('textbox', { name: 'Viesti hakijalle' });
    this.infoDeadline = this.main.getByRole('textbox', { name: /^Vastauksen määräpäivä/ });
    this.sendInfoRequestButton = this.main.getByRole('button', { name: 'Lähetä lisätietopyyntö' });
    this.reasons = this.main.getByRole('textbox', { name: 'Hylkäämisen perustelut' });
    this.decisionDocument = this.main.getByRole('link', { name: 'Päätösasiakirja (PDF)' });
    this.permitLink = this.main.getByRole('link', { name: /^Avaa lupa/ });
    this.state = this.main.getByTestId('case-state');
    this.handler = this.main.getByTestId('case-handler');
    this.outcome = this.main.getByTestId('decision-outcome');
    this.assignButton = this.main.getByRole('button', { name: /^(Ota käsittelyyn|Siirrä käsittelyyni)/ });
    this.reviewButton = this.main.getByRole('button', { name: 'Tarkista päätös' });
    this.confirmButton = this.main.getByRole('button', { name: 'Tee päätös' });
    this.confirmHeading = this.main.getByRole('heading', { name: 'Vahvista päätös' });
  }

  async goto(applicationId: string): Promise<void> {
    await this.page.goto(`/back-office/applications/${applicationId}`);
  }

  /** Keyboard: focus the control and press Space. */
  async press(control: Locator): Promise<void> {
    await control.focus();
    await this.page.keyboard.press('Space');
  }

  /** A radio button of the group (a Suomi.fi radio group is a fieldset) whose legend starts with `group`. */
  radio(group: string | RegExp, option: string): Locator {
    const name = typeof group === 'string' ? new RegExp(`^${escapeRegExp(group)}`) : group;
    return this.main.getByRole('group', { name }).getByRole('radio', { name: option, exact: true });
  }

  async chooseOutcome(option: 'Myönnetään' | 'Hylätään'): Promise<void> {
    const radio = this.radio('Ratkaisu', option);
    await this.press(radio);
    await expect(radio).toBeChecked();
  }

  /** A data group's check box in the grant, by its name (its code is the hint). */
  dataGroup(name: string): Locator {
    return this.main
      .getByRole('group', { name: /^Myönnettävät tietoryhmät/ })
      .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name)}(\\s|$)`) });
  }

  async grantTurvakielto(grant: boolean): Promise<void> {
    const radio = this.radio(/^Turvakiellon alaiset tiedot/, grant ? 'Myönnetään' : 'Ei myönnetä');
    await this.press(radio);
    await expect(radio).toBeChecked();
  }

  /** A framework permit's end customer: approved or not (its group is named "<name> (<Y-tunnus>)"). */
  async decideEndCustomer(name: string, businessId: string, approve: boolean): Promise<void> {
    const radio = this.radio(
      new RegExp(`^${escapeRegExp(`${name} (${businessId})`)}`),
      approve ? 'Hyväksytään' : 'Ei hyväksytä',
    );
    await this.press(radio);
    await expect(radio).toBeChecked();
  }
}

/** The internal notes in the history, each marked as one. */
export function internalNotes(history: Locator): Locator {
  return history.getByRole('listitem').filter({ hasText: 'Sisäinen muistiinpano – ei näy asiakkaalle' });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
