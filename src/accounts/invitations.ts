/**
 * Invitations: a main user invites an e-mail address into a role; the link carries a random single-use
 * token (only its hash is stored) that expires. Accepting it requires a logged-in (strongly identified)
 * person, who then joins the account with the invited role.
 */
import type { Config } from '../config.js';
import type { Sql } from '../db/index.js';
import { type Actor, hashToken, newToken, recordAudit } from '../identity/index.js';
import { enqueueMail, type Language } from '../mail/index.js';
import {
  alreadyMember,
  invitationExpired,
  invitationNotFound,
  invitationPending,
  invitationUsed,
} from './errors.js';
import { invitationLink } from './links.js';
import type { Membership, Organisation, Role } from './model.js';
import {
  getInvitationForUpdate,
  getMembership,
  hasLiveInvitation,
  hasMemberWithEmail,
  insertInvitation,
  insertMembership,
  updateInvitationAccepted,
} from './queries.js';

export interface CreatedInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
}

/** `inviter` must be a main user of the organisation (the route has checked it). */
export async function inviteUser(
  tx: Sql,
  actor: Actor,
  inviter: Membership,
  input: { email: string; role: Role; language: Language },
  config: Pick<Config, 'publicBaseUrl' | 'invitationValidDays'>,
  now: Date,
): Promise<CreatedInvitation> {
  const organisation = inviter.organisation;
  const email = input.email.toLowerCase();
  if (await hasMemberWithEmail(tx, organisation.id, email)) throw alreadyMember();
  if (await hasLiveInvitation(tx, organisation.id, email, now)) throw invitationPending();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + config.invitationValidDays * 86_400_000);
  const id = await insertInvitation(
    tx,
    {
      organisationId: organisation.id,
      email,
      role: input.role,
      tokenHash: hashToken(token),
      expiresAt,
      createdBy: actor.userId,
    },
    now,
  );
  await enqueueMail(
    tx,
    {
      to: email,
      language: input.language,
      message: {
        kind: 'invitation',
        vars: {
          organisationName: organisation.name,
          businessId: organisation.businessId,
          inviterName: `${actor.firstNames} ${actor.lastName}`,
          role: input.role,
          link: invitationLink(config.publicBaseUrl, token),
          expiresAt,
        },
      },
    },
    now,
  );
  await recordAudit(
    tx,
    { actorUserId: actor.userId, action: 'InvitationCreate', organisationId: organisation.id, targetId: id },
    now,
  );
  return { id, email, role: input.role, expiresAt };
}

export async function acceptInvitation(
  tx: Sql,
  actor: Actor,
  token: string,
  now: Date,
): Promise<{ organisation: Organisation; role: Role }> {
  const invitation = await getInvitationForUpdate(tx, hashToken(token));
  if (!invitation) throw invitationNotFound();
  if (invitation.acceptedAt) throw invitationUsed();
  if (invitation.expiresAt <= now) throw invitationExpired();
  if (await getMembership(tx, invitation.organisationId, actor.userId)) throw alreadyMember();
  await insertMembership(
    tx,
    {
      organisationId: invitation.organisationId,
      userId: actor.userId,
      role: invitation.role,
      email: invitation.email,
    },
    now,
  );
  await updateInvitationAccepted(tx, invitation.id, actor.userId, now);
  await recordAudit(
    tx,
    {
      actorUserId: actor.userId,
      action: 'InvitationAccept',
      organisationId: invitation.organisationId,
      targetId: invitation.id,
    },
    now,
  );
  const membership = (await getMembership(tx, invitation.organisationId, actor.userId)) as Membership;
  return { organisation: membership.organisation, role: membership.role };
}
