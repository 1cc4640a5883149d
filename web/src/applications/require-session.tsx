/**
 * Pages of a logged-in person: without a session, to identification and back here afterwards
 * (/login?returnTo=…). With `organisationId`, the person must use that organisation's account.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { sessionQuery } from '../api/session';
import type { SessionView } from '../api/types';
import { Page } from '../layout/page';

export type Membership = SessionView['organisations'][number];

export function loginAddress(returnTo: string): string {
  return `/login?returnTo=${encodeURIComponent(returnTo)}`;
}

export function RequireSession({ children }: { children: (session: SessionView) => ReactNode }) {
  const { t } = useTranslation('common');
  const session = useQuery({ ...sessionQuery, throwOnError: true });
  const location = useLocation();
  if (session.isPending) return <LoadingSpinner text={t('loading')} />;
  if (!session.data) return <Navigate to={loginAddress(location.pathname + location.search)} replace />;
  return <>{children(session.data)}</>;
}

export function RequireMembership({
  organisationId,
  children,
}: {
  organisationId: string;
  children: (membership: Membership, session: SessionView) => ReactNode;
}) {
  const { t } = useTranslation('applications');
  return (
    <RequireSession>
      {(session) => {
        const membership = session.organisations.find((organisation) => organisation.id === organisationId);
        if (!membership) {
          return (
            <Page title={t('noAccess.title')}>
              <Paragraph>{t('noAccess.text')}</Paragraph>
            </Page>
          );
        }
        return children(membership, session);
      }}
    </RequireSession>
  );
}
