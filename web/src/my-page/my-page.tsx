/** Omat asiat: who is logged in, their organisations and roles, and logging out. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import styled from 'styled-components';
import { Button, Heading, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { sessionQuery, useLogout } from '../api/session';
import { Page } from '../layout/page';
import { spacing } from '../ui/tokens';
import { OrganisationList } from './organisation-list';

export function MyPage() {
  const { t } = useTranslation('accounts');
  const session = useQuery({ ...sessionQuery, throwOnError: true });
  const logout = useLogout();

  if (session.isPending) return <LoadingSpinner text={t('loading', { ns: 'common' })} />;
  // Logged out here: to the front page; otherwise (never logged in, or the session ended) to identification.
  if (!session.data) return <Navigate to={logout.isSuccess ? '/' : '/login'} replace />;

  const current = session.data;
  const { user, organisations } = current;
  return (
    <Page title={t('myPage.title')}>
      <Paragraph mb="xl">{t('myPage.loggedInAs', { name: `${user.firstNames} ${user.lastName}` })}</Paragraph>
      <Heading variant="h2" mb="s">
        {t('myPage.organisationsHeading')}
      </Heading>
      {organisations.length > 0 ? (
        <OrganisationList organisations={organisations} />
      ) : (
        <Paragraph mb="xl">{t('myPage.noOrganisations')}</Paragraph>
      )}
      <Links>
        <li>
          <RouterLink asComponent={Link} to="/organisations/new">
            {t('myPage.createAccount')}
          </RouterLink>
        </li>
        <li>
          <RouterLink asComponent={Link} to="/my-data">
            {t('myPage.myDataLink')}
          </RouterLink>
        </li>
      </Links>
      <Button variant="secondary" onClick={() => logout.mutate(current)}>
        {t('myPage.logout')}
      </Button>
    </Page>
  );
}

const Links = styled.ul`
  margin: 0 0 ${spacing.xl};
  padding: 0;
  list-style: none;

  li + li {
    margin-top: ${spacing.s};
  }
`;
