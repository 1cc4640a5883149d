/** The accounts pages, for the router. */
export { AcceptInvitationPage } from './accept-invitation-page';
export { CreateOrganisationPage } from './create-organisation-page';
export { OrganisationPage } from './organisation-page';
export { PermitsPage } from './permits-page';
export { UsersPage } from './users-page';
