/**
 * Access: connections, credentials, the authorization core, transport identity and rate limits. The
 * interfaces call `authorize` and nothing else decides what may be disclosed.
 */
export { type Admission, admit, CONNECTION_LIMIT, FAILED_AUTH_LIMIT } from './admit.js';
export { authorize, type Credentials, loadPermitFacts } from './authorize.js';
export {
  type Connection,
  certificateFingerprint,
  decideConnection,
  listConnections,
  registerCertificate,
  registerXRoadSubsystem,
} from './connections.js';
export { type IssuedCredential, issueCredential, revokeCredential, rotateCredential } from './credentials.js';
export {
  type AccessRequest,
  type AccessView,
  type Decision,
  type InterfaceName,
  inSelection,
  type Refusal,
  type Selection,
  type TransportIdentity,
} from './decide.js';
export { insertEndCustomer, insertOrganisation, insertPermit, type NewPermit } from './permits.js';
export { pruneRateLimits, type RateDecision, type RateLimit, takeRequest } from './rate-limit.js';
export { DEMO_CERTIFICATE_SHA256, transportIdentity } from './transport.js';
export { visibleRecords } from './view.js';
export { formatXRoadClient, parseXRoadClient, type XRoadClientId } from './xroad.js';
