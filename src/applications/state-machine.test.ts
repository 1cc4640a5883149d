import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../accounts/test-data.js';
import { query } from '../db/index.js';
import { loginAs } from '../identity/test-login.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { insertApplication } from './queries.js';
import {
  APPLICATION_STATES,
  APPLICATION_TRANSITIONS,
  type ApplicationAction,
  type ApplicationState,
  canTransition,
  EDITABLE_STATES,
  FINAL_STATES,
  IllegalTransition,
  transitionApplication,
} from './state-machine.js';

describe('the application state machine (table)', () => {
  it('every action starts from known states and reaches a known state', () => {
    for (const [action, { from, to }] of Object.entries(APPLICATION_TRANSITIONS)) {
      expect(APPLICATION_STATES, action).toContain(to);
      for (const state of from) expect(APPLICATION_STATES, action).toContain(state);
    }
  });

  it('final states have no way out, and every other state has one', () => {
    const exits = (state: ApplicationState) =>
      (Object.keys(APPLICATION_TRANSITIONS) as ApplicationAction[]).filter((a) => canTransition(state, a));
    for (const state of FINAL_STATES) expect(exits(state), state).toEqual([]);
    for (const state of APPLICATION_STATES.filter((s) => !FINAL_STATES.includes(s)))
      expect(exits(state).length, state).toBeGreaterThan(0);
  });

  it('follows eservice-domain §3.1: the intermediary path, sending, review and the decisions', () => {
    expect(canTransition('intermediary_draft', 'send_to_customer')).toBe(true);
    expect(canTransition('awaiting_customer_approval', 'customer_approve')).toBe(true);
    expect(canTransition('awaiting_customer_approval', 'customer_return')).toBe(true);
    expect(canTransition('intermediary_draft', 'submit')).toBe(false);
    expect(canTransition('awaiting_customer_approval', 'withdraw')).toBe(false);
    expect(canTransition('draft', 'submit')).toBe(true);
    expect(canTransition('submitted', 'grant')).toBe(false);
    expect(canTransition('in_review', 'grant')).toBe(true);
    expect(canTransition('info_requested', 'answer_info')).toBe(true);
    expect(canTransition('info_requested', 'lapse')).toBe(true);
    expect(canTransition('granted', 'withdraw')).toBe(false);
    expect(EDITABLE_STATES).toEqual(['draft', 'intermediary_draft']);
  });
});

describe('transitionApplication (database)', () => {
  let t: TestApp;
  let id: string;

  beforeAll(async () => {
    t = await buildTestApp({ poolSize: 4 });
    const tessa = await loginAs(t.app, { hetu: '010280-952L' });
    const org = await createOrganisation(t.app, tessa, { kind: 'public' });
    id = await insertApplication(
      t.db.orm,
      {
        organisationId: org.id,
        preparedByOrganisationId: null,
        form: 'muutosrajapinta',
        formVersion: 1,
        kind: 'new',
        parentPermitId: null,
        relatedApplicationId: null,
        state: 'draft',
        content: {},
        language: 'fi',
        createdBy: tessa.userId,
      },
      t.clock.now(),
    );
  });
  afterAll(() => t.close());

  it('moves the state with extra columns in the same update, and refuses an illegal move with 409', async () => {
    const now = new Date('2026-11-26T08:00:00Z');
    const moved = await transitionApplication(
      t.db.orm,
      id,
      'submit',
      now,
      sql`reference = ${'TL-2026-999999'}`,
    );
    expect(moved).toEqual({ from: 'draft', to: 'submitted' });
    const [row] = await query<{ state: string; reference: string; updated_at: Date | string }>(
      t.db.orm,
      sql`SELECT state, reference, updated_at FROM application WHERE id = ${id}`,
    );
    expect(row).toMatchObject({ state: 'submitted', reference: 'TL-2026-999999' });
    expect(new Date(row?.updated_at as string).toISOString()).toBe(now.toISOString());

    const refused = transitionApplication(t.db.orm, id, 'submit', now);
    await expect(refused).rejects.toBeInstanceOf(IllegalTransition);
    await expect(refused).rejects.toMatchObject({
      status: 409,
      code: 'illegal_transition',
      message: 'An application that is submitted cannot be sent to DVV',
    });
    await expect(
      transitionApplication(t.db.orm, '00000000-0000-4000-8000-000000000000', 'withdraw', now),
    ).rejects.toMatchObject({ status: 409, message: 'No such application for withdraw' });
  });

  it('of two racing moves from the same state exactly one wins', async () => {
    await transitionApplication(t.db.orm, id, 'assign', t.clock.now());
    await transitionApplication(t.db.orm, id, 'request_info', t.clock.now());
    const results = await Promise.allSettled([
      t.db.orm.transaction((tx) => transitionApplication(tx, id, 'answer_info', t.clock.now())),
      t.db.orm.transaction((tx) => transitionApplication(tx, id, 'lapse', t.clock.now())),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(IllegalTransition);
  });
});
