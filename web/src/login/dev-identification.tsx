/**
 * The development identification provider's choice of test person, set apart like the Suomi.fi test
 * IdP's own page. Where the provider does not exist (production), identification is not available here.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { devPersonsQuery } from '../api/dev-identity';
import { colors, spacing } from '../ui/tokens';
import { DevLoginForm } from './dev-login-form';

export function DevIdentification() {
  const { t } = useTranslation('accounts');
  const persons = useQuery(devPersonsQuery);

  if (persons.isPending) return <LoadingSpinner text={t('loading', { ns: 'common' })} />;
  if (persons.isError || persons.data === null) {
    return <InlineAlert status="warning">{t('login.unavailable')}</InlineAlert>;
  }
  return (
    <Panel aria-labelledby="dev-identification-heading">
      <Heading variant="h2" id="dev-identification-heading" mb="s">
        {t('login.dev.heading')}
      </Heading>
      <Paragraph mb="l">{t('login.dev.notice')}</Paragraph>
      <DevLoginForm persons={persons.data} />
    </Panel>
  );
}

const Panel = styled.section`
  padding: ${spacing.l};
  border: 1px solid ${colors.depthLight1};
  border-top: 4px solid ${colors.accentSecondary};
  background: ${colors.highlightLight4};
`;
