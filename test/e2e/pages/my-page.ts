/** Omat asiat: who is logged in, their organisations, logging out. */
import type { Locator, Page } from '@playwright/test';
import { Site } from './site';

export class MyPage extends Site {
  readonly organisationsHeading: Locator;
  readonly logoutButton: Locator;

  constructor(page: Page) {
    super(page);
    this.organisationsHeading = this.main.getByRole('heading', { name: 'Organisaatiosi', level: 2 });
    this.logoutButton = this.main.getByRole('button', { name: 'Kirjaudu ulos' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/my-page');
  }
}
