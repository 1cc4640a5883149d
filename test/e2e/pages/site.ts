/** What every page has: the skip link, the header with its language menu and way in, the h1. */
import type { Locator, Page } from '@playwright/test';

export type LanguageName = 'Suomeksi (FI)' | 'På svenska (SV)' | 'In English (EN)';

export class Site {
  readonly skipLink: Locator;
  readonly main: Locator;
  readonly heading: Locator;
  readonly languageMenu: Locator;
  readonly header: Locator;

  constructor(readonly page: Page) {
    this.skipLink = page.getByRole('link', {
      name: /^(Siirry pääsisältöön|Gå till huvudinnehållet|Skip to main content)$/,
    });
    this.main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.header = page.getByRole('banner');
    this.languageMenu = this.header.getByRole('button', {
      name: /^(Vaihda kieli|Byt språk|Change language)/,
    });
  }

  headerLink(name: string): Locator {
    return this.header.getByRole('link', { name, exact: true });
  }

  async chooseLanguage(language: LanguageName): Promise<void> {
    await this.languageMenu.click();
    await this.page.getByRole('menuitem', { name: language }).click();
  }
}
