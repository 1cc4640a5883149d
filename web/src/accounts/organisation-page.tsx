/** An organisation's front page: its details, the person's role and where to go next. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styled from 'styled-components';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { colors, spacing, typography } from '../ui/tokens';
import { OrganisationFrame } from './organisation-frame';

export function OrganisationPage() {
  const { t } = useTranslation('accounts');
  return (
    <OrganisationFrame section="overview">
      {({ organisation, isMainUser }) => {
        const base = `/organisations/${encodeURIComponent(organisation.id)}`;
        const kind =
          organisation.kind === 'public' || organisation.kind === 'company' ? organisation.kind : null;
        const services = [
          { to: `${base}/users`, label: t('organisation.nav.users'), text: t('organisation.overview.users') },
          {
            to: `${base}/applications`,
            label: t('organisation.nav.applications'),
            text: t('organisation.overview.applications'),
          },
          {
            to: `${base}/permits`,
            label: t('organisation.nav.permits'),
            text: t('organisation.overview.permits'),
          },
        ];
        return (
          <>
            <Heading variant="h2" mb="s">
              {t('organisation.overview.detailsHeading')}
            </Heading>
            <Facts>
              <dt>{t('organisation.businessId')}</dt>
              <dd>{organisation.businessId}</dd>
              {kind && (
                <>
                  <dt>{t('organisation.kind')}</dt>
                  <dd>{t(`organisation.kinds.${kind}`)}</dd>
                </>
              )}
              <dt>{t('organisation.yourRole')}</dt>
              <dd>{t(`roleNames.${organisation.role}`)}</dd>
            </Facts>
            <Paragraph mb="xl">
              {isMainUser ? t('organisation.overview.mainUserNote') : t('organisation.overview.userNote')}
            </Paragraph>
            <Heading variant="h2" mb="s">
              {t('organisation.overview.servicesHeading')}
            </Heading>
            <Services>
              {services.map((service) => (
                <li key={service.to}>
                  <RouterLink asComponent={Link} to={service.to}>
                    {service.label}
                  </RouterLink>
                  <Paragraph>{service.text}</Paragraph>
                </li>
              ))}
            </Services>
          </>
        );
      }}
    </OrganisationFrame>
  );
}

/** Term–value pairs: side by side on a wide screen, one under the other on a narrow one. */
export const Facts = styled.dl`
  display: grid;
  grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
  gap: ${spacing.xs} ${spacing.l};
  margin: 0 0 ${spacing.l};

  dt {
    ${typography.bodySemiBold};
  }

  dd {
    ${typography.bodyText};
    margin: 0;
    overflow-wrap: anywhere;
  }

  @media (max-width: 480px) {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;

    dd {
      margin-bottom: ${spacing.xs};
    }
  }
`;

const Services = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;

  li {
    padding: ${spacing.s} ${spacing.m};
    border-left: 4px solid ${colors.highlightBase};
    background: ${colors.highlightLight4};
  }

  li + li {
    margin-top: ${spacing.s};
  }
`;
