/**
 * Every back-office page: skip link, the back office's own header (service name, the staff member and their
 * role, logging out, the language menu), the navigation of the logged-in staff, and the page in <main>.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import styled from 'styled-components';
import { Button, SkipLink } from 'suomifi-ui-components';
import { staffSessionQuery, useStaffLogout } from '../../api/back-office';
import { LanguageSwitch } from '../../layout/language-switch';
import { colors, shadows, spacing, typography } from '../../ui/tokens';
import { BackOfficeNav } from './back-office-nav';
import { WideContainer } from './wide-container';

export function BackOfficeLayout() {
  const { t } = useTranslation('backOffice');
  const session = useQuery(staffSessionQuery);
  const logout = useStaffLogout();
  const staff = session.data?.staff;

  return (
    <>
      <SkipLink href="#main">{t('skipToContent', { ns: 'common' })}</SkipLink>
      <Header>
        <Bar>
          <ServiceName to="/back-office">
            <Name>{t('serviceName')}</Name>
            <Tagline>{t('serviceTagline')}</Tagline>
          </ServiceName>
          <Actions>
            {staff && (
              <StaffInfo data-testid="staff-info">
                <StaffName>{staff.name}</StaffName>
                <StaffRole>{t(`roles.${staff.role}`)}</StaffRole>
              </StaffInfo>
            )}
            {staff && (
              <Button variant="secondaryNoBorder" disabled={logout.isPending} onClick={() => logout.mutate()}>
                {t('header.logout')}
              </Button>
            )}
            <LanguageSwitch />
          </Actions>
        </Bar>
        {staff && <BackOfficeNav isAdmin={staff.role === 'admin'} />}
      </Header>
      <Main id="main" tabIndex={-1}>
        <Content>
          <Outlet />
        </Content>
      </Main>
    </>
  );
}

const Header = styled.header`
  background: ${colors.whiteBase};
  border-top: 4px solid ${colors.accentSecondary};
  border-bottom: 1px solid ${colors.depthLight1};
`;

const Bar = styled(WideContainer)`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${spacing.s};
  padding-top: ${spacing.s};
  padding-bottom: ${spacing.s};
`;

const ServiceName = styled(Link)`
  display: flex;
  flex-direction: column;
  color: ${colors.brandBase};
  text-decoration: none;

  &:hover span:first-child {
    text-decoration: underline;
  }
`;

const Name = styled.span`
  ${typography.heading2};
`;

const Tagline = styled.span`
  ${typography.bodyTextSmall};
  color: ${colors.blackBase};

  @media (max-width: 480px) {
    display: none;
  }
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.m};
`;

const StaffInfo = styled.p`
  display: flex;
  flex-direction: column;
  margin: 0;
`;

const StaffName = styled.span`
  ${typography.bodySemiBoldSmall};
`;

const StaffRole = styled.span`
  ${typography.bodyTextSmall};
  color: ${colors.depthDark1};
`;

const Main = styled.main`
  padding: ${spacing.l} 0;

  &:focus {
    outline: none;
  }
`;

const Content = styled(WideContainer)`
  padding-top: ${spacing.l};
  padding-bottom: ${spacing.xxl};
  background: ${colors.whiteBase};
  box-shadow: ${shadows.panelShadow};
`;
