/**
 * DVV's request for more information (täydennyspyyntö): the open one first and prominently, with its
 * deadline, an answer and attachments; answered ones below with their answers.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, Paragraph, Textarea } from 'suomifi-ui-components';
import type { ApplicationView, Attachment, InfoRequest } from '../../api/application-types';
import { applicationQuery, applicationsApi, useCsrfToken } from '../../api/applications';
import { colors, spacing } from '../../ui/tokens';
import { AttachmentUploader } from '../attachments/attachment-uploader';
import { FieldLabel } from '../form/field-label';
import { useFormat } from '../format';

export function OpenInfoRequest({
  view,
  request,
  organisationId,
  onAnswered,
}: {
  view: ApplicationView;
  request: InfoRequest;
  organisationId: string;
  onAnswered: () => void;
}) {
  const { t } = useTranslation('applications');
  const format = useFormat();
  const csrfToken = useCsrfToken();
  const queryClient = useQueryClient();
  const field = `info-request:${request.id}`;
  const [answer, setAnswer] = useState('');
  const [attachments, setAttachments] = useState<Attachment[]>(() =>
    view.attachments.filter((attachment) => attachment.field === field),
  );
  const [missing, setMissing] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const answerRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (missing) answerRef.current?.focus();
  }, [missing]);

  async function send() {
    if (!answer.trim()) {
      setMissing(true);
      answerRef.current?.focus();
      return;
    }
    setBusy(true);
    setFailed(false);
    try {
      const answered = await applicationsApi.answerInfoRequest(
        csrfToken,
        organisationId,
        view.id,
        request.id,
        answer.trim(),
      );
      queryClient.setQueryData(applicationQuery(organisationId, view.id).queryKey, answered);
      void queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'applications'] });
      onAnswered();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Panel aria-labelledby="info-request-heading">
      <Heading variant="h2" id="info-request-heading" mb="xs">
        {t('infoRequest.heading')}
      </Heading>
      <Paragraph mb="s">
        <strong>{t('infoRequest.deadline', { date: format.date(request.deadline) })}</strong>
      </Paragraph>
      <Message>{request.message}</Message>
      {view.can.answerInfo ? (
        <>
          <Textarea
            id="info-request-answer"
            ref={answerRef}
            labelText={<FieldLabel text={t('infoRequest.answerLabel')} required />}
            hintText={t('infoRequest.answerHint')}
            value={answer}
            onChange={(event) => {
              setAnswer(event.target.value);
              if (event.target.value.trim()) setMissing(false);
            }}
            status={missing ? 'error' : 'default'}
            statusText={missing ? t('infoRequest.answerRequired') : undefined}
            rows={5}
            resize="vertical"
            fullWidth
            mb="m"
          />
          <AttachmentUploader
            id="info-request-attachments"
            label={t('infoRequest.attachmentsLabel')}
            organisationId={organisationId}
            applicationId={view.id}
            field={field}
            attachments={attachments}
            onUploaded={(attachment) => setAttachments((current) => [...current, attachment])}
            onDeleted={(id) =>
              setAttachments((current) => current.filter((attachment) => attachment.id !== id))
            }
          />
          {failed && (
            <InlineAlert status="error" role="alert" mb="s">
              {t('infoRequest.failed')}
            </InlineAlert>
          )}
          <Button disabled={busy} onClick={() => void send()} mt="m">
            {t('infoRequest.send')}
          </Button>
        </>
      ) : (
        <Paragraph>{t('infoRequest.cannotAnswer')}</Paragraph>
      )}
    </Panel>
  );
}

export function AnsweredInfoRequests({ requests }: { requests: readonly InfoRequest[] }) {
  const { t } = useTranslation('applications');
  const format = useFormat();
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="answered-requests-heading">
      <Heading variant="h2" id="answered-requests-heading" mb="s">
        {t('infoRequest.answeredHeading')}
      </Heading>
      {requests.map((request) => (
        <Answered key={request.id}>
          <Paragraph>
            <strong>{t('infoRequest.askedAt', { date: format.date(request.createdAt) })}</strong>
          </Paragraph>
          <Message>{request.message}</Message>
          {request.answeredAt && (
            <Paragraph>
              <strong>{t('infoRequest.answeredAt', { date: format.date(request.answeredAt) })}</strong>
            </Paragraph>
          )}
          <Message>{request.answer}</Message>
        </Answered>
      ))}
    </section>
  );
}

const Panel = styled.section`
  margin-bottom: ${spacing.xl};
  padding: ${spacing.m};
  border: 2px solid ${colors.warningBase};
  background: ${colors.warningLight1};
`;

const Message = styled.p`
  margin: 0 0 ${spacing.m};
  padding: ${spacing.s};
  white-space: pre-wrap;
  background: ${colors.whiteBase};
  border-left: 4px solid ${colors.depthLight1};
`;

const Answered = styled.div`
  margin-bottom: ${spacing.m};
`;
