/**
 * Staff: DVV's handlers and administrators, their OIDC (or development) login, sessions with their own
 * cookie, and staff administration. The back office guards its routes with `staffSupport` and reads the
 * staff member with `staffOf`.
 */
export { type StaffSupport, staffOf, staffSupport } from './guard.js';
export type { StaffActor, StaffRole, StaffUser } from './model.js';
export { getStaffById } from './queries.js';
export { staffPlugin } from './routes.js';
