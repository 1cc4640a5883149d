/**
 * Customer accounts (src/accounts/routes.ts): creating an organisation's account, invitations, and the
 * account's users. Every unsafe call carries the session's CSRF token.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  CreateOrganisationBody,
  InvitationView as InvitationSchema,
  InviteBody,
  MembershipView,
  MembersView as MembersSchema,
} from '../../../src/accounts/schemas.js';
import { getJson, postJson, readResponse } from './client';

export type { CreateOrganisationBody, InviteBody, MembershipView };
export type InvitationView = Static<typeof InvitationSchema>;
export type MemberView = Static<typeof MembersSchema>['members'][number];
export type Role = MemberView['role'];

const organisation = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}`;

export const membersQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId, 'members'],
    queryFn: async () =>
      (await getJson<Static<typeof MembersSchema>>(`${organisation(organisationId)}/members`)).members,
  });

export function createOrganisation(csrfToken: string, body: CreateOrganisationBody): Promise<MembershipView> {
  return postJson<MembershipView>('/api/organisations', { csrfToken, body });
}

export function inviteUser(
  csrfToken: string,
  organisationId: string,
  body: InviteBody,
): Promise<InvitationView> {
  return postJson<InvitationView>(`${organisation(organisationId)}/invitations`, { csrfToken, body });
}

export function acceptInvitation(csrfToken: string, token: string): Promise<MembershipView> {
  return postJson<MembershipView>('/api/invitations/accept', { csrfToken, body: { token } });
}

export async function changeRole(
  csrfToken: string,
  organisationId: string,
  userId: string,
  role: Role,
): Promise<{ userId: string; role: Role }> {
  const response = await fetch(`${organisation(organisationId)}/members/${encodeURIComponent(userId)}`, {
    method: 'PATCH',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': csrfToken },
    body: JSON.stringify({ role }),
  });
  return readResponse(response);
}

export async function removeMember(csrfToken: string, organisationId: string, userId: string): Promise<void> {
  const response = await fetch(`${organisation(organisationId)}/members/${encodeURIComponent(userId)}`, {
    method: 'DELETE',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
  });
  return readResponse(response);
}
