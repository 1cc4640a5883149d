/**
 * The draft's save status, always in view at the bottom of the window: "Tallennettu klo 12.34". The
 * outcomes are announced politely (aria-live); "Tallennetaan…" is only shown, so that typing is not
 * interrupted by announcements.
 */
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button } from 'suomifi-ui-components';
import { colors, spacing, typography } from '../../ui/tokens';
import { useFormat } from '../format';
import type { SaveStatus } from './use-autosave';

export function SaveStatusBar({
  status,
  savedAt,
  onRetry,
}: {
  status: SaveStatus;
  savedAt: Date | null;
  onRetry: () => void;
}) {
  const { t } = useTranslation('applications');
  const format = useFormat();
  const outcome =
    status === 'failed'
      ? t('editor.status.failed')
      : status === 'conflict'
        ? t('editor.status.conflict')
        : status === 'locked'
          ? t('editor.status.locked')
          : savedAt
            ? t('editor.status.saved', { time: format.time(savedAt.toISOString()) })
            : '';
  const busy = status === 'saving' || status === 'pending';
  return (
    <Bar data-status={status}>
      <span role="status" aria-live="polite" data-testid="save-status">
        {outcome}
      </span>
      {busy && <Busy aria-hidden="true">{t('editor.status.saving')}</Busy>}
      {status === 'failed' && (
        <Button variant="secondaryNoBorder" onClick={onRetry}>
          {t('editor.status.retry')}
        </Button>
      )}
    </Bar>
  );
}

const Bar = styled.div`
  ${typography.bodyTextSmall};
  position: sticky;
  bottom: 0;
  z-index: 1;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.s};
  min-height: 2.5em;
  margin: ${spacing.l} -${spacing.m} 0;
  padding: ${spacing.xs} ${spacing.m};
  background: ${colors.highlightLight4};
  border-top: 1px solid ${colors.depthLight1};

  &[data-status='failed'],
  &[data-status='conflict'],
  &[data-status='locked'] {
    background: ${colors.alertLight1};
  }
`;

const Busy = styled.span`
  color: ${colors.depthDark1};
`;
