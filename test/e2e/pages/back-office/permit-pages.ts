/** Luparekisteri (the permits, filtered by state), one permit (revoking it), and Tilastot. */
import type { Locator, Page } from '@playwright/test';
import { BackOfficeSite } from './back-office-site';

export class PermitRegisterPage extends BackOfficeSite {
  readonly table: Locator;
  readonly stateFilter: Locator;

  constructor(page: Page) {
    super(page);
    this.table = this.main.getByRole('table');
    this.stateFilter = this.main.getByRole('button', { name: / Luvan tila$/ });
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/back-office/permits${query}`);
  }

  /** The rows of a holder (by its name or Y-tunnus). */
  rows(holder: string): Locator {
    return this.table.locator('tbody').getByRole('row').filter({ hasText: holder });
  }

  async filterByState(state: string): Promise<void> {
    await this.stateFilter.click();
    await this.page.getByRole('option', { name: state, exact: true }).click();
  }
}

export class BackOfficePermitPage extends BackOfficeSite {
  readonly state: Locator;
  readonly dataGroups: Locator;
  readonly revokeButton: Locator;
  readonly reason: Locator;
  readonly continueButton: Locator;
  readonly confirmRevokeButton: Locator;

  constructor(page: Page) {
    super(page);
    this.state = this.main.getByTestId('permit-state');
    this.dataGroups = this.main
      .getByRole('region', { name: /^Myönnet(ty|yt) tietoryhmä/ })
      .getByRole('listitem');
    this.revokeButton = this.main.getByRole('button', { name: 'Peru lupa', exact: true });
    this.reason = this.main.getByRole('textbox', { name: 'Peruutuksen syy' });
    this.continueButton = this.main.getByRole('button', { name: 'Jatka vahvistamaan' });
    this.confirmRevokeButton = this.main.getByRole('button', { name: 'Peru lupa lopullisesti' });
  }
}

export class DashboardPage extends BackOfficeSite {
  readonly queueSize: Locator;

  constructor(page: Page) {
    super(page);
    this.queueSize = this.main.getByTestId('queue-size');
  }

  async goto(): Promise<void> {
    await this.page.goto('/back-office/dashboard');
  }

  chart(title: string): Locator {
    return this.main.getByRole('region', { name: title });
  }

  showTable(chart: Locator): Locator {
    return chart.getByRole('button', { name: 'Näytä tiedot taulukkona' });
  }
}
