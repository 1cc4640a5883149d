/**
 * A refused request, said plainly: the common codes have their own texts (someone else changed the case
 * first, a preparer may not decide, the answers were refused…), anything else a generic text with the
 * server's own message when it gave one. Focused when it appears, so a screen reader hears it at once.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import { BackOfficeApiError } from '../../api/back-office';
import { ApiError } from '../../api/client';

const KNOWN = [
  'illegal_transition',
  'preparer_cannot_decide',
  'not_assigned',
  'forbidden',
  'not_found',
  'unauthorized',
  'revision_conflict',
  'data_groups_required',
  'data_group_not_applied',
  'end_customer_data_group_not_granted',
  'turvakielto_required',
  'turvakielto_not_applied',
  'invalid_validity',
  'validity_required',
  'related_permit_missing',
  'invalid_subsystem',
  'deadline_not_in_future',
  'deadline_too_far',
  'assign_forbidden',
  'invalid_assignee',
  'case_not_found',
  'permit_not_found',
  'permit_closed',
  'staff_exists',
  'cannot_change_self',
  'admin_required',
  'rate_limited',
] as const;
type Known = (typeof KNOWN)[number];

export function ApiErrorAlert({ error, focus = true }: { error: unknown; focus?: boolean }) {
  const { t } = useTranslation('backOffice');
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focus && error) ref.current?.focus();
  }, [error, focus]);

  if (!error) return null;
  const status = error instanceof ApiError ? error.status : 0;
  const code = error instanceof ApiError ? error.code : 'network';
  const serverMessage = error instanceof BackOfficeApiError ? error.serverMessage : undefined;
  const known = (KNOWN as readonly string[]).includes(code) ? (code as Known) : undefined;

  let text: string;
  if (known) text = t(`errors.codes.${known}`);
  else if (status === 401) text = t('errors.codes.unauthorized');
  else if (status === 422) text = t('errors.unprocessable');
  else if (status === 400) text = t('errors.badRequest');
  else if (status === 403) text = t('errors.codes.forbidden');
  else if (status === 409) text = t('errors.conflict');
  else text = t('errors.generic');

  return (
    <div ref={ref} tabIndex={-1}>
      <InlineAlert status="error" labelText={t('errors.heading')} mb="m">
        {text}
        {serverMessage && !known && <span> ({serverMessage})</span>}
      </InlineAlert>
    </div>
  );
}
