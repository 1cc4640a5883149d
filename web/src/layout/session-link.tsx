/** The header's way in: "Kirjaudu" for a visitor, "Omat asiat" for a person who is logged in. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RouterLink } from 'suomifi-ui-components';
import { sessionQuery } from '../api/session';

export function SessionLink() {
  const { t } = useTranslation();
  const session = useQuery(sessionQuery);
  if (session.isPending || session.isError) return null;
  return session.data ? (
    <RouterLink asComponent={Link} to="/my-page">
      {t('header.myPage')}
    </RouterLink>
  ) : (
    <RouterLink asComponent={Link} to="/login">
      {t('header.login')}
    </RouterLink>
  );
}
