/**
 * Taking a permit into use (src/access/routes.ts): the organisation's permits, each permit's credentials
 * (issue, rotate, revoke: a password is in the answer that creates it, and never again) and connections
 * (an X-Road subsystem or a client certificate, pending until the authority approves it).
 */
import { queryOptions } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  ConnectionView as ConnectionSchema,
  CredentialView as CredentialSchema,
  IssuedCredentialView as IssuedSchema,
  PermitView as PermitSchema,
  RotatedCredentialView as RotatedSchema,
} from '../../../src/access/customer-schemas.js';
import { getJson, postJson } from './client';

/** The list's permit; `reference` and `termsDeadline` come with the back office's extension of the list. */
export type PermitListItem = Static<typeof PermitSchema> & {
  reference?: string | null;
  termsDeadline?: string | null;
};
export type CredentialView = Static<typeof CredentialSchema>;
export type IssuedCredential = Static<typeof IssuedSchema>;
export type RotatedCredential = Static<typeof RotatedSchema>;
export type ConnectionView = Static<typeof ConnectionSchema>;

export type RegisterConnection =
  | { xroadClient: string }
  | { certificatePem: string; environment: 'test' | 'production' };

const permits = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/permits`;
const permit = (organisationId: string, permitId: string) =>
  `${permits(organisationId)}/${encodeURIComponent(permitId)}`;

export const permitListQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId, 'permits', 'list'],
    queryFn: async () => (await getJson<{ permits: PermitListItem[] }>(permits(organisationId))).permits,
  });

export const credentialsQuery = (organisationId: string, permitId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId, 'permits', permitId, 'credentials'],
    queryFn: async () =>
      (await getJson<{ credentials: CredentialView[] }>(`${permit(organisationId, permitId)}/credentials`))
        .credentials,
  });

export const connectionsQuery = (organisationId: string, permitId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId, 'permits', permitId, 'connections'],
    queryFn: async () =>
      (await getJson<{ connections: ConnectionView[] }>(`${permit(organisationId, permitId)}/connections`))
        .connections,
  });

export function issueCredential(
  csrfToken: string,
  organisationId: string,
  permitId: string,
): Promise<IssuedCredential> {
  return postJson(`${permit(organisationId, permitId)}/credentials`, { csrfToken });
}

export function rotateCredential(
  csrfToken: string,
  organisationId: string,
  permitId: string,
  credentialId: string,
): Promise<RotatedCredential> {
  return postJson(
    `${permit(organisationId, permitId)}/credentials/${encodeURIComponent(credentialId)}/rotate`,
    { csrfToken },
  );
}

export function revokeCredential(
  csrfToken: string,
  organisationId: string,
  permitId: string,
  credentialId: string,
): Promise<CredentialView> {
  return postJson(
    `${permit(organisationId, permitId)}/credentials/${encodeURIComponent(credentialId)}/revoke`,
    { csrfToken },
  );
}

export function registerConnection(
  csrfToken: string,
  organisationId: string,
  permitId: string,
  body: RegisterConnection,
): Promise<ConnectionView> {
  return postJson(`${permit(organisationId, permitId)}/connections`, { csrfToken, body });
}
