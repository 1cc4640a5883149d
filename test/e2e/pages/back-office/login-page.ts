/** The back office's login: DVV's identification (OIDC) and, outside production, the development list. */
import { expect, type Locator, type Page } from '@playwright/test';
import { BackOfficeSite } from './back-office-site';

export class BackOfficeLoginPage extends BackOfficeSite {
  readonly devPanel: Locator;
  readonly loginButton: Locator;
  readonly oidcLink: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.devPanel = this.main.getByRole('region', { name: 'Kehityskäytön kirjautuminen' });
    this.loginButton = this.devPanel.getByRole('button', { name: 'Kirjaudu' });
    this.oidcLink = this.main.getByRole('link', { name: 'Kirjaudu (DVV:n tunnistus)' });
    this.errorSummary = this.main.getByRole('heading', { name: 'Tarkista seuraavat kohdat' });
  }

  async goto(returnTo?: string): Promise<void> {
    await this.page.goto(
      returnTo ? `/back-office/login?returnTo=${encodeURIComponent(returnTo)}` : '/back-office/login',
    );
  }

  staffMember(name: string): Locator {
    return this.devPanel.getByRole('radio', { name, exact: true });
  }

  /** The Suomi.fi radio draws its own circle over the input: a person clicks the name. */
  async loginAs(name: string): Promise<void> {
    await this.devPanel.getByText(name, { exact: true }).click();
    await expect(this.staffMember(name)).toBeChecked();
    await this.loginButton.click();
  }
}

/** The development staff (src/staff/dev-login.ts). */
export const HANDLER = 'Hanna Käsittelijä';
export const HANDLER_2 = 'Kalle Käsittelijä';
export const ADMIN = 'Aino Ylläpitäjä';
