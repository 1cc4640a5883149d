/**
 * One case: who applied and where it stands; what was decided (with the decision document and the permit);
 * what the handler can do now (take it, ask for more, note, decide: `can` from the server); the version
 * sent, read-only with the form's labels; attachments, versions, requests for information and the history.
 */
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import styled from 'styled-components';
import { Button, Heading, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import {
  type CaseView,
  caseQuery,
  decisionDocumentUrl,
  staffSessionQuery,
  useAssign,
} from '../../api/back-office';
import { colors, spacing } from '../../ui/tokens';
import { BackOfficePage } from '../layout/back-office-page';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { formatDate, formatDateTime, helsinkiDate } from '../ui/format';
import { StatusMessage } from '../ui/status-message';
import { FactList, Section } from '../ui/table';
import { useLabels } from '../ui/use-labels';
import { CaseHistory } from './case-history';
import { type AppliedFor, appliedFromOptions, type DecisionDraft, initialDraft } from './decision-draft';
import { DecisionForm } from './decision-form';
import { InfoRequestForm } from './info-request-form';
import { NoteForm } from './note-form';
import { AttachmentLink, NoVersion, SubmittedVersion } from './submitted-version';

export function CasePage() {
  const { t } = useTranslation('backOffice');
  const { applicationId = '' } = useParams();
  const view = useQuery(caseQuery(applicationId));

  if (view.isPending) {
    return (
      <BackOfficePage title={t('case.loadingTitle')}>
        <LoadingSpinner text={t('loading', { ns: 'common' })} />
      </BackOfficePage>
    );
  }
  if (view.isError) {
    return (
      <BackOfficePage title={t('case.notFoundTitle')}>
        <ApiErrorAlert error={view.error} focus={false} />
        <RouterLink asComponent={Link} to="/back-office">
          {t('case.backToQueue')}
        </RouterLink>
      </BackOfficePage>
    );
  }
  return <Case view={view.data} />;
}

function Case({ view }: { view: CaseView }) {
  const { t } = useTranslation('backOffice');
  const labels = useLabels();
  const title = t('case.title', { reference: view.reference ?? t('queue.noReference') });
  const applied = appliedFromOptions(view.decisionOptions);
  // The decision being prepared lives here: it survives errors, the confirmation step and a hidden form.
  const [draft, setDraft] = useState<DecisionDraft>();
  // After deciding, focus goes to the result (the form the focus was in is gone).
  const [decidedNow, setDecidedNow] = useState(false);

  return (
    <BackOfficePage title={title}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/back-office">
          {t('case.backToQueue')}
        </RouterLink>
      </Paragraph>
      <Section aria-labelledby="case-summary">
        <Heading variant="h2" id="case-summary" mb="s">
          {t('case.summary.heading')}
        </Heading>
        <FactList>
          <dt>{t('case.summary.reference')}</dt>
          <dd>{view.reference ?? t('queue.noReference')}</dd>
          <dt>{t('case.summary.form')}</dt>
          <dd>
            {labels.form(view.form)}
            {view.kind === 'change' ? `, ${t('kinds.change')}` : `, ${t('kinds.new')}`}
          </dd>
          <dt>{t('case.summary.applicant')}</dt>
          <dd>{`${view.organisation.name} (${view.organisation.businessId})`}</dd>
          <dt>{t('case.summary.preparedBy')}</dt>
          <dd>
            {view.preparedBy
              ? `${view.preparedBy.name} (${view.preparedBy.businessId})`
              : t('case.summary.noPreparer')}
          </dd>
          <dt>{t('case.summary.state')}</dt>
          <dd data-testid="case-state">{labels.caseState(view.state)}</dd>
          <dt>{t('case.summary.handler')}</dt>
          <dd data-testid="case-handler">{view.assignedTo?.name ?? t('queue.unassigned')}</dd>
          <dt>{t('case.summary.submitted')}</dt>
          <dd>{formatDateTime(view.submittedAt)}</dd>
          <dt>{t('case.summary.age')}</dt>
          <dd>{t('case.summary.ageDays', { count: view.ageDays })}</dd>
        </FactList>
      </Section>

      {view.decision && <DecisionResult view={view} focus={decidedNow} />}

      <Actions
        view={view}
        applied={applied}
        draft={draft}
        onDraft={setDraft}
        onDecided={() => setDecidedNow(true)}
      />

      <Section aria-labelledby="case-version">
        <Heading variant="h2" id="case-version" mb="s">
          {view.version
            ? t('case.version.heading', {
                number: view.version.number,
                date: formatDate(view.version.submittedAt),
              })
            : t('case.version.headingNone')}
        </Heading>
        {view.version ? (
          <SubmittedVersion
            caseId={view.id}
            formId={view.form}
            formVersion={view.formVersion}
            knownGroups={view.decisionOptions.dataGroups}
            content={view.version.content}
            attachments={view.version.attachments}
          />
        ) : (
          <NoVersion />
        )}
      </Section>

      <Section aria-labelledby="case-attachments">
        <Heading variant="h2" id="case-attachments" mb="s">
          {t('case.attachments.heading')}
        </Heading>
        {view.version && view.version.attachments.length > 0 ? (
          <ul>
            {view.version.attachments.map((file) => (
              <li key={file.id}>
                <AttachmentLink caseId={view.id} file={file} />
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('case.attachments.none')}</Paragraph>
        )}
      </Section>

      <Section aria-labelledby="case-versions">
        <Heading variant="h2" id="case-versions" mb="s">
          {t('case.versions.heading')}
        </Heading>
        <ol>
          {view.versions.map((version) => (
            <li key={version.number}>
              {t('case.versions.item', { number: version.number, date: formatDateTime(version.submittedAt) })}
            </li>
          ))}
        </ol>
      </Section>

      {view.infoRequests.length > 0 && (
        <Section aria-labelledby="case-info-requests">
          <Heading variant="h2" id="case-info-requests" mb="s">
            {t('case.infoRequests.heading')}
          </Heading>
          {view.infoRequests.map((request) => (
            <InfoBox key={request.id}>
              <FactList>
                <dt>{t('case.infoRequests.sent')}</dt>
                <dd>{formatDateTime(request.createdAt)}</dd>
                <dt>{t('case.infoRequests.message')}</dt>
                <dd style={{ whiteSpace: 'pre-wrap' }}>{request.message}</dd>
                <dt>{t('case.infoRequests.deadline')}</dt>
                <dd>{formatDate(request.deadline)}</dd>
                <dt>{t('case.infoRequests.answer')}</dt>
                <dd style={{ whiteSpace: 'pre-wrap' }}>
                  {request.answer
                    ? `${request.answer}\n(${formatDateTime(request.answeredAt)})`
                    : t('case.infoRequests.noAnswer')}
                </dd>
              </FactList>
            </InfoBox>
          ))}
        </Section>
      )}

      <Section aria-labelledby="case-history">
        <Heading variant="h2" id="case-history" mb="s">
          {t('case.history.heading')}
        </Heading>
        <CaseHistory events={view.history} />
      </Section>
    </BackOfficePage>
  );
}

function DecisionResult({ view, focus }: { view: CaseView; focus: boolean }) {
  const { t } = useTranslation('backOffice');
  const labels = useLabels();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);

  const decision = view.decision;
  if (!decision) return null;
  const decidedBy = decision.decidedBy.name;
  return (
    <Section aria-labelledby="case-decision">
      <Heading variant="h2" id="case-decision" ref={heading} tabIndex={-1} mb="s">
        {t('case.result.heading')}
      </Heading>
      <ResultBox $granted={decision.outcome === 'granted'}>
        <FactList>
          <dt>{t('case.result.outcome')}</dt>
          <dd data-testid="decision-outcome">
            {decision.outcome === 'granted' ? t('case.result.granted') : t('case.result.denied')}
          </dd>
          <dt>{t('case.result.decidedAt')}</dt>
          <dd>{formatDateTime(decision.decidedAt)}</dd>
          {decidedBy && (
            <>
              <dt>{t('case.result.decidedBy')}</dt>
              <dd>{decidedBy}</dd>
            </>
          )}
          {view.permit && (
            <>
              <dt>{t('case.result.permit')}</dt>
              <dd>
                <RouterLink asComponent={Link} to={`/back-office/permits/${view.permit.id}`}>
                  {t('case.result.permitLink', { state: labels.permitState(view.permit.state) })}
                </RouterLink>
              </dd>
            </>
          )}
        </FactList>
        <a href={decisionDocumentUrl(decision.id)}>{t('case.result.document')}</a>
      </ResultBox>
    </Section>
  );
}

function Actions({
  view,
  applied,
  draft,
  onDraft,
  onDecided,
}: {
  view: CaseView;
  applied: AppliedFor;
  draft: DecisionDraft | undefined;
  onDraft: (draft: DecisionDraft) => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation('backOffice');
  const session = useQuery(staffSessionQuery);
  const assign = useAssign(view.id);
  // Said here, not in the forms: a form goes away when its action is no longer possible.
  const [done, setDone] = useState('');
  const actionsHeading = useRef<HTMLHeadingElement>(null);
  const me = session.data?.staff.id;
  const mine = view.assignedTo?.id === me;
  const final = ['granted', 'denied', 'lapsed', 'withdrawn'].includes(view.state);

  return (
    <Section aria-labelledby="case-actions">
      <Heading variant="h2" id="case-actions" ref={actionsHeading} tabIndex={-1} mb="s">
        {t('case.actions.heading')}
      </Heading>
      {view.can.assign && !mine && (
        <ActionBox>
          <Paragraph mb="s">
            {view.assignedTo
              ? t('case.actions.assignedToOther', { name: view.assignedTo.name })
              : t('case.actions.unassigned')}
          </Paragraph>
          <Button
            disabled={assign.isPending}
            onClick={() => assign.mutate(undefined, { onSuccess: () => setDone(t('case.actions.assigned')) })}
          >
            {view.assignedTo ? t('case.actions.takeOver') : t('queue.assign')}
          </Button>
          <ApiErrorAlert error={assign.error} />
        </ActionBox>
      )}
      <StatusMessage>{done}</StatusMessage>

      {view.can.requestInfo && (
        <ActionGroup title={t('case.info.heading')} id="case-action-info">
          <InfoRequestForm
            caseId={view.id}
            onSent={() => {
              setDone(t('case.info.sent'));
              actionsHeading.current?.focus();
            }}
          />
        </ActionGroup>
      )}

      {view.can.decide && !view.decision && (
        <ActionGroup title={t('case.decision.heading')} id="case-action-decision">
          <DecisionForm
            caseId={view.id}
            applied={applied}
            draft={draft ?? initialDraft(applied, helsinkiDate(new Date()))}
            onChange={onDraft}
            onDecided={onDecided}
          />
        </ActionGroup>
      )}
      {!view.can.decide && !final && view.state === 'in_review' && (
        <Paragraph mb="m">{t('case.actions.cannotDecide')}</Paragraph>
      )}
      {view.state === 'info_requested' && <Paragraph mb="m">{t('case.actions.waitingForAnswer')}</Paragraph>}

      <ActionGroup title={t('case.note.heading')} id="case-action-note">
        <NoteForm caseId={view.id} />
      </ActionGroup>
    </Section>
  );
}

function ActionGroup({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <ActionBox as="section" aria-labelledby={id}>
      <Heading variant="h3" id={id} mb="s">
        {title}
      </Heading>
      {children}
    </ActionBox>
  );
}

const ActionBox = styled.div`
  margin-bottom: ${spacing.m};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  background: ${colors.highlightLight4};
`;

const InfoBox = styled.div`
  margin-bottom: ${spacing.s};
  padding: ${spacing.s} ${spacing.m} 0;
  border-left: 4px solid ${colors.highlightLight2};
`;

const ResultBox = styled.div<{ $granted: boolean }>`
  padding: ${spacing.m};
  border-left: 4px solid ${({ $granted }) => ($granted ? colors.successBase : colors.alertBase)};
  background: ${colors.depthLight3};
`;
