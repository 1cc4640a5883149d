/**
 * Main users change roles and remove users. The organisation row is locked by the caller's membership check
 * (`requireMembership(..., { lock: true })`), so two main users demoting each other at once cannot leave the
 * account without one.
 */
import type { Sql } from '../db/index.js';
import { type Actor, recordAudit } from '../identity/index.js';
import { lastMainUser, memberNotFound } from './errors.js';
import type { Membership, Role } from './model.js';
import { countMainUsers, deleteMembership, getMembership, updateMembershipRole } from './queries.js';

export async function changeRole(
  tx: Sql,
  actor: Actor,
  manager: Membership,
  userId: string,
  role: Role,
  now: Date,
): Promise<Membership> {
  const organisationId = manager.organisation.id;
  const target = await getMembership(tx, organisationId, userId);
  if (!target) throw memberNotFound();
  if (target.role === role) return target;
  if (target.role === 'main_user') await keepOneMainUser(tx, organisationId);
  await updateMembershipRole(tx, organisationId, userId, role);
  await recordAudit(
    tx,
    { actorUserId: actor.userId, action: 'MembershipRoleChange', organisationId, targetId: userId },
    now,
  );
  return { ...target, role };
}

export async function removeMember(
  tx: Sql,
  actor: Actor,
  manager: Membership,
  userId: string,
  now: Date,
): Promise<void> {
  const organisationId = manager.organisation.id;
  const target = await getMembership(tx, organisationId, userId);
  if (!target) throw memberNotFound();
  if (target.role === 'main_user') await keepOneMainUser(tx, organisationId);
  await deleteMembership(tx, organisationId, userId);
  await recordAudit(
    tx,
    { actorUserId: actor.userId, action: 'MembershipRemove', organisationId, targetId: userId },
    now,
  );
}

/** Refuses to take away a main user when they are the last one. */
async function keepOneMainUser(tx: Sql, organisationId: string): Promise<void> {
  if ((await countMainUsers(tx, organisationId)) <= 1) throw lastMainUser();
}
