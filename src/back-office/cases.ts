/**
 * Handling operations on a case: assign, internal notes, requests for information (täydennyspyyntö) and
 * the job that lapses a case whose request went unanswered. State changes go through transitionApplication
 * (409 illegal_transition otherwise); customer-visible changes write a public event, notes an internal one.
 */
import { sql } from 'drizzle-orm';
import {
  type ApplicationRecord,
  loadApplication,
  recordEvent,
  transitionApplication,
} from '../applications/index.js';
import type { Config } from '../config.js';
import type { Database, Sql } from '../db/index.js';
import { AppError } from '../errors.js';
import { recordAudit } from '../identity/index.js';
import { helsinkiDate, helsinkiEndOfDay } from '../permits/index.js';
import { getStaffById, type StaffActor } from '../staff/index.js';
import {
  assigneeDisabled,
  caseNotFound,
  handlersAssignHandlers,
  notAssigned,
  staffNotFound,
  unprocessable,
} from './errors.js';
import { mailApplicant } from './notify.js';
import { insertInfoRequest, listOverdueInfoRequests, updateAssigneeWhileWaiting } from './queries.js';

/** The application, sent or not (a draft's actions are refused by the state machine with 409). */
export async function requireApplication(tx: Sql, id: string): Promise<ApplicationRecord> {
  const app = await loadApplication(tx, id);
  if (!app) throw caseNotFound();
  return app;
}

/** May this staff member act as the case's handler (request information)? Its handler, or any admin. */
export function actsAsHandler(
  staff: Pick<StaffActor, 'staffUserId' | 'role'>,
  app: ApplicationRecord,
): boolean {
  return app.assignedTo === staff.staffUserId || staff.role === 'admin';
}

/**
 * Assigns a case to a handler (by default the caller). A handler may assign to any handler; an
 * administrator to anyone. submitted → in_review; reassigning keeps in_review, or info_requested.
 */
export async function assignCase(
  tx: Sql,
  staff: StaffActor,
  applicationId: string,
  targetId: string | undefined,
  now: Date,
): Promise<void> {
  const app = await requireApplication(tx, applicationId);
  const target = await getStaffById(tx, targetId ?? staff.staffUserId);
  if (!target) throw staffNotFound();
  if (target.disabledAt) throw assigneeDisabled();
  if (staff.role !== 'admin' && target.role !== 'handler') throw handlersAssignHandlers();

  let from: string = app.state;
  if (app.state === 'info_requested') {
    if (!(await updateAssigneeWhileWaiting(tx, applicationId, target.id, now))) {
      await transitionApplication(tx, applicationId, 'assign', now, sql`assigned_to = ${target.id}`);
    }
  } else {
    ({ from } = await transitionApplication(
      tx,
      applicationId,
      'assign',
      now,
      sql`assigned_to = ${target.id}`,
    ));
  }
  const actor = { kind: 'staff' as const, id: staff.staffUserId };
  await recordEvent(tx, {
    applicationId,
    at: now,
    actor,
    type: 'assigned',
    internal: true,
    data: { staffUserId: target.id, name: target.name, previous: app.assignedTo },
  });
  if (from === 'submitted') {
    await recordEvent(tx, { applicationId, at: now, actor, type: 'in_review', internal: false, data: {} });
  }
  await recordAudit(
    tx,
    {
      actorUserId: staff.staffUserId,
      action: 'CaseAssign',
      organisationId: app.organisation.id,
      targetId: applicationId,
    },
    now,
  );
}

/** An internal note: never shown to the customer. Any staff member, on any sent case. */
export async function addNote(
  tx: Sql,
  staff: StaffActor,
  applicationId: string,
  text: string,
  now: Date,
): Promise<void> {
  const app = await requireApplication(tx, applicationId);
  if (app.submittedAt === null) throw caseNotFound();
  await recordEvent(tx, {
    applicationId,
    at: now,
    actor: { kind: 'staff', id: staff.staffUserId },
    type: 'note',
    internal: true,
    data: { text },
  });
  await recordAudit(
    tx,
    {
      actorUserId: staff.staffUserId,
      action: 'CaseNote',
      organisationId: app.organisation.id,
      targetId: applicationId,
    },
    now,
  );
}

/** Longest time a request may give the customer. */
export const MAX_INFO_REQUEST_DAYS = 180;

/**
 * Asks the applicant for more by a deadline (a Finnish date after today; the request lapses the case after
 * that day ends): in_review → info_requested, the request and a public event, mail to the applicant's users.
 */
export async function requestInformation(
  tx: Sql,
  staff: StaffActor,
  applicationId: string,
  input: { message: string; deadline: string },
  config: Pick<Config, 'publicBaseUrl'>,
  now: Date,
): Promise<void> {
  const app = await requireApplication(tx, applicationId);
  if (!actsAsHandler(staff, app)) throw notAssigned();
  const today = helsinkiDate(now);
  if (input.deadline <= today) {
    throw unprocessable('deadline_not_in_future', 'The deadline must be a day after today');
  }
  const deadline = helsinkiEndOfDay(input.deadline);
  if (deadline.getTime() - now.getTime() > MAX_INFO_REQUEST_DAYS * 86_400_000) {
    throw unprocessable('deadline_too_far', `The deadline may be at most ${MAX_INFO_REQUEST_DAYS} days away`);
  }
  await transitionApplication(tx, applicationId, 'request_info', now);
  const infoRequestId = await insertInfoRequest(
    tx,
    { applicationId, message: input.message, deadline, createdBy: staff.staffUserId },
    now,
  );
  await recordEvent(tx, {
    applicationId,
    at: now,
    actor: { kind: 'staff', id: staff.staffUserId },
    type: 'info_requested',
    internal: false,
    data: { infoRequestId, message: input.message, deadline: input.deadline },
  });
  await mailApplicant(
    tx,
    app,
    (link) => ({
      kind: 'info_requested',
      vars: {
        organisationName: app.organisation.name,
        reference: app.reference ?? '',
        deadline: input.deadline,
        link,
      },
    }),
    config,
    now,
  );
  await recordAudit(
    tx,
    {
      actorUserId: staff.staffUserId,
      action: 'InfoRequestCreate',
      organisationId: app.organisation.id,
      targetId: infoRequestId,
    },
    now,
  );
}

/**
 * Job: a case whose information request was not answered by its deadline lapses (info_requested → lapsed,
 * actor system), and the applicant's users are told. Each case in its own transaction; a case answered or
 * lapsed meanwhile is skipped, so the job is idempotent and safe on several instances.
 */
export async function lapseUnansweredCases(
  db: Database,
  config: Pick<Config, 'publicBaseUrl'>,
  now: Date,
): Promise<{ lapsed: number }> {
  let lapsed = 0;
  for (const overdue of await listOverdueInfoRequests(db.orm, now)) {
    try {
      await db.orm.transaction(async (tx) => {
        await transitionApplication(tx, overdue.applicationId, 'lapse', now);
        const app = (await loadApplication(tx, overdue.applicationId)) as ApplicationRecord;
        await recordEvent(tx, {
          applicationId: app.id,
          at: now,
          actor: { kind: 'system', id: null },
          type: 'lapsed',
          internal: false,
          data: { infoRequestId: overdue.infoRequestId },
        });
        await mailApplicant(
          tx,
          app,
          (link) => ({
            kind: 'application_lapsed',
            vars: { organisationName: app.organisation.name, reference: app.reference ?? '', link },
          }),
          config,
          now,
        );
      });
      lapsed++;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'illegal_transition')) throw error;
    }
  }
  return { lapsed };
}
