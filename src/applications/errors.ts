/** The applications capability's error codes. */
import { AppError, badRequest, conflict, forbidden, notFound } from '../errors.js';

export const applicationNotFound = () => notFound('application_not_found', 'No such application');
export const attachmentNotFound = () => notFound('attachment_not_found', 'No such attachment');
export const infoRequestNotFound = () =>
  notFound('info_request_not_found', 'No such request for information');
export const formNotFound = () => notFound('form_not_found', 'No such form');
export const noSuchCustomer = () =>
  notFound('no_such_customer', 'No organisation with this business ID has a customer account');
export const permitNotFound = () => notFound('permit_not_found', 'No such permit');
export const relatedApplicationNotFound = () =>
  notFound('application_not_found', 'No such data-permit application for this applicant');

export const ownOrganisation = () =>
  badRequest('own_organisation', 'An organisation cannot act as an intermediary for itself');
export const formNotAvailable = () =>
  new AppError(422, 'form_not_available', "This form is not offered to the applicant's kind of organisation");
export const parentRequired = () =>
  badRequest('parent_required', 'A change application names the permit it changes (parentPermitId)');
export const linkRequired = () =>
  badRequest(
    'link_required',
    'A subsystem application names the permit (parentPermitId) or the data-permit application (relatedApplicationId) it belongs to',
  );
export const linkNotAllowed = () =>
  badRequest('link_not_allowed', 'Only a subsystem application refers to another application');
export const wrongInterface = () =>
  badRequest('wrong_interface', 'A change application must be for a permit of the same interface');
export const unknownField = (paths: string[]) =>
  badRequest('unknown_field', `The form has no such field: ${paths.slice(0, 10).join(', ')}`);
export const unknownAttachmentField = () =>
  badRequest(
    'unknown_field',
    'Attachments are uploaded to an attachments field of the form or to an open request',
  );
export const multipartRequired = () =>
  badRequest(
    'multipart_required',
    'Send the file as multipart/form-data: a text part "field", then a part "file"',
  );
export const emptyFile = () => badRequest('empty_file', 'The file is empty');

export const revisionConflict = () =>
  conflict('revision_conflict', 'The application has been saved elsewhere since; load it again');
export const notEditable = (state: string) =>
  conflict('illegal_transition', `An application that is ${state} cannot be edited`);
export const notCopyable = (state: string) =>
  conflict('illegal_transition', `An application that is ${state} cannot be copied; only a returned one can`);
export const alreadyAnswered = () => conflict('already_answered', 'This request has already been answered');
export const tooManyAttachments = (max: number) =>
  conflict('too_many_attachments', `At most ${max} files can be attached here`);

export const mainUserRequired = () =>
  forbidden('main_user_required', "Only the applicant's main users may approve or return an application");
export const applicantOnly = () => forbidden('applicant_only', 'Only the applicant organisation may do this');
export const supplierOnly = () =>
  forbidden('supplier_only', 'Only the organisation that prepares the application may do this');

export const fileTooLarge = (maxBytes: number) =>
  new AppError(413, 'file_too_large', `A file may be at most ${maxBytes / 1024 / 1024} MB`);
export const unsupportedMediaType = () =>
  new AppError(
    415,
    'unsupported_media_type',
    'Accepted files: PDF, PNG, JPEG, GIF, TIFF, Word, Excel, PowerPoint, OpenDocument text and spreadsheets, UTF-8 text',
  );
