/**
 * Who may act on an organisation: its members, and for managing users and credentials its main users. A
 * person outside the account gets the same 403 whether or not the organisation exists, so the answer never
 * tells them which organisations there are.
 */
import type { Sql } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { mainUserRequired, notAMember } from './errors.js';
import type { Membership, Role } from './model.js';
import { getMembership } from './queries.js';

export async function requireMembership(
  db: Sql,
  actor: Pick<Actor, 'userId'>,
  organisationId: string,
  options: { role?: Role; lock?: boolean } = {},
): Promise<Membership> {
  const membership = await getMembership(db, organisationId, actor.userId, { lock: options.lock ?? false });
  if (!membership) throw notAMember();
  if (options.role === 'main_user' && membership.role !== 'main_user') throw mainUserRequired();
  return membership;
}
