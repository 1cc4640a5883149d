/** Yhteydet (approving a connection) and Luovutusloki (the disclosure-log search, a POST). */
import type { Locator, Page } from '@playwright/test';
import { BackOfficeSite } from './back-office-site';

export class ConnectionsPage extends BackOfficeSite {
  readonly table: Locator;

  constructor(page: Page) {
    super(page);
    this.table = this.main.getByRole('table');
  }

  async goto(): Promise<void> {
    await this.page.goto('/back-office/connections');
  }

  /** A pending connection's row, by any text in it (the organisation, the identifier). */
  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  approveButton(row: Locator): Locator {
    return row.getByRole('button', { name: /^Hyväksy/ });
  }
}

export class DisclosuresPage extends BackOfficeSite {
  readonly form: Locator;
  readonly hetu: Locator;
  readonly searchButton: Locator;
  readonly table: Locator;

  constructor(page: Page) {
    super(page);
    this.form = this.main.getByRole('form', { name: 'Luovutuslokin haku' });
    this.hetu = this.form.getByRole('textbox', { name: /^Henkilötunnus/ });
    this.searchButton = this.form.getByRole('button', { name: 'Hae', exact: true });
    this.table = this.main.getByRole('table');
  }

  async goto(): Promise<void> {
    await this.page.goto('/back-office/disclosures');
  }

  /** The result rows (the header row left out). */
  get rows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }

  rowsOf(organisationName: string): Locator {
    return this.rows.filter({ hasText: organisationName });
  }

  /** Lokin eheys: the hash chain checked on request. */
  get verifyButton(): Locator {
    return this.main.getByRole('button', { name: 'Tarkista lokin eheys' });
  }

  get verifyResult(): Locator {
    return this.main
      .getByRole('region', { name: 'Lokin eheys' })
      .getByRole('status')
      .or(this.main.getByRole('region', { name: 'Lokin eheys' }).getByRole('alert'));
  }

  /** "N luovutusta" above the results. */
  get count(): Locator {
    return this.main.getByText(/^\d+ luovutus(ta)?( näytetty, lisää on saatavilla)?$/);
  }

  /** The organisation filter (a Suomi.fi dropdown, whose name is its value, then its label). */
  async chooseOrganisation(option: string): Promise<void> {
    await this.form.getByRole('button', { name: / Organisaatio$/ }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
