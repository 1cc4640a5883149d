/** The accounts capability's error codes. */
import { AppError, badRequest, conflict, forbidden, notFound } from '../errors.js';

export const invalidBusinessId = (message: string) => badRequest('invalid_business_id', message);
export const accountExists = () =>
  conflict(
    'account_exists',
    'This organisation already has a customer account. Ask its main user to invite you; main users are told by e-mail that you tried to create one.',
  );
export const notAMember = () =>
  forbidden('not_a_member', "You are not a user of this organisation's customer account");
export const mainUserRequired = () =>
  forbidden('main_user_required', "Only the account's main users may do this");
export const memberNotFound = () => notFound('member_not_found', 'No such user in this account');
export const lastMainUser = () =>
  conflict(
    'last_main_user',
    'An account must keep at least one main user; make someone else a main user first',
  );
export const alreadyMember = () => conflict('already_member', 'The person is already a user of this account');
export const invitationPending = () =>
  conflict('invitation_pending', 'This address already has an invitation that has not been used or expired');
export const invitationNotFound = () => notFound('invitation_not_found', 'No such invitation');
export const invitationUsed = () => conflict('invitation_used', 'This invitation has already been used');
export const invitationExpired = () =>
  new AppError(410, 'invitation_expired', 'This invitation has expired; ask for a new one');
