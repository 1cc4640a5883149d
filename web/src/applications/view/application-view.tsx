/**
 * An application that cannot be edited now: what to do next (answer DVV, approve or return, make a corrected
 * copy), the decision, the answers read-only, the history and the versions sent.
 */
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import type { ApplicationView, FormDefinition } from '../../api/application-types';
import { spacing } from '../../ui/tokens';
import { WithdrawButton } from '../editor/withdraw-button';
import type { Answers } from '../form/conditions';
import { useFormat } from '../format';
import { AnswersView } from './answers-view';
import { DecisionPanel } from './decision-panel';
import { HistoryTimeline } from './history-timeline';
import { AnsweredInfoRequests, OpenInfoRequest } from './info-request-panel';
import { ApprovalPanel, ReturnedPanel } from './intermediary-panels';

export function ApplicationReadOnly({
  definition,
  view,
  organisationId,
  onNotice,
}: {
  definition: FormDefinition;
  view: ApplicationView;
  organisationId: string;
  onNotice: (notice: 'answered' | 'approved' | 'returned') => void;
}) {
  const { t } = useTranslation('applications');
  const format = useFormat();
  const open = view.infoRequests.find((request) => request.answer === null);
  const answered = view.infoRequests.filter((request) => request.answer !== null);
  const awaitingApproval = view.can.approve || view.can.return;

  return (
    <>
      {open && (
        <OpenInfoRequest
          view={view}
          request={open}
          organisationId={organisationId}
          onAnswered={() => onNotice('answered')}
        />
      )}
      {awaitingApproval && <ApprovalPanel view={view} organisationId={organisationId} onDone={onNotice} />}
      {view.state === 'returned_by_customer' && <ReturnedPanel view={view} organisationId={organisationId} />}
      <DecisionPanel view={view} organisationId={organisationId} />

      <Block aria-labelledby="answers-heading">
        <Heading variant="h2" id="answers-heading" mb="s">
          {awaitingApproval ? t('view.answersToApprove') : t('view.answers')}
        </Heading>
        <AnswersView
          definition={definition}
          answers={view.content as Answers}
          omitConfirm={view.preparedBy !== null}
          attachments={view.attachments}
          organisationId={organisationId}
          applicationId={view.id}
        />
      </Block>

      <AnsweredInfoRequests requests={answered} />

      {view.versions.length > 0 && (
        <Block aria-labelledby="versions-heading">
          <Heading variant="h2" id="versions-heading" mb="s">
            {t('view.versions')}
          </Heading>
          <ul>
            {view.versions.map((version) => (
              <li key={version.number}>
                {t('view.version', { number: version.number, date: format.dateTime(version.submittedAt) })}
              </li>
            ))}
          </ul>
        </Block>
      )}

      <HistoryTimeline history={view.history} />

      {view.can.withdraw && <WithdrawButton organisationId={organisationId} view={view} />}
    </>
  );
}

const Block = styled.section`
  margin-bottom: ${spacing.xl};
`;
