/**
 * The permit lifecycle after a grant (eservice-domain.md §3.2): created in terms_pending with a deadline;
 * a main user accepts the terms (→ active, and a change decision's old permit → superseded in the same
 * transaction); the deadline passing lapses it; its last valid day passing expires it; DVV may revoke it.
 * Every change goes through transitionPermit; the application's history records what the customer sees.
 */
import { sql } from 'drizzle-orm';
import { insertEndCustomer, insertPermit, type NewPermit } from '../access/index.js';
import { recordEvent } from '../applications/index.js';
import type { Config } from '../config.js';
import type { Database, Sql } from '../db/index.js';
import { recordAudit } from '../identity/index.js';
import { enqueueMail } from '../mail/index.js';
import { helsinkiDate } from './dates.js';
import { permitNotFound, termsDeadlinePassed } from './errors.js';
import {
  type EndCustomer,
  getOrganisationPermit,
  getPermit,
  listMemberContacts,
  listPermitsPastTermsDeadline,
  listPermitsPastValidity,
  type PermitRecord,
  updatePermitOrigin,
} from './queries.js';
import { IllegalPermitTransition, type PermitAction, transitionPermit } from './state-machine.js';

export interface GrantedPermit extends Omit<NewPermit, 'state'> {
  applicationId: string;
  /** A change decision: the permit this one replaces once its terms are accepted. */
  supersedesPermitId: string | null;
  termsDeadline: Date;
  endCustomers: readonly EndCustomer[];
}

/** The permit a grant creates, waiting for its terms to be accepted. */
export async function createGrantedPermit(tx: Sql, grant: GrantedPermit, now: Date): Promise<string> {
  const { applicationId, supersedesPermitId, termsDeadline, endCustomers, ...permit } = grant;
  const permitId = await insertPermit(tx, { ...permit, state: 'terms_pending' }, now);
  await updatePermitOrigin(tx, permitId, { applicationId, supersedesPermitId, termsDeadline });
  for (const customer of endCustomers) await insertEndCustomer(tx, permitId, customer, now);
  return permitId;
}

/** A main user of the holder accepts the terms: the permit becomes active (and replaces its predecessor). */
export async function acceptTerms(
  tx: Sql,
  actor: { userId: string },
  organisationId: string,
  permitId: string,
  now: Date,
): Promise<void> {
  const permit = await getOrganisationPermit(tx, organisationId, permitId);
  if (!permit) throw permitNotFound();
  if (permit.state === 'terms_pending' && permit.termsDeadline && permit.termsDeadline <= now) {
    throw termsDeadlinePassed();
  }
  await transitionPermit(
    tx,
    permitId,
    'accept_terms',
    now,
    sql`terms_accepted_at = ${now.toISOString()}, terms_accepted_by = ${actor.userId}`,
  );
  if (permit.supersedesPermitId) {
    const old = await getPermit(tx, permit.supersedesPermitId);
    // Only a permit still in force is replaced; one that already ended stays as it ended.
    if (old?.state === 'active') await transitionPermit(tx, old.id, 'supersede', now);
  }
  if (permit.applicationId) {
    await recordEvent(tx, {
      applicationId: permit.applicationId,
      at: now,
      actor: { kind: 'customer', id: actor.userId },
      type: 'terms_accepted',
      internal: false,
      data: {
        permitId,
        ...(permit.supersedesPermitId ? { supersededPermitId: permit.supersedesPermitId } : {}),
      },
    });
  }
  await recordAudit(
    tx,
    { actorUserId: actor.userId, action: 'PermitAcceptTerms', organisationId, targetId: permitId },
    now,
  );
}

/** DVV revokes a permit (terms_pending or active), with a reason the holder sees; the holder is mailed. */
export async function revokePermit(
  tx: Sql,
  staff: { staffUserId: string },
  permitId: string,
  reason: string,
  config: Pick<Config, 'publicBaseUrl'>,
  now: Date,
): Promise<PermitRecord> {
  const permit = await getPermit(tx, permitId);
  if (!permit) throw permitNotFound();
  await transitionPermit(tx, permitId, 'revoke', now, sql`revocation_reason = ${reason}`);
  if (permit.applicationId) {
    await recordEvent(tx, {
      applicationId: permit.applicationId,
      at: now,
      actor: { kind: 'staff', id: staff.staffUserId },
      type: 'permit_revoked',
      internal: false,
      data: { permitId, reason },
    });
  }
  const link = `${config.publicBaseUrl}/organisations/${permit.organisation.id}/permits/${permitId}`;
  for (const contact of await listMemberContacts(tx, permit.organisation.id)) {
    await enqueueMail(
      tx,
      {
        to: contact.email,
        language: contact.language,
        message: {
          kind: 'permit_revoked',
          vars: { organisationName: permit.organisation.name, reference: permit.reference, reason, link },
        },
      },
      now,
    );
  }
  await recordAudit(
    tx,
    {
      actorUserId: staff.staffUserId,
      action: 'PermitRevoke',
      organisationId: permit.organisation.id,
      targetId: permitId,
    },
    now,
  );
  return (await getPermit(tx, permitId)) as PermitRecord;
}

/**
 * Moves each permit by `action` in its own transaction, recording it on the application; a permit another
 * instance (or a person) moved first is skipped. Returns how many moved.
 */
async function moveAll(db: Database, ids: readonly string[], action: PermitAction, type: string, now: Date) {
  let moved = 0;
  for (const id of ids) {
    try {
      await db.orm.transaction(async (tx) => {
        await transitionPermit(tx, id, action, now);
        const permit = await getPermit(tx, id);
        if (permit?.applicationId) {
          await recordEvent(tx, {
            applicationId: permit.applicationId,
            at: now,
            actor: { kind: 'system', id: null },
            type,
            internal: false,
            data: { permitId: id },
          });
        }
      });
      moved++;
    } catch (error) {
      if (!(error instanceof IllegalPermitTransition)) throw error;
    }
  }
  return moved;
}

/** Job: permits whose terms were not accepted by the deadline lapse. Idempotent. */
export async function lapseUnacceptedPermits(db: Database, now: Date): Promise<{ lapsed: number }> {
  const ids = await listPermitsPastTermsDeadline(db.orm, now);
  return { lapsed: await moveAll(db, ids, 'lapse', 'permit_lapsed', now) };
}

/** Job: active permits past their last valid day (a Finnish day) expire. Idempotent. */
export async function expirePermits(db: Database, now: Date): Promise<{ expired: number }> {
  const ids = await listPermitsPastValidity(db.orm, helsinkiDate(now));
  return { expired: await moveAll(db, ids, 'expire', 'permit_expired', now) };
}
