/** Identification: the development provider's choice of test person. */
import { expect, type Locator, type Page } from '@playwright/test';
import { Site } from './site';

export class LoginPage extends Site {
  readonly testIdentification: Locator;
  readonly identifyButton: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.testIdentification = this.main.getByRole('region', { name: 'Testitunnistaja' });
    this.identifyButton = this.testIdentification.getByRole('button', { name: 'Tunnistaudu' });
    this.errorSummary = this.main.getByRole('heading', { name: 'Tarkista seuraavat kohdat' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/login');
  }

  testPerson(name: string): Locator {
    return this.testIdentification.getByRole('radio', { name, exact: true });
  }

  async identifyAs(name: string): Promise<void> {
    // The Suomi.fi radio button draws its own circle over the input: a person clicks the name.
    await this.testIdentification.getByText(name, { exact: true }).click();
    await expect(this.testPerson(name)).toBeChecked();
    await this.identifyButton.click();
  }
}
