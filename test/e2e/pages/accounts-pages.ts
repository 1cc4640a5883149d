/**
 * The accounts pages: creating an organisation's account, accepting an invitation, an organisation's
 * front page, its users and its permits (credentials and connections). Locators by role and label.
 */
import type { Locator, Page } from '@playwright/test';
import { Site } from './site';

/** The links every organisation page has. */
class OrganisationSite extends Site {
  readonly organisationNav: Locator;

  constructor(page: Page) {
    super(page);
    this.organisationNav = this.main.getByRole('navigation', { name: 'Organisaation asiointi' });
  }

  navLink(name: 'Yleistiedot' | 'Käyttäjät' | 'Hakemukset' | 'Luvat ja käyttöönotto'): Locator {
    return this.organisationNav.getByRole('link', { name, exact: true });
  }
}

export class CreateOrganisationPage extends Site {
  readonly name: Locator;
  readonly businessId: Locator;
  readonly email: Locator;
  readonly submitButton: Locator;
  readonly errorSummary: Locator;
  readonly accountExists: Locator;

  constructor(page: Page) {
    super(page);
    this.name = this.main.getByLabel('Organisaation nimi');
    this.businessId = this.main.getByLabel('Y-tunnus');
    this.email = this.main.getByLabel('Työsähköpostiosoitteesi');
    this.submitButton = this.main.getByRole('button', { name: 'Luo asiakastili' });
    this.errorSummary = this.main.getByRole('heading', { name: 'Tarkista seuraavat kohdat' });
    this.accountExists = this.main.getByRole('heading', { name: 'Organisaatiolla on jo asiakastili' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/organisations/new');
  }

  /** The Suomi.fi radio button draws its own circle over the input: a person clicks the text. */
  async chooseKind(kind: 'Julkishallinnon organisaatio' | 'Yritys tai muu yhteisö'): Promise<void> {
    await this.main.getByText(kind, { exact: true }).click();
  }

  async fill(input: { name: string; businessId: string; email: string; kind: 'public' | 'company' }) {
    await this.name.fill(input.name);
    await this.businessId.fill(input.businessId);
    await this.chooseKind(
      input.kind === 'public' ? 'Julkishallinnon organisaatio' : 'Yritys tai muu yhteisö',
    );
    await this.email.fill(input.email);
  }
}

export class AcceptInvitationPage extends Site {
  readonly acceptButton: Locator;
  readonly joinedHeading: Locator;
  readonly openOrganisation: Locator;

  constructor(page: Page) {
    super(page);
    this.acceptButton = this.main.getByRole('button', { name: 'Hyväksy kutsu ja liity' });
    this.joinedHeading = this.main.getByRole('heading', {
      name: 'Olet liittynyt organisaation asiakastilille',
    });
    this.openOrganisation = this.main.getByRole('link', { name: 'Siirry organisaation asiointiin' });
  }
}

export class OrganisationPage extends OrganisationSite {
  async goto(organisationId: string): Promise<void> {
    await this.page.goto(`/organisations/${organisationId}`);
  }
}

export class UsersPage extends OrganisationSite {
  readonly members: Locator;
  readonly inviteEmail: Locator;
  readonly inviteButton: Locator;

  constructor(page: Page) {
    super(page);
    this.members = this.main.getByRole('region', { name: 'Asiakastilin käyttäjät' }).getByRole('listitem');
    this.inviteEmail = this.main.getByLabel('Sähköpostiosoite');
    this.inviteButton = this.main.getByRole('button', { name: 'Lähetä kutsu' });
  }

  async goto(organisationId: string): Promise<void> {
    await this.page.goto(`/organisations/${organisationId}/users`);
  }

  member(name: string): Locator {
    return this.members.filter({ has: this.page.getByRole('heading', { name }) });
  }

  async invite(email: string, role: 'Käyttäjä' | 'Pääkäyttäjä' = 'Käyttäjä'): Promise<void> {
    await this.inviteEmail.fill(email);
    await this.main.getByRole('group', { name: 'Rooli' }).getByText(role, { exact: true }).click();
    await this.inviteButton.click();
  }
}

export class PermitsPage extends OrganisationSite {
  readonly permits: Locator;

  constructor(page: Page) {
    super(page);
    this.permits = this.main.locator('section').filter({ has: page.getByRole('heading', { level: 2 }) });
  }

  async goto(organisationId: string): Promise<void> {
    await this.page.goto(`/organisations/${organisationId}/permits`);
  }

  /** A permit's section, by the start of its heading (e.g. 'VTJkysely'). */
  permit(interfaceName: string): Locator {
    return this.main.getByRole('region', { name: new RegExp(`^${interfaceName}, voimassa`) });
  }

  credentials(permit: Locator): Locator {
    return permit.getByRole('region', { name: 'Käyttäjätunnukset', exact: true });
  }

  connections(permit: Locator): Locator {
    return permit.getByRole('region', { name: 'Yhteydet', exact: true });
  }

  /** The panel that shows a new password once. */
  secretPanel(permit: Locator): Locator {
    return permit.getByRole('region', { name: 'Uusi salasana: tallenna se nyt' });
  }
}

/** Omat tietoni: who has received the person's data (the citizen view). */
export class MyDataPage extends Site {
  readonly table: Locator;
  readonly notInDvv: Locator;

  constructor(page: Page) {
    super(page);
    this.table = this.main.getByRole('table', { name: 'Tietojesi luovutukset, uusin ensin' });
    this.notInDvv = this.main.getByText(
      'Digi- ja väestötietoviraston oikea palvelu ei tarjoa tällaista näkymää',
    );
  }

  async goto(): Promise<void> {
    await this.page.goto('/my-data');
  }
}
