/**
 * Filling in a draft: the form, saved as it is typed; "Lähetä DVV:lle" (or, for a supplier, "Lähetä
 * asiakkaalle hyväksyttäväksi"), whose refusal lists what is missing in the error summary and at the fields;
 * "Tallenna ja jatka myöhemmin". Errors are shown only after a first attempt to send; after that they follow
 * each save.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import styled from 'styled-components';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import type {
  ApplicationView,
  Attachment,
  FormDefinition,
  ValidationIssue,
} from '../../api/application-types';
import { ApplicationApiError, applicationQuery, applicationsApi, useCsrfToken } from '../../api/applications';
import { getJson } from '../../api/client';
import { spacing } from '../../ui/tokens';
import { addId, removeId, updateAt } from '../form/answers';
import type { Answers } from '../form/conditions';
import { type FormEnv, FormEnvProvider } from '../form/form-env';
import { FormSections } from '../form/form-sections';
import { IssueSummary } from '../form/issue-summary';
import { ConflictNotice } from './conflict-notice';
import { SaveStatusBar } from './save-status';
import { SendToCustomer } from './send-to-customer';
import { useAutosave } from './use-autosave';
import { WithdrawButton } from './withdraw-button';

export type SentTo = 'dvv' | 'customer';

export function ApplicationEditor({
  definition,
  view,
  organisationId,
  onSent,
  onReload,
}: {
  definition: FormDefinition;
  view: ApplicationView;
  /** The organisation whose address this is (the supplier's, for a prepared application). */
  organisationId: string;
  onSent: (view: ApplicationView, to: SentTo) => void;
  /** Throw away what is on screen and read the application again. */
  onReload: () => void;
}) {
  const { t } = useTranslation('applications');
  const csrfToken = useCsrfToken();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Answers>(view.content as Answers);
  const [attachments, setAttachments] = useState<Attachment[]>(view.attachments);
  const [issues, setIssues] = useState<ValidationIssue[]>(view.issues);
  const [showErrors, setShowErrors] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string>();
  const answersRef = useRef<Answers>(answers);
  const applicationId = view.id;

  const autosave = useAutosave({
    csrfToken,
    organisationId,
    applicationId,
    revision: view.revision,
    onIssues: setIssues,
  });

  const saveLater = autosave.change;
  const change = useCallback(
    (update: (previous: Answers) => Answers) => {
      const next = update(answersRef.current);
      answersRef.current = next;
      setAnswers(next);
      saveLater(next);
    },
    [saveLater],
  );

  const env = useMemo<FormEnv>(
    () => ({
      formId: definition.id,
      organisationId,
      applicationId,
      issues: new Map(showErrors ? issues.map((issue) => [issue.path, issue] as const).reverse() : []),
      attachments,
      onAttachmentUploaded: (attachment, path) => {
        setAttachments((current) => [...current, attachment]);
        change((previous) => updateAt(previous, path, (ids) => addId(ids, attachment.id)));
      },
      onAttachmentDeleted: (attachmentId, path) => {
        setAttachments((current) => current.filter((attachment) => attachment.id !== attachmentId));
        change((previous) => updateAt(previous, path, (ids) => removeId(ids, attachmentId)));
      },
    }),
    [definition.id, organisationId, applicationId, showErrors, issues, attachments, change],
  );

  async function send(to: SentTo, message?: string) {
    if (sending) return;
    setSendError(undefined);
    setSending(true);
    try {
      if (!(await autosave.flush())) {
        setSendError(t('editor.errors.saveBeforeSend'));
        return;
      }
      const sent =
        to === 'dvv'
          ? await applicationsApi.submit(csrfToken, organisationId, applicationId)
          : await applicationsApi.sendToCustomer(csrfToken, organisationId, applicationId, message ?? '');
      queryClient.setQueryData(applicationQuery(organisationId, applicationId).queryKey, sent);
      void queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'applications'] });
      onSent(sent, to);
    } catch (error) {
      if (error instanceof ApplicationApiError && error.status === 422) {
        setIssues(error.issues);
        setShowErrors(true);
        setRefusals((count) => count + 1);
      } else if (error instanceof ApplicationApiError && error.code === 'illegal_transition') {
        setSendError(t('editor.errors.notEditable'));
      } else {
        setSendError(t('editor.errors.sendFailed'));
      }
    } finally {
      setSending(false);
    }
  }

  async function saveAndLeave() {
    if (await autosave.flush()) {
      navigate(`/organisations/${organisationId}/applications`, { state: { saved: view.id } });
    }
  }

  async function keepMine() {
    const latest = await getJson<ApplicationView>(
      `/api/organisations/${organisationId}/applications/${applicationId}`,
    );
    await autosave.overwrite(answersRef.current, latest.revision);
  }

  return (
    <FormEnvProvider env={env}>
      <Paragraph mb="m">{t('editor.requiredNote')}</Paragraph>
      <Paragraph mb="l">{t('editor.autosaveNote')}</Paragraph>
      {(autosave.status === 'conflict' || autosave.status === 'locked') && (
        <ConflictNotice kind={autosave.status} onKeepMine={keepMine} onReload={onReload} />
      )}
      {showErrors && issues.length > 0 && (
        <IssueSummary definition={definition} issues={issues} focusKey={refusals} />
      )}
      <form
        noValidate
        aria-label={t('editor.formLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          if (view.can.submit) void send('dvv');
        }}
      >
        <FormSections
          definition={definition}
          answers={answers}
          omitConfirm={view.preparedBy !== null}
          onChange={(fieldId, value) => change((previous) => ({ ...previous, [fieldId]: value }))}
        />
        {sendError && (
          <InlineAlert status="error" mb="m" role="alert">
            {sendError}
          </InlineAlert>
        )}
        {view.can.sendToCustomer && (
          <SendToCustomer
            customer={view.organisation.name}
            sending={sending}
            onSend={(message) => void send('customer', message)}
          />
        )}
        <Actions>
          {view.can.submit && (
            <Button type="submit" disabled={sending}>
              {t('editor.submit')}
            </Button>
          )}
          <Button variant="secondary" onClick={() => void saveAndLeave()}>
            {t('editor.saveAndLeave')}
          </Button>
          {view.can.withdraw && <WithdrawButton organisationId={organisationId} view={view} />}
        </Actions>
      </form>
      <SaveStatusBar
        status={autosave.status}
        savedAt={autosave.savedAt}
        onRetry={() => void autosave.flush()}
      />
    </FormEnvProvider>
  );
}

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s};
  margin-top: ${spacing.l};
`;
