/** Every page: skip link, header, the page in <main>, footer. */
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import styled from 'styled-components';
import { SkipLink } from 'suomifi-ui-components';
import { colors, shadows, spacing } from '../ui/tokens';
import { Container } from './container';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink href="#main">{t('skipToContent')}</SkipLink>
      <SiteHeader />
      <Main id="main" tabIndex={-1}>
        <Content>
          <Outlet />
        </Content>
      </Main>
      <SiteFooter />
    </>
  );
}

const Main = styled.main`
  padding: ${spacing.xl} 0;

  &:focus {
    outline: none;
  }
`;

const Content = styled(Container)`
  padding-top: ${spacing.xl};
  padding-bottom: ${spacing.xxl};
  background: ${colors.whiteBase};
  box-shadow: ${shadows.panelShadow};
`;
