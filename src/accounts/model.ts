/** The accounts vocabulary. */

export type OrganisationId = string & { readonly __brand: 'OrganisationId' };

export const ROLES = ['main_user', 'user'] as const;
/** main_user (pääkäyttäjä) manages users and credentials; user (käyttäjä) works on the account's matters. */
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['public', 'company'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Organisation {
  id: OrganisationId;
  name: string;
  businessId: string;
  kind: OrganisationKind;
}

/** A person's place in an account, with the organisation it is in. */
export interface Membership {
  organisation: Organisation;
  userId: string;
  role: Role;
  email: string;
}

export interface Member {
  userId: string;
  firstNames: string;
  lastName: string;
  email: string;
  role: Role;
  joinedAt: Date;
}
