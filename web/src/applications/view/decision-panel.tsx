/** The decision on the application: its outcome, the decision document (PDF) and the permit it granted. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterDomLink } from 'react-router';
import styled from 'styled-components';
import { Heading, Link, Paragraph, RouterLink } from 'suomifi-ui-components';
import type { ApplicationView } from '../../api/application-types';
import { decisionDocumentUrl } from '../../api/applications';
import { permitQuery } from '../../api/permit-view';
import { colors, spacing } from '../../ui/tokens';
import { useFormat } from '../format';

export function DecisionPanel({ view, organisationId }: { view: ApplicationView; organisationId: string }) {
  const { t } = useTranslation('applications');
  const format = useFormat();
  const { decision } = view;
  // The decision and the permit are the applicant's: a supplier sees that one exists, not the documents.
  const isApplicant = view.organisation.id === organisationId;
  const permit = useQuery({
    ...permitQuery(organisationId, view.permitId ?? ''),
    enabled: isApplicant && view.permitId !== null,
  });
  if (!decision) return null;
  const granted = decision.outcome === 'granted';
  return (
    <Panel aria-labelledby="decision-heading" data-outcome={decision.outcome}>
      <Heading variant="h2" id="decision-heading" mb="xs">
        {granted ? t('decision.grantedHeading') : t('decision.deniedHeading')}
      </Heading>
      <Paragraph mb="s">{t('decision.decidedAt', { date: format.date(decision.decidedAt) })}</Paragraph>
      {isApplicant && (
        <Links>
          <li>
            <Link href={decisionDocumentUrl(organisationId, decision.id)}>{t('decision.document')}</Link>
          </li>
          {view.permitId && (
            <li>
              <RouterLink
                asComponent={RouterDomLink}
                to={`/organisations/${organisationId}/permits/${view.permitId}`}
              >
                {t('decision.permit')}
              </RouterLink>
            </li>
          )}
        </Links>
      )}
      {granted && permit.data?.state === 'terms_pending' && (
        <Paragraph>{t('decision.acceptTermsNote')}</Paragraph>
      )}
      {granted && permit.data?.state === 'active' && <Paragraph>{t('decision.permitActive')}</Paragraph>}
    </Panel>
  );
}

const Panel = styled.section`
  margin-bottom: ${spacing.xl};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  border-left: 4px solid ${colors.successBase};

  &[data-outcome='denied'] {
    border-left-color: ${colors.alertBase};
  }
`;

const Links = styled.ul`
  margin: 0 0 ${spacing.s};
  padding-left: ${spacing.m};
`;
