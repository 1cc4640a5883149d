/**
 * /invitations/accept#token=…: the link of an invitation e-mail. The token travels in the fragment, which
 * the browser never sends to a server; the page keeps it in this tab's sessionStorage (so that it survives
 * identification: /login?returnTo=/invitations/accept and back), takes it out of the address bar, and posts
 * it to /api/invitations/accept when the person chooses to join.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Button, Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { acceptInvitation, type MembershipView } from '../api/accounts';
import { sessionQuery } from '../api/session';
import type { SessionView } from '../api/types';
import { Page } from '../layout/page';
import { isSessionEnded, knownCode } from './api-errors';
import { SessionEndedAlert } from './session-ended-alert';
import { WithSession } from './session-gate';

const TOKEN_KEY = 'tietolupa.invitation-token';
const FINAL_ERRORS = [
  'invitation_not_found',
  'invitation_used',
  'invitation_expired',
  'already_member',
] as const;

function tokenFromFragment(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return value && value.length >= 20 && value.length <= 100 ? value : undefined;
}

function storedToken(): string | undefined {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function storeToken(token: string | undefined): void {
  try {
    if (token === undefined) sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage refused (private mode): the token only lives in this page's state.
  }
}

export function AcceptInvitationPage() {
  const { t } = useTranslation('accounts');
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => {
    const fromLink = tokenFromFragment(location.hash);
    if (fromLink) storeToken(fromLink);
    return fromLink ?? storedToken();
  });

  // The token leaves the address bar (and so the history and anything that copies the address).
  useEffect(() => {
    if (location.hash)
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  return (
    <Page title={t('invitation.title')}>
      <Paragraph mb="l">{t('invitation.lead')}</Paragraph>
      {token === undefined ? (
        <InlineAlert status="warning">{t('invitation.missingToken')}</InlineAlert>
      ) : (
        <WithSession>{(session) => <Join session={session} token={token} />}</WithSession>
      )}
    </Page>
  );
}

function Join({ session, token }: { session: SessionView; token: string }) {
  const { t } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [joined, setJoined] = useState<MembershipView>();
  const [failure, setFailure] = useState<unknown>();
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (joined || failure) result.current?.focus();
  }, [joined, failure]);

  async function join() {
    if (pending) return;
    setPending(true);
    setFailure(undefined);
    try {
      const membership = await acceptInvitation(session.csrfToken, token);
      storeToken(undefined);
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
      setJoined(membership);
    } catch (error) {
      // A used, expired or unknown invitation stays so: forget it. Anything else may be tried again.
      if (knownCode(error, FINAL_ERRORS)) storeToken(undefined);
      setFailure(error);
    } finally {
      setPending(false);
    }
  }

  if (joined) {
    const { organisation } = joined;
    return (
      <div ref={result} tabIndex={-1}>
        <Heading variant="h2" mb="s">
          {t('invitation.joinedHeading')}
        </Heading>
        <Paragraph mb="l">
          {t('invitation.joined', {
            name: organisation.name,
            businessId: organisation.businessId,
            role: t(`roles.${joined.role}`),
          })}
        </Paragraph>
        <RouterLink asComponent={Link} to={`/organisations/${encodeURIComponent(organisation.id)}`}>
          {t('invitation.openOrganisation')}
        </RouterLink>
      </div>
    );
  }

  const known = knownCode(failure, FINAL_ERRORS);
  return (
    <>
      <Paragraph mb="l">
        {t('invitation.joinAs', { name: `${session.user.firstNames} ${session.user.lastName}` })}
      </Paragraph>
      {failure !== undefined &&
        (isSessionEnded(failure) ? (
          <SessionEndedAlert ref={result} />
        ) : (
          <InlineAlert status="error" ref={result} tabIndex={-1} mb="l">
            {known ? t(`invitation.errors.${known}`) : t('errors.unknown')}
          </InlineAlert>
        ))}
      {known === 'already_member' ? (
        <RouterLink asComponent={Link} to="/my-page">
          {t('organisation.notAvailable.back')}
        </RouterLink>
      ) : (
        !known && (
          <Button onClick={join} disabled={pending}>
            {t('invitation.accept')}
          </Button>
        )
      )}
    </>
  );
}
