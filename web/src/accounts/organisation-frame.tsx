/**
 * The frame of an organisation's pages: the session, membership of the organisation in the address (the
 * same "not found" whether it does not exist or the person is not a user of it), the h1 and the
 * organisation's navigation.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router';
import styled from 'styled-components';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import type { SessionView } from '../api/types';
import { Page } from '../layout/page';
import { colors, focuses, spacing, typography } from '../ui/tokens';
import { WithSession } from './session-gate';

export type Organisation = SessionView['organisations'][number];
export type Section = 'overview' | 'users' | 'permits';

export interface OrganisationContext {
  session: SessionView;
  organisation: Organisation;
  isMainUser: boolean;
}

export function OrganisationFrame({
  section,
  children,
}: {
  section: Section;
  children: (context: OrganisationContext) => ReactNode;
}) {
  const { t } = useTranslation('accounts');
  const { organisationId = '' } = useParams();
  return (
    <WithSession>
      {(session) => {
        const organisation = session.organisations.find((o) => o.id === organisationId);
        if (!organisation) return <OrganisationNotAvailable />;
        const title = section === 'overview' ? organisation.name : t(`organisation.nav.${section}`);
        return (
          <Page title={title}>
            {section !== 'overview' && (
              <Paragraph mb="m">
                {t('organisation.context', { name: organisation.name, businessId: organisation.businessId })}
              </Paragraph>
            )}
            <OrganisationNav organisationId={organisation.id} />
            {children({ session, organisation, isMainUser: organisation.role === 'main_user' })}
          </Page>
        );
      }}
    </WithSession>
  );
}

function OrganisationNotAvailable() {
  const { t } = useTranslation('accounts');
  return (
    <Page title={t('organisation.notAvailable.title')}>
      <Paragraph mb="m">{t('organisation.notAvailable.text')}</Paragraph>
      <RouterLink asComponent={Link} to="/my-page">
        {t('organisation.notAvailable.back')}
      </RouterLink>
    </Page>
  );
}

/** Links, not tabs: each is a page of its own (the applications page belongs to the applications UI). */
function OrganisationNav({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('accounts');
  const base = `/organisations/${encodeURIComponent(organisationId)}`;
  const items = [
    { to: base, label: t('organisation.nav.overview'), end: true },
    { to: `${base}/users`, label: t('organisation.nav.users'), end: true },
    { to: `${base}/applications`, label: t('organisation.nav.applications'), end: false },
    { to: `${base}/permits`, label: t('organisation.nav.permits'), end: false },
  ];
  return (
    <Nav aria-label={t('organisation.navLabel')}>
      <NavList>
        {items.map((item) => (
          <li key={item.to}>
            <NavItem to={item.to} end={item.end}>
              {item.label}
            </NavItem>
          </li>
        ))}
      </NavList>
    </Nav>
  );
}

const Nav = styled.nav`
  margin: 0 0 ${spacing.xl};
  border-bottom: 1px solid ${colors.depthLight1};
`;

const NavList = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: 0 ${spacing.m};
  margin: 0;
  padding: 0;
  list-style: none;
`;

const NavItem = styled(NavLink)`
  ${typography.bodySemiBold};
  display: inline-block;
  padding: ${spacing.xs} 0;
  border-bottom: 4px solid transparent;
  color: ${colors.highlightBase};
  text-decoration: none;

  &:hover {
    text-decoration: underline;
  }

  &[aria-current='page'] {
    border-bottom-color: ${colors.highlightBase};
    color: ${colors.blackBase};
  }

  &:focus-visible {
    ${focuses.boxShadowFocus};
    outline: none;
  }
`;
