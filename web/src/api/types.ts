/**
 * The API's types, taken from the backend's schema files. Type-only: nothing of the backend enters the
 * bundle, and a change in a response schema is a compile error here.
 */
export type { OrganisationKind } from '../../../src/accounts/model.js';
export type { SessionView } from '../../../src/accounts/schemas.js';
export type { TestPerson } from '../../../src/identity/index.js';
export type { Language } from '../../../src/mail/index.js';
