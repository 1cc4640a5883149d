/** Henkilöstö: the staff list (role, access) and adding a staff member. */
import type { Locator, Page } from '@playwright/test';
import { BackOfficeSite } from './back-office-site';

export class StaffPage extends BackOfficeSite {
  readonly table: Locator;
  readonly subject: Locator;
  readonly name: Locator;
  readonly email: Locator;
  readonly addButton: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.table = this.main.getByRole('table');
    const add = this.main.getByRole('region', { name: 'Lisää käyttäjä' });
    this.subject = add.getByLabel('Tunniste DVV:n tunnistuksessa');
    this.name = add.getByLabel('Nimi', { exact: true });
    this.email = add.getByLabel('Sähköposti');
    this.addButton = add.getByRole('button', { name: 'Lisää käyttäjä' });
    this.errorSummary = this.main.getByRole('heading', { name: 'Tarkista seuraavat kohdat' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/back-office/staff');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  roleOf(name: string): Locator {
    return this.row(name).getByRole('button', { name: new RegExp(`Käyttäjän ${name} rooli`) });
  }
}
