/**
 * The permit state machine (eservice-domain.md §3.2), enforced on the server. A grant creates the permit in
 * terms_pending; only accepting the terms makes it active, which is the one state the interfaces serve
 * (access/decide.ts). Every change goes through `transitionPermit`, a conditional UPDATE (409 otherwise).
 */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import { AppError } from '../errors.js';

export const PERMIT_STATES = [
  'terms_pending',
  'active',
  'lapsed',
  'expired',
  'revoked',
  'terminated',
  'superseded',
] as const;
export type PermitState = (typeof PERMIT_STATES)[number];

export type PermitAction = 'accept_terms' | 'lapse' | 'expire' | 'revoke' | 'terminate' | 'supersede';

export const PERMIT_TRANSITIONS: Record<PermitAction, { from: readonly PermitState[]; to: PermitState }> = {
  accept_terms: { from: ['terms_pending'], to: 'active' },
  lapse: { from: ['terms_pending'], to: 'lapsed' },
  expire: { from: ['active'], to: 'expired' },
  revoke: { from: ['terms_pending', 'active'], to: 'revoked' },
  terminate: { from: ['active'], to: 'terminated' },
  supersede: { from: ['active'], to: 'superseded' },
};

export class IllegalPermitTransition extends AppError {
  constructor(
    readonly action: PermitAction,
    readonly state: string | null,
  ) {
    super(
      409,
      'illegal_transition',
      state === null
        ? `No such permit for ${action}`
        : `A permit that is ${state} cannot ${action.replace('_', ' ')}`,
    );
  }
}

/** Moves one permit by `action` if its state allows it, atomically; `set` adds column assignments. */
export async function transitionPermit(
  tx: Sql,
  permitId: string,
  action: PermitAction,
  now: Date,
  set?: ReturnType<typeof sql>,
): Promise<{ from: PermitState; to: PermitState }> {
  const { from, to } = PERMIT_TRANSITIONS[action];
  const fromList = sql.join(
    from.map((s) => sql`${s}`),
    sql`, `,
  );
  const extra = set ? sql`, ${set}` : sql``;
  const rows = await query<{ previous: PermitState }>(
    tx,
    sql`UPDATE permit AS p SET state = ${to}, updated_at = ${now.toISOString()} ${extra}
        FROM (SELECT id, state AS previous FROM permit WHERE id = ${permitId} FOR UPDATE) AS old
        WHERE p.id = old.id AND old.previous IN (${fromList})
        RETURNING old.previous`,
  );
  const row = rows[0];
  if (!row) {
    const [current] = await query<{ state: string }>(
      tx,
      sql`SELECT state FROM permit WHERE id = ${permitId}`,
    );
    throw new IllegalPermitTransition(action, current?.state ?? null);
  }
  return { from: row.previous, to };
}
