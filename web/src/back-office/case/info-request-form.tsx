/**
 * Täydennyspyyntö: a message to the applicant and the date by which to answer (tomorrow at the earliest).
 * The applicant's users get an e-mail; the case waits for the answer. Errors keep what was typed.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DateInput, ErrorSummary, Textarea } from 'suomifi-ui-components';
import { useRequestInfo } from '../../api/back-office';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { DateField } from '../ui/date-field';
import { addDays, fiToIso, helsinkiDate, isoToFi } from '../ui/format';
import { useLanguage } from '../ui/use-labels';

const MAX = 5000;

export function InfoRequestForm({ caseId, onSent }: { caseId: string; onSent: () => void }) {
  const { t } = useTranslation('backOffice');
  const language = useLanguage();
  const request = useRequestInfo(caseId);
  const today = helsinkiDate(new Date());
  const tomorrow = addDays(today, 1);
  const [message, setMessage] = useState('');
  const [deadline, setDeadline] = useState(isoToFi(addDays(today, 14)));
  const [tried, setTried] = useState(0);
  const summary = useRef<HTMLHeadingElement>(null);

  const deadlineIso = fiToIso(deadline);
  const errors = {
    message: message.trim() === '' ? t('case.info.messageRequired') : undefined,
    deadline: !deadlineIso
      ? t('validation.invalidDate')
      : deadlineIso < tomorrow
        ? t('case.info.deadlineTooEarly', { date: isoToFi(tomorrow) })
        : undefined,
  };
  const show = tried > 0;
  const items = [
    ...(errors.message ? [{ text: errors.message, inputId: 'info-request-message' }] : []),
    ...(errors.deadline ? [{ text: errors.deadline, inputId: 'info-request-deadline' }] : []),
  ];

  useEffect(() => {
    if (tried > 0) summary.current?.focus();
  }, [tried]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (items.length > 0) {
      setTried((n) => n + 1);
      return;
    }
    if (request.isPending || !deadlineIso) return;
    request.mutate(
      { message: message.trim(), deadline: deadlineIso },
      {
        onSuccess: () => {
          setMessage('');
          setTried(0);
          onSent();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      {show && items.length > 0 && (
        <ErrorSummary
          headingText={t('validation.summaryHeading')}
          headingRef={summary}
          headingVariant="h4"
          items={items}
          mb="m"
        />
      )}
      <Textarea
        id="info-request-message"
        labelText={t('case.info.message')}
        hintText={t('case.info.messageHint')}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        status={show && errors.message ? 'error' : 'default'}
        statusText={show ? errors.message : undefined}
        maxLength={MAX}
        fullWidth
        mb="m"
      />
      <DateField>
        <DateInput
          fullWidth
          id="info-request-deadline"
          labelText={t('case.info.deadline')}
          hintText={t('dateHint')}
          datePickerEnabled
          language={language}
          minDate={new Date(`${tomorrow}T12:00:00`)}
          value={deadline}
          onChange={({ value }) => setDeadline(value)}
          status={show && errors.deadline ? 'error' : 'default'}
          statusText={show ? errors.deadline : undefined}
          mb="m"
        />
      </DateField>
      <ApiErrorAlert error={request.error} />
      <Button type="submit" disabled={request.isPending}>
        {t('case.info.submit')}
      </Button>
    </form>
  );
}
