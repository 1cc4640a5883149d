/** The application at a glance: state, reference (diaarinumero), applicant, preparer, kind and dates. */
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import type { ApplicationView } from '../../api/application-types';
import { colors, spacing, typography } from '../../ui/tokens';
import { useFormat } from '../format';
import { StateBadge } from './state-badge';

export function ApplicationFacts({ view }: { view: ApplicationView }) {
  const { t } = useTranslation('applications');
  const format = useFormat();
  return (
    <Facts>
      <div>
        <dt>{t('facts.state')}</dt>
        <dd data-testid="application-state">
          <StateBadge state={view.state} />
        </dd>
      </div>
      {view.reference && (
        <div>
          <dt>{t('facts.reference')}</dt>
          <dd data-testid="application-reference">{view.reference}</dd>
        </div>
      )}
      <div>
        <dt>{t('facts.applicant')}</dt>
        <dd>
          {view.organisation.name} ({view.organisation.businessId})
        </dd>
      </div>
      {view.preparedBy && (
        <div>
          <dt>{t('facts.preparedBy')}</dt>
          <dd>
            {view.preparedBy.name} ({view.preparedBy.businessId})
          </dd>
        </div>
      )}
      <div>
        <dt>{t('facts.kind')}</dt>
        <dd>{view.kind === 'change' ? t('kinds.change') : t('kinds.new')}</dd>
      </div>
      <div>
        <dt>{t('facts.created')}</dt>
        <dd>{format.dateTime(view.createdAt)}</dd>
      </div>
      {view.submittedAt && (
        <div>
          <dt>{t('facts.submitted')}</dt>
          <dd>{format.dateTime(view.submittedAt)}</dd>
        </div>
      )}
    </Facts>
  );
}

const Facts = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
  gap: ${spacing.s} ${spacing.l};
  margin: 0 0 ${spacing.l};
  padding: ${spacing.m};
  background: ${colors.depthLight3};
  border: 1px solid ${colors.depthLight2};

  dt {
    ${typography.bodyTextSmall};
    color: ${colors.depthDark1};
  }
  dd {
    ${typography.bodySemiBold};
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
