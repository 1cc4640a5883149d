/**
 * Addresses of the web app that e-mail points to. The invitation token travels in the fragment, which
 * browsers never send to a server, so it reaches no access log; the page posts it to /api/invitations/accept.
 */
export function invitationLink(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/invitations/accept#token=${encodeURIComponent(token)}`;
}

export function userManagementLink(publicBaseUrl: string, organisationId: string): string {
  return `${publicBaseUrl}/organisations/${encodeURIComponent(organisationId)}/users`;
}
