/** The back office's error codes. */
import { AppError, conflict, forbidden, notFound } from '../errors.js';

export const caseNotFound = () => notFound('case_not_found', 'No such case (an application sent to DVV)');
export const attachmentNotFound = () => notFound('attachment_not_found', 'This case has no such attachment');
export const connectionNotFound = () => notFound('connection_not_found', 'No such connection');
export const staffNotFound = () => notFound('staff_not_found', 'No such staff member');
export const assigneeDisabled = () =>
  new AppError(422, 'invalid_assignee', 'This staff member is disabled and cannot take cases');
export const handlersAssignHandlers = () =>
  forbidden('assign_forbidden', 'A handler may assign a case only to a handler; an administrator to anyone');
export const notAssigned = () =>
  forbidden('not_assigned', 'Only the handler the case is assigned to (or an administrator) may do this');
export const preparerCannotDecide = () =>
  forbidden(
    'preparer_cannot_decide',
    'An administrator cannot decide a case assigned to themselves; another administrator decides it',
  );
export const unprocessable = (code: string, message: string) => new AppError(422, code, message);
export const relatedPermitMissing = () =>
  conflict(
    'related_permit_missing',
    'The data permit this subsystem belongs to does not exist yet: decide its application first',
  );
export const permitClosed = (state: string) =>
  conflict('permit_closed', `The permit is ${state}: it takes no new connections`);
