/**
 * Identity: identification providers (a development provider now; the Suomi.fi SAML provider plugs into
 * providers.ts), users recognised by hetu, server-side sessions with CSRF protection, and the audit trail.
 * Other capabilities guard their routes with `sessionSupport` and read the person with `actorOf`.
 */
export { type AuditAction, recordAudit } from './audit.js';
export { type Actor, actorOf, sessionSupport } from './guard.js';
export { allowMissingBody, NoInput, Timestamp, Uuid } from './http.js';
export type { IdentifiedPerson, UserId } from './person.js';
export { upsertUser } from './queries.js';
export { identityPlugin } from './routes.js';
export { TEST_PERSONS, type TestPerson } from './test-persons.js';
export { hashToken, newToken } from './tokens.js';
