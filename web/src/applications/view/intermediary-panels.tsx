/**
 * The intermediary model after the supplier has sent the application: the customer's main user approves it
 * (it is then sent to DVV) or returns it with a comment; the supplier sees the return and can make a
 * corrected copy.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, Paragraph, Textarea } from 'suomifi-ui-components';
import type { ApplicationView, HistoryEvent } from '../../api/application-types';
import { applicationQuery, applicationsApi, useCsrfToken } from '../../api/applications';
import { colors, spacing } from '../../ui/tokens';
import { FieldLabel } from '../form/field-label';

/** The newest event of one of the types, and its text (message, comment). */
export function latestText(history: readonly HistoryEvent[], types: readonly string[], key: string) {
  const event = [...history]
    .filter((candidate) => types.includes(candidate.type))
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  const value = (event?.data as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' && value.trim() ? value : undefined;
}

export function ApprovalPanel({
  view,
  organisationId,
  onDone,
}: {
  view: ApplicationView;
  organisationId: string;
  onDone: (outcome: 'approved' | 'returned') => void;
}) {
  const { t } = useTranslation('applications');
  const csrfToken = useCsrfToken();
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const message = latestText(view.history, ['sent_to_customer'], 'message');

  async function act(outcome: 'approved' | 'returned') {
    if (outcome === 'returned' && !comment.trim()) {
      setMissing(true);
      commentRef.current?.focus();
      return;
    }
    setBusy(true);
    setFailed(false);
    try {
      const next =
        outcome === 'approved'
          ? await applicationsApi.approve(csrfToken, organisationId, view.id)
          : await applicationsApi.returnToSupplier(csrfToken, organisationId, view.id, comment.trim());
      queryClient.setQueryData(applicationQuery(organisationId, view.id).queryKey, next);
      void queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'applications'] });
      onDone(outcome);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Panel aria-labelledby="approval-heading">
      <Heading variant="h2" id="approval-heading" mb="xs">
        {t('intermediary.approval.heading')}
      </Heading>
      <Paragraph mb="s">
        {t('intermediary.approval.text', { supplier: view.preparedBy?.name ?? '' })}
      </Paragraph>
      {message && (
        <>
          <Paragraph mb="xxs">
            <strong>{t('intermediary.approval.messageFromSupplier')}</strong>
          </Paragraph>
          <Quote>{message}</Quote>
        </>
      )}
      <Paragraph mb="m">{t('intermediary.approval.review')}</Paragraph>
      {failed && (
        <InlineAlert status="error" role="alert" mb="s">
          {t('intermediary.approval.failed')}
        </InlineAlert>
      )}
      {returning ? (
        <>
          <Textarea
            id="return-comment"
            ref={commentRef}
            labelText={<FieldLabel text={t('intermediary.approval.commentLabel')} required />}
            hintText={t('intermediary.approval.commentHint')}
            value={comment}
            onChange={(event) => {
              setComment(event.target.value);
              if (event.target.value.trim()) setMissing(false);
            }}
            status={missing ? 'error' : 'default'}
            statusText={missing ? t('intermediary.approval.commentRequired') : undefined}
            rows={4}
            resize="vertical"
            fullWidth
            mb="m"
          />
          <Buttons>
            <Button disabled={busy} onClick={() => void act('returned')}>
              {t('intermediary.approval.confirmReturn')}
            </Button>
            <Button variant="secondary" onClick={() => setReturning(false)}>
              {t('intermediary.approval.cancel')}
            </Button>
          </Buttons>
        </>
      ) : (
        <Buttons>
          {view.can.approve && (
            <Button disabled={busy} onClick={() => void act('approved')}>
              {t('intermediary.approval.approve')}
            </Button>
          )}
          {view.can.return && (
            <Button
              variant="secondary"
              onClick={() => {
                setReturning(true);
                setTimeout(() => commentRef.current?.focus(), 0);
              }}
            >
              {t('intermediary.approval.return')}
            </Button>
          )}
        </Buttons>
      )}
    </Panel>
  );
}

export function ReturnedPanel({ view, organisationId }: { view: ApplicationView; organisationId: string }) {
  const { t } = useTranslation('applications');
  const csrfToken = useCsrfToken();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const comment = latestText(
    view.history,
    ['customer_returned', 'returned', 'returned_by_customer'],
    'comment',
  );
  const isSupplier = view.preparedBy?.id === organisationId;

  async function copy() {
    setBusy(true);
    setFailed(false);
    try {
      const copied = await applicationsApi.copy(csrfToken, organisationId, view.id);
      navigate(`/organisations/${organisationId}/applications/${copied.id}`, {
        state: { copiedFrom: view.id },
      });
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <Panel aria-labelledby="returned-heading">
      <Heading variant="h2" id="returned-heading" mb="xs">
        {t('intermediary.returned.heading')}
      </Heading>
      <Paragraph mb="s">
        {isSupplier
          ? t('intermediary.returned.textSupplier', { customer: view.organisation.name })
          : t('intermediary.returned.textCustomer')}
      </Paragraph>
      {comment && (
        <>
          <Paragraph mb="xxs">
            <strong>{t('intermediary.returned.comment')}</strong>
          </Paragraph>
          <Quote>{comment}</Quote>
        </>
      )}
      {failed && (
        <InlineAlert status="error" role="alert" mb="s">
          {t('intermediary.returned.copyFailed')}
        </InlineAlert>
      )}
      {view.can.copy && (
        <Button disabled={busy} onClick={() => void copy()}>
          {t('intermediary.returned.copy')}
        </Button>
      )}
    </Panel>
  );
}

const Panel = styled.section`
  margin-bottom: ${spacing.xl};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  border-left: 4px solid ${colors.highlightBase};
  background: ${colors.highlightLight4};
`;

const Quote = styled.blockquote`
  margin: 0 0 ${spacing.m};
  padding: ${spacing.s};
  white-space: pre-wrap;
  background: ${colors.whiteBase};
  border-left: 4px solid ${colors.depthLight1};
`;

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s};
`;
