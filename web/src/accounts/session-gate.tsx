/**
 * Pages that need a logged-in person: without a session, to identification and back here afterwards
 * (/login?returnTo=…, the path and query only: an invitation's token in the fragment never goes there).
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LoadingSpinner } from 'suomifi-ui-components';
import { sessionQuery } from '../api/session';
import type { SessionView } from '../api/types';

export function loginPath(returnTo: string): string {
  return `/login?returnTo=${encodeURIComponent(returnTo)}`;
}

export function WithSession({ children }: { children: (session: SessionView) => ReactNode }) {
  const { t } = useTranslation();
  const session = useQuery({ ...sessionQuery, throwOnError: true });
  const location = useLocation();
  if (session.isPending) return <LoadingSpinner text={t('loading')} />;
  if (!session.data) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return <>{children(session.data)}</>;
}
