/**
 * Staff administration (administrators only): add a staff member by their OIDC subject before their first
 * login, change a role, disable (which ends every session at once) or enable again.
 */
import type { Sql } from '../db/index.js';
import { recordAudit } from '../identity/index.js';
import { cannotChangeSelf, staffExists, staffNotFound } from './errors.js';
import type { StaffActor, StaffRole, StaffUser } from './model.js';
import { getStaffById, insertStaffIfAbsent, updateStaff, updateStaffSessionEnded } from './queries.js';

export async function addStaff(
  tx: Sql,
  admin: StaffActor,
  input: { subject: string; name: string; email: string; role: StaffRole },
  now: Date,
): Promise<StaffUser> {
  const added = await insertStaffIfAbsent(tx, { provider: 'oidc', ...input }, now);
  if (!added) throw staffExists();
  await recordAudit(tx, { actorUserId: admin.staffUserId, action: 'StaffCreate', targetId: added.id }, now);
  return added;
}

export async function changeStaff(
  tx: Sql,
  admin: StaffActor,
  staffUserId: string,
  change: { role?: StaffRole | undefined; disabled?: boolean | undefined },
  now: Date,
): Promise<StaffUser> {
  const current = await getStaffById(tx, staffUserId, { lock: true });
  if (!current) throw staffNotFound();
  const demotes = change.role !== undefined && change.role !== current.role;
  // An administrator keeps their own access: someone can always manage the staff.
  if (current.id === admin.staffUserId && (demotes || change.disabled === true)) throw cannotChangeSelf();
  const updated = (await updateStaff(tx, staffUserId, change, now)) as StaffUser;
  if (change.disabled === true) await updateStaffSessionEnded(tx, { staffUserId }, now);
  await recordAudit(
    tx,
    { actorUserId: admin.staffUserId, action: 'StaffUpdate', targetId: staffUserId },
    now,
  );
  return updated;
}
