/** The banner: the service name (a link to the front page), the way in and the language menu. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styled from 'styled-components';
import { colors, spacing, typography } from '../ui/tokens';
import { Container } from './container';
import { LanguageSwitch } from './language-switch';
import { SessionLink } from './session-link';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <Header>
      <Bar>
        <ServiceName to="/">
          <Name>{t('serviceName')}</Name>
          <Tagline>{t('serviceTagline')}</Tagline>
        </ServiceName>
        <Actions>
          <SessionLink />
          <LanguageSwitch />
        </Actions>
      </Bar>
    </Header>
  );
}

const Header = styled.header`
  background: ${colors.whiteBase};
  border-top: 4px solid ${colors.brandBase};
  border-bottom: 1px solid ${colors.depthLight1};
`;

const Bar = styled(Container)`
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
`;

const Actions = styled.div`
  display: flex;
  align-items: center;
  gap: ${spacing.l};
`;
