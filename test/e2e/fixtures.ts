/**
 * The test function of every journey:
 * - `axe.check()` runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now and fails with the
 *   violations listed;
 * - a test fails if the page threw, or if the Content-Security-Policy refused anything.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export class Axe {
  constructor(private readonly page: Page) {}

  async check(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).withTags(WCAG_21_AA).analyze();
    const violations = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
    );
    expect(violations, `axe on ${this.page.url()}`).toEqual([]);
  }
}

export const test = base.extend<{ axe: Axe; pageErrors: undefined }>({
  axe: async ({ page }, use) => {
    await use(new Axe(page));
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
          errors.push(message.text());
        }
      });
      await use(undefined);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
