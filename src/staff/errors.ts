/** The staff capability's error codes. */
import { AppError, conflict, forbidden, notFound, unauthorized } from '../errors.js';

export const staffUnauthenticated = () =>
  unauthorized('unauthenticated', 'Log in to the back office as DVV staff');
export const staffCsrfTokenInvalid = () =>
  forbidden('csrf_token_invalid', 'The X-CSRF-Token header is missing or does not match the staff session');
export const adminRequired = () => forbidden('admin_required', 'Only an administrator may do this');
export const unknownDevStaff = () => notFound('unknown_staff', 'No such development staff member');
export const staffDisabled = () =>
  forbidden('staff_disabled', "An administrator has ended this staff member's access");
export const staffNotFound = () => notFound('staff_not_found', 'No such staff member');
export const staffExists = () =>
  conflict('staff_exists', 'A staff member with this identity provider subject already exists');
export const cannotChangeSelf = () =>
  conflict('cannot_change_self', 'An administrator cannot change their own role or disable themselves');
export const oidcNotConfigured = () =>
  notFound('oidc_not_configured', 'OIDC login is not configured (STAFF_OIDC_ISSUER and the rest)');
export const staffLoginRateLimited = () =>
  new AppError(429, 'rate_limited', 'Too many login attempts; try again in a minute');
