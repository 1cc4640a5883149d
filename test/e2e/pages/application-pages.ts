/**
 * The applications pages: starting an application, the form (rendered from its definition), the list of
 * the organisation's applications and the read-only view with its panels. Locators go by role and label,
 * so that the tests also check that every field is labelled.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { Site } from './site';

/** /applications/new?service=… */
export class StartApplicationPage extends Site {
  readonly startButton: Locator;
  readonly customerBusinessId: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.startButton = this.main.getByRole('button', { name: 'Aloita hakemus' });
    this.customerBusinessId = this.main.getByRole('textbox', { name: /^Asiakasorganisaation Y-tunnus/ });
    this.errorSummary = this.main.getByRole('heading', { name: 'Tarkista seuraavat kohdat' });
  }

  radio(name: string): Locator {
    return this.main.getByRole('radio', { name, exact: true });
  }

  /** A person chooses by the option's text (the Suomi.fi radio draws its own circle over the input). */
  async choose(name: string): Promise<void> {
    await this.main
      .locator('label')
      .filter({ hasText: new RegExp(`^${escapeRegExp(name)}`) })
      .first()
      .click();
    await expect(this.radio(name)).toBeChecked();
  }
}

/** /organisations/:organisationId/applications/:applicationId */
export class ApplicationPage extends Site {
  readonly form: Locator;
  readonly errorSummary: Locator;
  readonly submitButton: Locator;
  readonly saveAndLeaveButton: Locator;
  readonly saveStatus: Locator;
  readonly state: Locator;
  readonly reference: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    super(page);
    this.form = this.main.getByRole('form', { name: 'Hakemuslomake' });
    this.errorSummary = this.main.getByRole('heading', { name: 'Tarkista seuraavat kohdat' });
    this.submitButton = this.main.getByRole('button', { name: 'Lähetä DVV:lle', exact: true });
    this.saveAndLeaveButton = this.main.getByRole('button', { name: 'Tallenna ja jatka myöhemmin' });
    this.saveStatus = page.getByTestId('save-status');
    this.state = this.main.getByTestId('application-state');
    this.reference = this.main.getByTestId('application-reference');
    this.notice = this.main.getByRole('status').first();
  }

  async goto(organisationId: string, applicationId: string): Promise<void> {
    await this.page.goto(`/organisations/${organisationId}/applications/${applicationId}`);
  }

  /** The id in the address: /organisations/<org>/applications/<id>. */
  applicationId(): string {
    const match = /\/applications\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not an application's address: ${this.page.url()}`);
    return match[1];
  }

  section(name: string): Locator {
    return this.main.getByRole('region', { name, exact: true });
  }

  /** A text field or text area by its label (a mandatory one's name ends in "(pakollinen)"). */
  textbox(label: string | RegExp, within: Locator = this.main): Locator {
    const name =
      typeof label === 'string' ? new RegExp(`^${escapeRegExp(label)}( \\(pakollinen\\))?$`) : label;
    return within.getByRole('textbox', { name });
  }

  /** A radio button of the group whose legend starts with `group`. */
  radio(group: string, option: string): Locator {
    return this.main
      .getByRole('group', { name: new RegExp(`^${escapeRegExp(group)}`) })
      .getByRole('radio', { name: option, exact: true });
  }

  checkbox(name: string | RegExp): Locator {
    return this.main.getByRole('checkbox', typeof name === 'string' ? { name, exact: true } : { name });
  }

  /** Keyboard: focus the control and press Space, as a person using the keyboard does. */
  async press(control: Locator): Promise<void> {
    await control.focus();
    await this.page.keyboard.press('Space');
  }

  summaryLink(text: string | RegExp): Locator {
    return this.main.getByRole('link', { name: text });
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Luonnos tallennettu klo \d{1,2}\.\d{2}$/);
    await expect(this.page.getByText('Tallennetaan…')).toHaveCount(0);
  }

  get fileInput(): Locator {
    return this.main.locator('input[type="file"]').first();
  }

  get attachedFiles(): Locator {
    return this.main.getByRole('list').filter({ has: this.page.getByRole('listitem') });
  }
}

/** /organisations/:organisationId/applications */
export class ApplicationsListPage extends Site {
  async goto(organisationId: string): Promise<void> {
    await this.page.goto(`/organisations/${organisationId}/applications`);
  }

  /** An application of the list, by its form's title and state. */
  item(title: string): Locator {
    return this.main
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: title, level: 3 }) });
  }

  /** The link to an application: its form's title, then (for screen readers) its reference or state. */
  link(title: string): Locator {
    return this.main.getByRole('link', { name: new RegExp(`^${escapeRegExp(title)} \\(`) });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
