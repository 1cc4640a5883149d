/**
 * The account's users with their roles. A main user can make another user a main user (or back), and
 * remove a user after confirming; the server refuses to leave the account without a main user
 * (409 last_main_user), which is said plainly here.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import styled from 'styled-components';
import {
  Button,
  Heading,
  InlineAlert,
  LoadingSpinner,
  Paragraph,
  Text,
  VisuallyHidden,
} from 'suomifi-ui-components';
import { changeRole, type MemberView, membersQuery, type Role, removeMember } from '../api/accounts';
import { sessionQuery } from '../api/session';
import type { SessionView } from '../api/types';
import { colors, spacing } from '../ui/tokens';
import { errorCode, isForbidden, isSessionEnded } from './api-errors';
import { formatDate } from './format';
import { Facts } from './organisation-page';
import { SessionEndedAlert } from './session-ended-alert';

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; error: unknown };

export function MemberList({
  session,
  organisationId,
  isMainUser,
}: {
  session: SessionView;
  organisationId: string;
  isMainUser: boolean;
}) {
  const { t, i18n } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const members = useQuery(membersQuery(organisationId));
  const [confirming, setConfirming] = useState<string>();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const nameOf = (m: MemberView) => `${m.firstNames} ${m.lastName}`;

  async function run(action: () => Promise<string>, member: MemberView) {
    if (pending) return;
    setPending(true);
    setOutcome(undefined);
    try {
      setOutcome({ kind: 'done', text: await action() });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
      if (errorCode(error) === 'member_not_found') void members.refetch();
    } finally {
      setPending(false);
      setConfirming((current) => (current === member.userId ? undefined : current));
    }
  }

  function toggleRole(member: MemberView) {
    const role: Role = member.role === 'main_user' ? 'user' : 'main_user';
    return run(async () => {
      await changeRole(session.csrfToken, organisationId, member.userId, role);
      await queryClient.invalidateQueries({ queryKey: membersQuery(organisationId).queryKey });
      if (member.userId === session.user.id) {
        await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
      }
      return t('users.roleChanged', { name: nameOf(member), role: t(`roles.${role}`) });
    }, member);
  }

  function remove(member: MemberView) {
    return run(async () => {
      await removeMember(session.csrfToken, organisationId, member.userId);
      if (member.userId === session.user.id) {
        // No longer a user of this account: its pages are closed to them now.
        await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
        await navigate('/my-page');
      } else {
        await queryClient.invalidateQueries({ queryKey: membersQuery(organisationId).queryKey });
      }
      return t('users.removed', { name: nameOf(member) });
    }, member);
  }

  return (
    <section aria-labelledby="members-heading">
      <Heading variant="h2" id="members-heading" mb="s">
        {t('users.listHeading')}
      </Heading>
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
      {members.isPending && <LoadingSpinner text={t('loading', { ns: 'common' })} />}
      {members.isError && <InlineAlert status="error">{t('errors.loadFailed')}</InlineAlert>}
      {members.data && (
        <List>
          {members.data.map((member) => {
            const self = member.userId === session.user.id;
            return (
              <Item key={member.userId}>
                <Heading variant="h3" mb="xs">
                  {nameOf(member)} {self && <Text>{t('users.you')}</Text>}
                </Heading>
                <Facts>
                  <dt>{t('users.role')}</dt>
                  <dd>{t(`roleNames.${member.role}`)}</dd>
                  <dt>{t('users.email')}</dt>
                  <dd>{member.email}</dd>
                  <dt>{t('users.joined')}</dt>
                  <dd>{formatDate(member.joinedAt, i18n.language)}</dd>
                </Facts>
                {isMainUser && confirming !== member.userId && (
                  <Actions>
                    <Button variant="secondary" disabled={pending} onClick={() => toggleRole(member)}>
                      {member.role === 'main_user' ? t('users.makeUser') : t('users.makeMainUser')}
                      <VisuallyHidden>: {nameOf(member)}</VisuallyHidden>
                    </Button>
                    <Button
                      variant="secondaryNoBorder"
                      disabled={pending}
                      onClick={() => setConfirming(member.userId)}
                    >
                      {t('users.remove')}
                      <VisuallyHidden>: {nameOf(member)}</VisuallyHidden>
                    </Button>
                  </Actions>
                )}
                {isMainUser && confirming === member.userId && (
                  <Confirm role="group" aria-label={t('users.remove')}>
                    <Paragraph mb="s">
                      {self
                        ? t('users.confirmRemoveSelf')
                        : t('users.confirmRemove', { name: nameOf(member) })}
                    </Paragraph>
                    <Actions>
                      <Button disabled={pending} onClick={() => remove(member)}>
                        {t('users.confirmRemoveButton')}
                        <VisuallyHidden>: {nameOf(member)}</VisuallyHidden>
                      </Button>
                      <Button variant="secondary" onClick={() => setConfirming(undefined)}>
                        {t('users.cancel')}
                      </Button>
                    </Actions>
                  </Confirm>
                )}
              </Item>
            );
          })}
        </List>
      )}
    </section>
  );
}

function failureText(error: unknown, t: ReturnType<typeof useTranslation<'accounts'>>['t']): string {
  const code = errorCode(error);
  if (code === 'last_main_user') return t('users.lastMainUser');
  if (code === 'member_not_found') return t('users.memberNotFound');
  if (isForbidden(error)) return t('errors.forbidden');
  return t('errors.unknown');
}

const List = styled.ul`
  margin: 0 0 ${spacing.xl};
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  border-left: 4px solid ${colors.highlightBase};

  & + & {
    margin-top: ${spacing.s};
  }

  dl {
    margin-bottom: ${spacing.s};
  }
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s};
`;

const Confirm = styled.div`
  padding: ${spacing.s};
  background: ${colors.warningLight1};
`;
