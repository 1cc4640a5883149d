/**
 * The application state machine, enforced on the server (eservice-domain.md §3.1). Every change of state goes
 * through `transitionApplication`, a conditional UPDATE: when two handlers (or a handler and the deadline job)
 * race, exactly one wins and the other gets a 409 that changes nothing.
 */
import { sql } from 'drizzle-orm';
import { query, type Sql } from '../db/index.js';
import { AppError } from '../errors.js';

export const APPLICATION_STATES = [
  'draft',
  'intermediary_draft',
  'awaiting_customer_approval',
  'returned_by_customer',
  'submitted',
  'in_review',
  'info_requested',
  'granted',
  'denied',
  'lapsed',
  'withdrawn',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export type ApplicationAction =
  | 'submit'
  | 'send_to_customer'
  | 'customer_approve'
  | 'customer_return'
  | 'withdraw'
  | 'assign'
  | 'request_info'
  | 'answer_info'
  | 'grant'
  | 'deny'
  | 'lapse';

/** For each action: the states it may start from, and the state it reaches. */
export const APPLICATION_TRANSITIONS: Record<
  ApplicationAction,
  { from: readonly ApplicationState[]; to: ApplicationState }
> = {
  submit: { from: ['draft'], to: 'submitted' },
  send_to_customer: { from: ['intermediary_draft'], to: 'awaiting_customer_approval' },
  customer_approve: { from: ['awaiting_customer_approval'], to: 'submitted' },
  customer_return: { from: ['awaiting_customer_approval'], to: 'returned_by_customer' },
  withdraw: {
    from: ['draft', 'intermediary_draft', 'submitted', 'in_review', 'info_requested'],
    to: 'withdrawn',
  },
  // Assigning again (to another handler) keeps the case in review.
  assign: { from: ['submitted', 'in_review'], to: 'in_review' },
  request_info: { from: ['in_review'], to: 'info_requested' },
  answer_info: { from: ['info_requested'], to: 'in_review' },
  grant: { from: ['in_review'], to: 'granted' },
  deny: { from: ['in_review'], to: 'denied' },
  lapse: { from: ['info_requested'], to: 'lapsed' },
};

/** States in which the applicant (or the supplier) may still edit the answers. */
export const EDITABLE_STATES: readonly ApplicationState[] = ['draft', 'intermediary_draft'];
export const FINAL_STATES: readonly ApplicationState[] = [
  'granted',
  'denied',
  'lapsed',
  'withdrawn',
  'returned_by_customer',
];

export class IllegalTransition extends AppError {
  constructor(
    readonly action: ApplicationAction,
    readonly state: string | null,
  ) {
    super(
      409,
      'illegal_transition',
      state === null
        ? `No such application for ${action}`
        : `An application that is ${state} cannot be ${ACTION_PAST[action]}`,
    );
  }
}

const ACTION_PAST: Record<ApplicationAction, string> = {
  submit: 'sent to DVV',
  send_to_customer: 'sent to the customer for approval',
  customer_approve: 'approved by the customer',
  customer_return: 'returned by the customer',
  withdraw: 'withdrawn',
  assign: 'assigned',
  request_info: 'sent a request for information',
  answer_info: 'given an answer to a request for information',
  grant: 'granted',
  deny: 'denied',
  lapse: 'lapsed',
};

export function canTransition(state: string, action: ApplicationAction): boolean {
  return (APPLICATION_TRANSITIONS[action].from as readonly string[]).includes(state);
}

/**
 * Moves one application by `action` if its current state allows it, atomically; returns the state it left.
 * `set` adds column assignments to the same UPDATE (e.g. assigned_to, submitted_at). Throws IllegalTransition
 * (409) when the state does not allow it — including when another transaction moved it first.
 */
export async function transitionApplication(
  tx: Sql,
  applicationId: string,
  action: ApplicationAction,
  now: Date,
  set?: ReturnType<typeof sql>,
): Promise<{ from: ApplicationState; to: ApplicationState }> {
  const { from, to } = APPLICATION_TRANSITIONS[action];
  const fromList = sql.join(
    from.map((s) => sql`${s}`),
    sql`, `,
  );
  const extra = set ? sql`, ${set}` : sql``;
  const rows = await query<{ previous: ApplicationState }>(
    tx,
    sql`UPDATE application AS a SET state = ${to}, updated_at = ${now.toISOString()} ${extra}
        FROM (SELECT id, state AS previous FROM application WHERE id = ${applicationId} FOR UPDATE) AS old
        WHERE a.id = old.id AND old.previous IN (${fromList})
        RETURNING old.previous`,
  );
  const row = rows[0];
  if (!row) {
    const [current] = await query<{ state: string }>(
      tx,
      sql`SELECT state FROM application WHERE id = ${applicationId}`,
    );
    throw new IllegalTransition(action, current?.state ?? null);
  }
  return { from: row.previous, to };
}
