/**
 * The back office's pages need a staff session: without one (never logged in, logged out, expired) the
 * browser goes to the back office's login, which brings it back here afterwards. A customer session is not
 * a staff session.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { InlineAlert, LoadingSpinner } from 'suomifi-ui-components';
import { staffSessionQuery } from '../../api/back-office';

export function RequireStaff({ requiredRole }: { requiredRole?: 'admin' }) {
  const { t } = useTranslation('backOffice');
  const session = useQuery(staffSessionQuery);
  const location = useLocation();

  if (session.isPending) return <LoadingSpinner text={t('loading', { ns: 'common' })} />;
  if (session.isError) return <InlineAlert status="error">{t('errors.unavailable')}</InlineAlert>;
  if (!session.data) {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={`/back-office/login?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  if (requiredRole && session.data.staff.role !== requiredRole) {
    return <InlineAlert status="warning">{t('errors.adminOnly')}</InlineAlert>;
  }
  return <Outlet />;
}
