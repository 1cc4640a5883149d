/** What every back-office page has: the header with the staff member, logging out, and the sections. */
import type { Locator, Page } from '@playwright/test';

export type Section = 'Jono' | 'Luparekisteri' | 'Yhteydet' | 'Tilastot' | 'Luovutusloki' | 'Henkilöstö';

export class BackOfficeSite {
  readonly main: Locator;
  readonly heading: Locator;
  readonly header: Locator;
  readonly nav: Locator;
  readonly staffInfo: Locator;
  readonly logoutButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.header = page.getByRole('banner');
    this.nav = this.header.getByRole('navigation', { name: 'Käsittelyn osiot' });
    this.staffInfo = this.header.getByTestId('staff-info');
    this.logoutButton = this.header.getByRole('button', { name: 'Kirjaudu ulos' });
    this.status = this.main.getByRole('status');
  }

  navLink(name: Section): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  /** An error shown by the page (the Suomi.fi inline alert with its label). */
  get errorAlert(): Locator {
    return this.main.getByText('Toiminto ei onnistunut');
  }
}
