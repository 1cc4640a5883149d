/** What has happened to the application, newest first, with who did it (DVV's handlers are "DVV"). */
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import type { HistoryEvent } from '../../api/application-types';
import { colors, spacing, typography } from '../../ui/tokens';
import { useFormat } from '../format';

const KNOWN_EVENTS = [
  'created',
  'copied',
  'submitted',
  'sent_to_customer',
  'customer_approved',
  'customer_returned',
  'in_review',
  'info_requested',
  'info_answered',
  'granted',
  'denied',
  'lapsed',
  'withdrawn',
  'terms_accepted',
  'permit_revoked',
] as const;
type KnownEvent = (typeof KNOWN_EVENTS)[number];

/** The server's event names, and their synonyms, to the texts' names. */
const ALIASES: Record<string, KnownEvent> = {
  approved: 'customer_approved',
  returned: 'customer_returned',
  returned_by_customer: 'customer_returned',
  info_request: 'info_requested',
  info_request_answered: 'info_answered',
  answered: 'info_answered',
  decided_granted: 'granted',
  decided_denied: 'denied',
};

function knownEvent(type: string): KnownEvent | undefined {
  if ((KNOWN_EVENTS as readonly string[]).includes(type)) return type as KnownEvent;
  return ALIASES[type];
}

export function HistoryTimeline({ history }: { history: readonly HistoryEvent[] }) {
  const { t } = useTranslation('applications');
  const format = useFormat();
  const events = [...history].sort((a, b) => b.at.localeCompare(a.at));

  function actor(event: HistoryEvent): string {
    if (event.actor.kind === 'staff') return t('history.actors.staff');
    if (event.actor.kind === 'system') return t('history.actors.system');
    return event.actor.name ?? '';
  }

  function detail(event: HistoryEvent): string | undefined {
    const data = (event.data ?? {}) as Record<string, unknown>;
    for (const key of ['message', 'comment', 'reason']) {
      const value = data[key];
      if (typeof value === 'string' && value.trim()) return value;
    }
    return undefined;
  }

  return (
    <section aria-labelledby="history-heading">
      <Heading variant="h2" id="history-heading" mb="s">
        {t('history.heading')}
      </Heading>
      <Timeline>
        {events.map((event, index) => {
          const known = knownEvent(event.type);
          const who = actor(event);
          const text = detail(event);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: events have no id of their own
            <li key={`${event.at}-${index}`}>
              <When dateTime={event.at}>{format.dateTime(event.at)}</When>
              <What>
                {known ? t(`history.events.${known}`) : t('history.events.other', { type: event.type })}
              </What>
              {who && <Who>{who}</Who>}
              {text && <Detail>{text}</Detail>}
            </li>
          );
        })}
      </Timeline>
    </section>
  );
}

const Timeline = styled.ol`
  margin: 0 0 ${spacing.xl};
  padding: 0;
  list-style: none;

  li {
    position: relative;
    padding: 0 0 ${spacing.s} ${spacing.l};
    border-left: 2px solid ${colors.depthLight1};
  }
  li::before {
    content: '';
    position: absolute;
    left: -7px;
    top: 4px;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: ${colors.highlightBase};
  }
`;

const When = styled.time`
  ${typography.bodyTextSmall};
  display: block;
  color: ${colors.depthDark1};
`;

const What = styled.span`
  ${typography.bodySemiBold};
  display: block;
`;

const Who = styled.span`
  display: block;
`;

const Detail = styled.span`
  display: block;
  white-space: pre-wrap;
  font-style: italic;
`;
