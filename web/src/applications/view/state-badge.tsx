/** An application's state as a badge: the text says it, the colour only repeats it. */
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { colors, spacing, typography } from '../../ui/tokens';

const KNOWN_STATES = [
  'draft',
  'intermediary_draft',
  'awaiting_customer_approval',
  'returned_by_customer',
  'submitted',
  'in_review',
  'info_requested',
  'granted',
  'denied',
  'lapsed',
  'withdrawn',
] as const;
type KnownState = (typeof KNOWN_STATES)[number];

function isKnown(state: string): state is KnownState {
  return (KNOWN_STATES as readonly string[]).includes(state);
}

const TONE: Record<KnownState, 'draft' | 'waiting' | 'active' | 'good' | 'bad' | 'over'> = {
  draft: 'draft',
  intermediary_draft: 'draft',
  awaiting_customer_approval: 'waiting',
  returned_by_customer: 'bad',
  submitted: 'active',
  in_review: 'active',
  info_requested: 'waiting',
  granted: 'good',
  denied: 'bad',
  lapsed: 'over',
  withdrawn: 'over',
};

export function useStateName(): (state: string) => string {
  const { t } = useTranslation('applications');
  return (state) => (isKnown(state) ? t(`states.${state}`) : state);
}

export function StateBadge({ state }: { state: string }) {
  const stateName = useStateName();
  return <Badge data-tone={isKnown(state) ? TONE[state] : 'draft'}>{stateName(state)}</Badge>;
}

const Badge = styled.span`
  ${typography.bodySemiBoldSmall};
  display: inline-block;
  padding: 2px ${spacing.xs};
  border-radius: 12px;
  border: 1px solid currentColor;
  max-width: 100%;
  color: ${colors.blackBase};
  background: ${colors.depthLight3};

  &[data-tone='waiting'] {
    background: ${colors.warningLight1};
  }
  &[data-tone='active'] {
    background: ${colors.highlightLight3};
  }
  &[data-tone='good'] {
    background: ${colors.successSecondary};
  }
  &[data-tone='bad'] {
    background: ${colors.alertLight1};
  }
  &[data-tone='over'] {
    color: ${colors.depthDark1};
  }
`;
