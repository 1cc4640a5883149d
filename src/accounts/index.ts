/**
 * Accounts: organisations (Y-tunnus) with one customer account each, their users and roles, and
 * invitations. Other capabilities authorize with `requireMembership`.
 */
export { requireMembership } from './authorize.js';
export type { Membership, Organisation, OrganisationId, Role } from './model.js';
export { getOrganisationByBusinessId, insertMembership } from './queries.js';
export { accountsPlugin } from './routes.js';
