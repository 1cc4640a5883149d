/** Domain objects → response bodies, field by field (nothing reaches a response unless listed here). */
import type { Actor } from '../identity/index.js';
import type { CreatedInvitation } from './invitations.js';
import type { Member, Membership, Organisation, Role } from './model.js';

export const presentOrganisation = (o: Organisation) => ({
  id: o.id,
  name: o.name,
  businessId: o.businessId,
  kind: o.kind,
});

export const presentMembership = (m: { organisation: Organisation; role: Role }) => ({
  organisation: presentOrganisation(m.organisation),
  role: m.role,
});

export function presentSession(actor: Actor, memberships: Membership[], idleExpiresAt: Date) {
  return {
    user: {
      id: actor.userId,
      firstNames: actor.firstNames,
      givenName: actor.givenName,
      lastName: actor.lastName,
      language: actor.language,
    },
    csrfToken: actor.csrfToken,
    expiresAt: actor.expiresAt.toISOString(),
    idleExpiresAt: idleExpiresAt.toISOString(),
    organisations: memberships.map((m) => ({ ...presentOrganisation(m.organisation), role: m.role })),
  };
}

export const presentInvitation = (i: CreatedInvitation) => ({
  id: i.id,
  email: i.email,
  role: i.role,
  expiresAt: i.expiresAt.toISOString(),
});

export const presentMember = (m: Member) => ({
  userId: m.userId,
  firstNames: m.firstNames,
  lastName: m.lastName,
  email: m.email,
  role: m.role,
  joinedAt: m.joinedAt.toISOString(),
});
