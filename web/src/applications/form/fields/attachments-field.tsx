/** A form's attachments field: its files are uploaded at once, and the answer lists their ids. */
import { AttachmentUploader } from '../../attachments/attachment-uploader';
import { useLocalized } from '../../localized';
import { FieldLabel } from '../field-label';
import { useFieldError, useFormEnv } from '../form-env';
import { fieldDomId } from '../paths';
import { asStrings, type FieldOf, type FieldProps } from './field-props';

export function AttachmentsField({ field, path, value }: FieldProps<FieldOf<'attachments'>>) {
  const localized = useLocalized();
  const env = useFormEnv();
  const error = useFieldError(path);
  const ids = asStrings(value);
  // The answer's ids, in order; an upload whose id the answer does not have yet is shown too.
  const attachments = [
    ...ids.flatMap((id) => env.attachments.filter((attachment) => attachment.id === id)),
    ...env.attachments.filter((attachment) => attachment.field === path && !ids.includes(attachment.id)),
  ];
  return (
    <AttachmentUploader
      id={fieldDomId(path)}
      label={<FieldLabel text={localized(field.label)} required={field.required} />}
      hint={localized(field.help) || undefined}
      organisationId={env.organisationId}
      applicationId={env.applicationId}
      field={path}
      attachments={attachments}
      onUploaded={(attachment) => env.onAttachmentUploaded(attachment, path)}
      onDeleted={(attachmentId) => env.onAttachmentDeleted(attachmentId, path)}
      status={error ? 'error' : 'default'}
      statusText={error}
      maxFiles={field.maxFiles}
    />
  );
}
