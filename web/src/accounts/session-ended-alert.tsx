/** A request was refused because the session has ended: identify again (and come back here). */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { loginPath } from './session-gate';

export function SessionEndedAlert({ ref }: { ref?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation('accounts');
  const location = useLocation();
  return (
    <InlineAlert status="error" ref={ref} tabIndex={-1} mb="l">
      <Paragraph mb="xs">{t('session.expired')}</Paragraph>
      <RouterLink asComponent={Link} to={loginPath(location.pathname + location.search)}>
        {t('invitation.login')}
      </RouterLink>
    </InlineAlert>
  );
}
