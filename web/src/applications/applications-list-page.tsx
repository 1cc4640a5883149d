/**
 * /organisations/:organisationId/applications — the organisation's applications, drafts and sent ones,
 * newest change first; a supplier also sees those it prepares for its customers.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterDomLink, useLocation, useParams } from 'react-router';
import styled from 'styled-components';
import {
  Heading,
  InlineAlert,
  LoadingSpinner,
  Paragraph,
  RouterLink,
  VisuallyHidden,
} from 'suomifi-ui-components';
import type { ApplicationSummary } from '../api/application-types';
import { applicationsQuery, formsQuery } from '../api/applications';
import { Page } from '../layout/page';
import { colors, spacing, typography } from '../ui/tokens';
import { useFormat } from './format';
import { useLocalized } from './localized';
import { Notice } from './notice';
import { RequireMembership } from './require-session';
import { StateBadge, useStateName } from './view/state-badge';

export function ApplicationsListPage() {
  const { organisationId = '' } = useParams();
  return (
    <RequireMembership organisationId={organisationId}>
      {(membership) => (
        <ApplicationsList organisationId={organisationId} organisationName={membership.name} />
      )}
    </RequireMembership>
  );
}

function ApplicationsList({
  organisationId,
  organisationName,
}: {
  organisationId: string;
  organisationName: string;
}) {
  const { t } = useTranslation('applications');
  const location = useLocation();
  const applications = useQuery(applicationsQuery(organisationId));
  const saved = (location.state as { saved?: string } | null)?.saved;

  return (
    <Page title={t('list.title')}>
      <Paragraph mb="xs">{t('list.lead', { organisation: organisationName })}</Paragraph>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to={`/organisations/${organisationId}`}>
          {t('list.organisationPage', { organisation: organisationName })}
        </RouterLink>
      </Paragraph>
      {saved && <Notice heading={t('notices.savedForLater')} />}
      <Paragraph mb="l">
        <RouterLink asComponent={RouterDomLink} to="/">
          {t('list.startNew')}
        </RouterLink>
      </Paragraph>
      {applications.isPending ? (
        <LoadingSpinner text={t('loading', { ns: 'common' })} />
      ) : applications.isError ? (
        <InlineAlert status="error">{t('loadFailed.text')}</InlineAlert>
      ) : (
        <ApplicationGroups organisationId={organisationId} applications={applications.data} />
      )}
    </Page>
  );
}

function ApplicationGroups({
  organisationId,
  applications,
}: {
  organisationId: string;
  applications: readonly ApplicationSummary[];
}) {
  const { t } = useTranslation('applications');
  const own = applications.filter((application) => application.preparedBy?.id !== organisationId);
  const forCustomers = applications.filter((application) => application.preparedBy?.id === organisationId);
  if (applications.length === 0) return <Paragraph>{t('list.empty')}</Paragraph>;
  return (
    <>
      {own.length > 0 && (
        <ApplicationList
          id="own"
          heading={t('list.ownHeading')}
          organisationId={organisationId}
          applications={own}
        />
      )}
      {forCustomers.length > 0 && (
        <ApplicationList
          id="customers"
          heading={t('list.forCustomersHeading')}
          organisationId={organisationId}
          applications={forCustomers}
        />
      )}
    </>
  );
}

function ApplicationList({
  id,
  heading,
  organisationId,
  applications,
}: {
  id: string;
  heading: string;
  organisationId: string;
  applications: readonly ApplicationSummary[];
}) {
  const { t } = useTranslation('applications');
  const format = useFormat();
  const localized = useLocalized();
  const stateName = useStateName();
  const forms = useQuery(formsQuery);
  const sorted = [...applications].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const formTitle = (formId: string) => {
    const form = forms.data?.find((candidate) => candidate.id === formId);
    return form ? localized(form.title) : formId;
  };

  return (
    <section aria-labelledby={`applications-${id}`}>
      <Heading variant="h2" id={`applications-${id}`} mb="s">
        {heading}
      </Heading>
      <List>
        {sorted.map((application) => {
          const title = formTitle(application.form);
          return (
            <Item key={application.id}>
              <Heading variant="h3" mb="xxs">
                <RouterLink
                  asComponent={RouterDomLink}
                  to={`/organisations/${organisationId}/applications/${application.id}`}
                >
                  {title}
                  {/* Several applications may share a form: the link's name also says which one. */}
                  <VisuallyHidden>
                    {`(${application.reference ?? `${stateName(application.state)} ${format.dateTime(application.updatedAt)}`})`}
                  </VisuallyHidden>
                </RouterLink>
              </Heading>
              <Facts>
                <div>
                  <dt>{t('facts.state')}</dt>
                  <dd>
                    <StateBadge state={application.state} />
                  </dd>
                </div>
                <div>
                  <dt>{t('facts.reference')}</dt>
                  <dd>{application.reference ?? t('list.noReference')}</dd>
                </div>
                <div>
                  <dt>{t('facts.kind')}</dt>
                  <dd>{application.kind === 'change' ? t('kinds.change') : t('kinds.new')}</dd>
                </div>
                {application.preparedBy?.id === organisationId && (
                  <div>
                    <dt>{t('facts.customer')}</dt>
                    <dd>
                      {application.organisation.name} ({application.organisation.businessId})
                    </dd>
                  </div>
                )}
                {application.preparedBy && application.preparedBy.id !== organisationId && (
                  <div>
                    <dt>{t('facts.preparedBy')}</dt>
                    <dd>{application.preparedBy.name}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('facts.updated')}</dt>
                  <dd>{format.dateTime(application.updatedAt)}</dd>
                </div>
                {application.submittedAt && (
                  <div>
                    <dt>{t('facts.submitted')}</dt>
                    <dd>{format.date(application.submittedAt)}</dd>
                  </div>
                )}
              </Facts>
            </Item>
          );
        })}
      </List>
    </section>
  );
}

const List = styled.ul`
  margin: 0 0 ${spacing.xl};
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  padding: ${spacing.m} 0;
  border-bottom: 1px solid ${colors.depthLight2};
`;

const Facts = styled.dl`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.xs} ${spacing.l};
  margin: 0;

  dt {
    ${typography.bodyTextSmall};
    color: ${colors.depthDark1};
  }
  dd {
    margin: 0;
  }
`;
