/**
 * The case's history, newest first: every event with who and when. Internal notes are marked as such,
 * visibly and in words: the customer never sees them.
 */
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import type { HistoryEvent } from '../../api/back-office';
import { colors, spacing, typography } from '../../ui/tokens';
import { formatDate, formatDateTime } from '../ui/format';
import { useLabels } from '../ui/use-labels';

const EVENT_TYPES = [
  'created',
  'submitted',
  'assigned',
  'in_review',
  'note',
  'info_requested',
  'info_answered',
  'granted',
  'denied',
  'withdrawn',
  'lapsed',
  'sent_to_customer',
  'customer_approved',
  'customer_returned',
  'terms_accepted',
  'permit_revoked',
] as const;

export function CaseHistory({ events }: { events: HistoryEvent[] }) {
  const { t } = useTranslation('backOffice');
  if (events.length === 0) return <Paragraph>{t('case.history.empty')}</Paragraph>;
  const newestFirst = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <List>
      {newestFirst.map((event, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: events have no id of their own and never move.
        <HistoryItem key={`${event.at}-${index}`} event={event} />
      ))}
    </List>
  );
}

function HistoryItem({ event }: { event: HistoryEvent }) {
  const { t } = useTranslation('backOffice');
  const labels = useLabels();
  const known = (EVENT_TYPES as readonly string[]).includes(event.type)
    ? (event.type as (typeof EVENT_TYPES)[number])
    : undefined;
  const data = event.data ?? {};
  const str = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  const actor =
    event.actor.kind === 'system'
      ? t('case.history.system')
      : (event.actor.name ?? t(`case.history.actorKind.${event.actor.kind}`));
  const assignee = event.type === 'assigned' ? (data.name ?? data.to ?? data.assignedTo) : undefined;
  const assigneeName =
    typeof assignee === 'string'
      ? assignee
      : assignee && typeof assignee === 'object' && 'name' in assignee
        ? String((assignee as { name: unknown }).name)
        : undefined;

  return (
    <Item $internal={event.internal === true}>
      {event.internal && (
        <InternalTag>
          {event.type === 'note' ? t('case.history.internal') : t('case.history.internalEvent')}
        </InternalTag>
      )}
      <Title>{known ? t(`case.history.types.${known}`) : event.type}</Title>
      <Meta>
        <time dateTime={event.at}>{formatDateTime(event.at)}</time> · {actor}
      </Meta>
      {assigneeName && <Body>{t('case.history.assignedTo', { name: assigneeName })}</Body>}
      {str('state') && (
        <Body>{t('case.history.state', { state: labels.caseState(str('state') as string) })}</Body>
      )}
      {str('text') && <Body $pre>{str('text')}</Body>}
      {str('message') && <Body $pre>{str('message')}</Body>}
      {str('deadline') && <Body>{t('case.history.deadline', { date: formatDate(str('deadline')) })}</Body>}
      {str('answer') && <Body $pre>{str('answer')}</Body>}
      {str('comment') && <Body $pre>{str('comment')}</Body>}
      {str('reasons') && <Body $pre>{str('reasons')}</Body>}
      {typeof data.version === 'number' && <Body>{t('case.history.version', { number: data.version })}</Body>}
    </Item>
  );
}

const List = styled.ol`
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Item = styled.li<{ $internal: boolean }>`
  margin-bottom: ${spacing.s};
  padding: ${spacing.s} ${spacing.m};
  border-left: 4px solid ${({ $internal }) => ($internal ? colors.accentTertiary : colors.depthLight1)};
  background: ${({ $internal }) => ($internal ? colors.accentTertiaryLight1 : colors.depthLight3)};
`;

const InternalTag = styled.p`
  ${typography.bodySemiBoldSmall};
  display: inline-block;
  margin: 0 0 ${spacing.xxs};
  padding: 0 ${spacing.xs};
  color: ${colors.whiteBase};
  background: ${colors.accentTertiaryDark1};
`;

const Title = styled.p`
  ${typography.bodySemiBold};
  margin: 0;
`;

const Meta = styled.p`
  ${typography.bodyTextSmall};
  margin: 0 0 ${spacing.xxs};
  color: ${colors.blackBase};
`;

const Body = styled.p<{ $pre?: boolean }>`
  ${typography.bodyTextSmall};
  margin: ${spacing.xxs} 0 0;
  white-space: ${({ $pre }) => ($pre ? 'pre-wrap' : 'normal')};
  overflow-wrap: anywhere;
`;
