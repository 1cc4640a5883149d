/**
 * A permit's credentials. Main users issue one (the password is in that answer only: the secret panel),
 * rotate one (a successor; the old password keeps working until the overlap ends) and revoke one now.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import {
  Button,
  Heading,
  InlineAlert,
  LoadingSpinner,
  Paragraph,
  VisuallyHidden,
} from 'suomifi-ui-components';
import {
  type CredentialView,
  credentialsQuery,
  type IssuedCredential,
  issueCredential,
  revokeCredential,
  rotateCredential,
} from '../api/access';
import type { SessionView } from '../api/types';
import { colors, spacing } from '../ui/tokens';
import { errorCode, isForbidden, isSessionEnded, knownCode } from './api-errors';
import { formatDateTime } from './format';
import { Actions } from './member-list';
import { Facts } from './organisation-page';
import { SecretPanel } from './secret-panel';
import { SessionEndedAlert } from './session-ended-alert';

const KNOWN_ERRORS = [
  'permit_closed',
  'credential_already_rotated',
  'credential_ended',
  'credential_not_found',
] as const;

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; error: unknown };

export function CredentialsSection({
  session,
  organisationId,
  permitId,
  canChange,
  isMainUser,
}: {
  session: SessionView;
  organisationId: string;
  permitId: string;
  /** Issue and rotate: a main user, on an open permit. */
  canChange: boolean;
  /** Revoke: a main user, on any permit. */
  isMainUser: boolean;
}) {
  const { t, i18n } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const query = credentialsQuery(organisationId, permitId);
  const credentials = useQuery(query);
  const [secret, setSecret] = useState<{ issued: IssuedCredential; previousUntil?: string }>();
  const [confirming, setConfirming] = useState<string>();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const outcomeRef = useRef<HTMLDivElement>(null);
  const issueButton = useRef<HTMLButtonElement>(null);
  const headingId = `permit-${permitId}-credentials`;

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  async function run(action: () => Promise<string | undefined>) {
    if (pending) return;
    setPending(true);
    setOutcome(undefined);
    try {
      const text = await action();
      if (text) setOutcome({ kind: 'done', text });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
      if (errorCode(error) === 'credential_not_found') void credentials.refetch();
    } finally {
      setPending(false);
      setConfirming(undefined);
      await queryClient.invalidateQueries({ queryKey: query.queryKey });
    }
  }

  const issue = () =>
    run(async () => {
      setSecret({ issued: await issueCredential(session.csrfToken, organisationId, permitId) });
      return undefined;
    });

  const rotate = (credential: CredentialView) =>
    run(async () => {
      const rotated = await rotateCredential(session.csrfToken, organisationId, permitId, credential.id);
      setSecret({ issued: rotated.credential, previousUntil: rotated.previous.expiresAt });
      return undefined;
    });

  const revoke = (credential: CredentialView) =>
    run(async () => {
      await revokeCredential(session.csrfToken, organisationId, permitId, credential.id);
      return t('credentials.revoked', { username: credential.username });
    });

  return (
    <Section aria-labelledby={headingId}>
      <Heading variant="h3" id={headingId} mb="s">
        {t('credentials.heading')}
      </Heading>
      {secret && (
        <SecretPanel
          issued={secret.issued}
          previousUntil={secret.previousUntil}
          onDone={() => {
            setSecret(undefined);
            issueButton.current?.focus();
          }}
        />
      )}
      {outcome?.kind === 'done' && (
        <InlineAlert ref={outcomeRef} tabIndex={-1} role="status" mb="m">
          {outcome.text}
        </InlineAlert>
      )}
      {outcome?.kind === 'failed' &&
        (isSessionEnded(outcome.error) ? (
          <SessionEndedAlert ref={outcomeRef} />
        ) : (
          <InlineAlert status="error" ref={outcomeRef} tabIndex={-1} mb="m">
            {failureText(outcome.error, t)}
          </InlineAlert>
        ))}
      {credentials.isPending && <LoadingSpinner text={t('loading', { ns: 'common' })} />}
      {credentials.isError && <InlineAlert status="error">{t('errors.loadFailed')}</InlineAlert>}
      {credentials.data?.length === 0 && <Paragraph mb="m">{t('credentials.none')}</Paragraph>}
      {credentials.data && credentials.data.length > 0 && (
        <List>
          {credentials.data.map((credential) => (
            <Item key={credential.id}>
              <Facts>
                <dt>{t('credentials.username')}</dt>
                <dd>
                  <code>{credential.username}</code>
                </dd>
                <dt>{t('credentials.state')}</dt>
                <dd>{t(`credentials.states.${credential.state}`)}</dd>
                <dt>{t('credentials.created')}</dt>
                <dd>{formatDateTime(credential.createdAt, i18n.language)}</dd>
                <dt>{t('credentials.ends')}</dt>
                <dd>
                  {credential.expiresAt
                    ? formatDateTime(credential.expiresAt, i18n.language)
                    : t('credentials.noEnd')}
                </dd>
              </Facts>
              {isMainUser && credential.state !== 'ended' && confirming !== credential.id && (
                <Actions>
                  {canChange && credential.state === 'active' && (
                    <Button variant="secondary" disabled={pending} onClick={() => rotate(credential)}>
                      {t('credentials.rotate')}
                      <VisuallyHidden>: {credential.username}</VisuallyHidden>
                    </Button>
                  )}
                  <Button
                    variant="secondaryNoBorder"
                    disabled={pending}
                    onClick={() => setConfirming(credential.id)}
                  >
                    {t('credentials.revoke')}
                    <VisuallyHidden>: {credential.username}</VisuallyHidden>
                  </Button>
                </Actions>
              )}
              {confirming === credential.id && (
                <Confirm role="group" aria-label={t('credentials.revoke')}>
                  <Paragraph mb="s">
                    {t('credentials.confirmRevoke', { username: credential.username })}
                  </Paragraph>
                  <Actions>
                    <Button disabled={pending} onClick={() => revoke(credential)}>
                      {t('credentials.confirmRevokeButton')}
                    </Button>
                    <Button variant="secondary" onClick={() => setConfirming(undefined)}>
                      {t('credentials.cancel')}
                    </Button>
                  </Actions>
                </Confirm>
              )}
            </Item>
          ))}
        </List>
      )}
      {canChange ? (
        <Button ref={issueButton} disabled={pending} onClick={issue}>
          {t('credentials.issue')}
        </Button>
      ) : (
        !isMainUser && <Paragraph>{t('credentials.onlyMainUsers')}</Paragraph>
      )}
    </Section>
  );
}

function failureText(error: unknown, t: ReturnType<typeof useTranslation<'accounts'>>['t']): string {
  const known = knownCode(error, KNOWN_ERRORS);
  if (known) return t(`credentials.errors.${known}`);
  if (isForbidden(error)) return t('errors.forbidden');
  return t('errors.unknown');
}

const Section = styled.section`
  margin: 0 0 ${spacing.l};
`;

const List = styled.ul`
  margin: 0 0 ${spacing.m};
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  padding: ${spacing.s} ${spacing.m};
  background: ${colors.highlightLight4};

  & + & {
    margin-top: ${spacing.s};
  }

  dl {
    margin-bottom: ${spacing.s};
  }
`;

const Confirm = styled.div`
  padding: ${spacing.s};
  background: ${colors.warningLight1};
`;
