/** The front page: the service catalogue (tabs → category → services with "Aloita"). */
import type { Locator } from '@playwright/test';
import { Site } from './site';

export class CataloguePage extends Site {
  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  tab(name: string): Locator {
    return this.main.getByRole('tab', { name, exact: true });
  }

  get visiblePanel(): Locator {
    return this.main.getByRole('tabpanel');
  }

  /** The expander button of a category in the tab shown. */
  category(name: string): Locator {
    return this.visiblePanel.getByRole('button', { name, exact: true });
  }

  service(name: string): Locator {
    return this.visiblePanel
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** The "Aloita" button of a service, whose accessible name also names the service. */
  startButton(service: string): Locator {
    return this.service(service).getByRole('button', { name: /^(Aloita|Starta|Start) / });
  }
}
