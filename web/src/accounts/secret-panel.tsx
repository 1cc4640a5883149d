/**
 * A new credential's password, shown this once: a clear warning, the username and password, a copy button
 * (with its result announced), and "I have saved it" to close. Focus moves here when it appears.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, IconCopy, InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { IssuedCredential } from '../api/access';
import { colors, spacing } from '../ui/tokens';
import { formatDateTime } from './format';
import { Actions } from './member-list';
import { Facts } from './organisation-page';

export function SecretPanel({
  issued,
  previousUntil,
  onDone,
}: {
  issued: IssuedCredential;
  previousUntil?: string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('accounts');
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'copied' | 'copyFailed'>();
  const headingId = `secret-${issued.id}`;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function copyPassword() {
    try {
      await navigator.clipboard.writeText(issued.password);
      setCopy('copied');
    } catch {
      setCopy('copyFailed');
    }
  }

  return (
    <Panel aria-labelledby={headingId}>
      <Heading variant="h4" id={headingId} ref={heading} tabIndex={-1} mb="s">
        {t('credentials.secret.heading')}
      </Heading>
      <InlineAlert status="warning" mb="m">
        {t('credentials.secret.warning')}
      </InlineAlert>
      <Facts>
        <dt>{t('credentials.secret.username')}</dt>
        <dd>
          <code>{issued.username}</code>
        </dd>
        <dt>{t('credentials.secret.password')}</dt>
        <dd>
          <Secret data-testid="issued-password">{issued.password}</Secret>
        </dd>
      </Facts>
      {previousUntil && (
        <Paragraph mb="m">
          {t('credentials.secret.previousValid', { date: formatDateTime(previousUntil, i18n.language) })}
        </Paragraph>
      )}
      <Actions>
        <Button variant="secondary" icon={<IconCopy />} onClick={copyPassword}>
          {t('credentials.secret.copy')}
        </Button>
        <Button onClick={onDone}>{t('credentials.secret.done')}</Button>
      </Actions>
      <CopyStatus role="status">{copy && t(`credentials.secret.${copy}`)}</CopyStatus>
    </Panel>
  );
}

const Panel = styled.section`
  margin: 0 0 ${spacing.m};
  padding: ${spacing.m};
  border: 2px solid ${colors.warningBase};
  background: ${colors.whiteBase};
`;

const Secret = styled.code`
  display: inline-block;
  padding: ${spacing.xxs} ${spacing.xs};
  background: ${colors.depthLight3};
  font-size: 1.1em;
  overflow-wrap: anywhere;
  user-select: all;
`;

const CopyStatus = styled.p`
  min-height: 1.5em;
  margin: ${spacing.xs} 0 0;
`;
