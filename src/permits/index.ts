/**
 * Permits: the lifecycle after a grant (terms_pending → active → expired | revoked | superseded, or lapsed
 * when the terms are not accepted in time), the permit terms, the customers' permit routes and the jobs.
 * The structured part that enforcement reads is written through access (insertPermit).
 */
export { addDays, helsinkiDate, helsinkiEndOfDay, isIsoDate } from './dates.js';
export { permitNotFound } from './errors.js';
export { permitJobs } from './jobs.js';
export {
  createGrantedPermit,
  expirePermits,
  type GrantedPermit,
  lapseUnacceptedPermits,
  revokePermit,
} from './lifecycle.js';
export { presentEndCustomer, presentListDetails, presentPermitView } from './presenters.js';
export {
  type EndCustomer,
  getDecisionDocument,
  getPermit,
  getPermitOfApplication,
  listEndCustomers,
  listMemberContacts,
  listOrganisationPermitDetails,
  listPermits,
  organisationMatch,
  type PermitFilter,
  type PermitRecord,
} from './queries.js';
export { customerPermitsPlugin, sendDecisionPdf } from './routes.js';
export { PermitListItem, PermitView, SelectionView } from './schemas.js';
export {
  IllegalPermitTransition,
  PERMIT_STATES,
  PERMIT_TRANSITIONS,
  type PermitState,
  transitionPermit,
} from './state-machine.js';
export { permitTerms } from './terms.js';
