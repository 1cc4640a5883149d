/** The applications UI's pages (routing/router.tsx) and the one address other parts of the app link to. */
export { PermitPage } from '../permits/permit-page';
export { ApplicationPage } from './application-page';
export { ApplicationsListPage } from './applications-list-page';
export { startAddress } from './start/return-to';
export { StartApplicationPage } from './start/start-page';
