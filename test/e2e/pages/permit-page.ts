/** /organisations/:organisationId/permits/:permitId: one permit as its holder sees it, and accepting its terms. */
import type { Locator, Page } from '@playwright/test';
import { Site } from './site';

export class PermitPage extends Site {
  readonly state: Locator;
  readonly acceptButton: Locator;
  readonly acceptedHeading: Locator;
  readonly dataGroups: Locator;
  readonly endCustomers: Locator;

  constructor(page: Page) {
    super(page);
    this.state = this.main.getByTestId('permit-state');
    this.acceptButton = this.main.getByRole('button', { name: 'Hyväksyn ehdot' });
    this.acceptedHeading = this.main.getByRole('heading', { name: 'Ehdot on hyväksytty' });
    this.dataGroups = this.main.getByRole('region', { name: 'Myönnetyt tietoryhmät' }).getByRole('listitem');
    this.endCustomers = this.main.getByRole('region', { name: 'Loppuasiakkaat' }).getByRole('listitem');
  }

  async goto(organisationId: string, permitId: string): Promise<void> {
    await this.page.goto(`/organisations/${organisationId}/permits/${permitId}`);
  }

  /** The id in the address. */
  permitId(): string {
    const match = /\/permits\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not a permit's address: ${this.page.url()}`);
    return match[1];
  }
}
