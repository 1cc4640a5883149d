/** The footer: the service and what it is for. */
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { colors, spacing, typography } from '../ui/tokens';
import { Container } from './container';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <Footer>
      <Container>
        <Name>{t('serviceName')}</Name>
        <Description>{t('footer.description')}</Description>
      </Container>
    </Footer>
  );
}

const Footer = styled.footer`
  margin-top: auto;
  padding: ${spacing.xl} 0;
  background: ${colors.whiteBase};
  border-top: 1px solid ${colors.depthLight1};
`;

const Name = styled.p`
  ${typography.bodySemiBold};
  margin: 0 0 ${spacing.xxs};
  color: ${colors.brandBase};
`;

const Description = styled.p`
  ${typography.bodyTextSmall};
  max-width: 40em;
  margin: 0;
`;
