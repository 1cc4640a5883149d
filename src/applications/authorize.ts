/**
 * Who may see and do what with an application. `:organisationId` names the account the person acts in: its
 * membership is required (403, the same whether or not the organisation exists); the application must be
 * visible to that organisation (404 otherwise, as if it did not exist). The organisation's place decides
 * the side: the applicant, or the supplier that prepares it under the intermediary model.
 */
import { type Membership, requireMembership } from '../accounts/index.js';
import type { Sql } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { applicationNotFound } from './errors.js';
import type { ApplicationRecord } from './model.js';
import { getVisibleApplication } from './queries.js';
import type { ApplicationState } from './state-machine.js';

export type Side = 'applicant' | 'supplier';

export interface ApplicationAccess {
  application: ApplicationRecord;
  membership: Membership;
  side: Side;
}

export async function requireApplication(
  tx: Sql,
  actor: Pick<Actor, 'userId'>,
  organisationId: string,
  applicationId: string,
  options: { lock?: boolean } = {},
): Promise<ApplicationAccess> {
  const membership = await requireMembership(tx, actor, organisationId);
  const application = await getVisibleApplication(tx, applicationId, organisationId, options);
  if (!application) throw applicationNotFound();
  const side: Side = application.preparedBy?.id === organisationId ? 'supplier' : 'applicant';
  return { application, membership, side };
}

/** The state in which each side edits: the applicant its own draft, the supplier the draft it prepares. */
export const EDITABLE_FOR: Readonly<Record<Side, ApplicationState>> = {
  applicant: 'draft',
  supplier: 'intermediary_draft',
};

const APPLICANT_WITHDRAWS: readonly ApplicationState[] = [
  'draft',
  'submitted',
  'in_review',
  'info_requested',
];

/** What this person may do now (ApplicationView.can); the operations enforce the same rules. */
export function permissions(access: ApplicationAccess, openInfoRequest: boolean) {
  const { application, membership, side } = access;
  const state = application.state;
  const applicant = side === 'applicant';
  const supplier = side === 'supplier';
  const mainUser = membership.role === 'main_user';
  return {
    edit: state === EDITABLE_FOR[side],
    submit: applicant && state === 'draft',
    sendToCustomer: supplier && state === 'intermediary_draft',
    approve: applicant && mainUser && state === 'awaiting_customer_approval',
    return: applicant && mainUser && state === 'awaiting_customer_approval',
    withdraw: applicant ? APPLICANT_WITHDRAWS.includes(state) : state === 'intermediary_draft',
    answerInfo: applicant && state === 'info_requested' && openInfoRequest,
    copy: supplier && state === 'returned_by_customer',
  };
}
