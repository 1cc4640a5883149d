/**
 * Inviting a person by e-mail into a role (main users). The mail is in the chosen language; the address
 * stays in the field after a refusal, and is cleared only when the invitation was sent.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ErrorSummary,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from 'suomifi-ui-components';
import { inviteUser, type Role } from '../api/accounts';
import type { Language, SessionView } from '../api/types';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES } from '../i18n/languages';
import { errorCode, isForbidden, isSessionEnded } from './api-errors';
import { formatDate } from './format';
import { SessionEndedAlert } from './session-ended-alert';
import { emailError } from './validation';

const EMAIL_ID = 'invite-email';

export function InviteForm({ session, organisationId }: { session: SessionView; organisationId: string }) {
  const { t, i18n } = useTranslation('accounts');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('user');
  const [language, setLanguage] = useState<Language>(
    isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE,
  );
  const [emailProblem, setEmailProblem] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) summaryHeading.current?.focus();
  }, [attempt]);
  useEffect(() => {
    if (sent || failure) result.current?.focus();
  }, [sent, failure]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setSent(undefined);
    setFailure(undefined);
    const address = email.trim();
    const problem = emailError(address);
    if (problem) {
      setEmailProblem(t(`fieldErrors.${problem}`));
      setAttempt((n) => n + 1);
      return;
    }
    setEmailProblem(undefined);
    setPending(true);
    try {
      const invitation = await inviteUser(session.csrfToken, organisationId, {
        email: address,
        role,
        language,
      });
      setEmail('');
      setSent(
        t('users.invite.sent', {
          email: invitation.email,
          date: formatDate(invitation.expiresAt, i18n.language),
        }),
      );
    } catch (error) {
      const code = errorCode(error);
      if (code === 'invitation_pending' || code === 'already_member') {
        setEmailProblem(t(`users.invite.${code}`, { email: address }));
        setAttempt((n) => n + 1);
      } else if (code === 'invalid_request') {
        // The server's e-mail check is stricter than ours.
        setEmailProblem(t('fieldErrors.emailInvalid'));
        setAttempt((n) => n + 1);
      } else setFailure(error);
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="invite-heading">
      <Heading variant="h2" id="invite-heading" mb="s">
        {t('users.invite.heading')}
      </Heading>
      <Paragraph mb="l">{t('users.invite.lead')}</Paragraph>
      <form onSubmit={submit} noValidate>
        {emailProblem && (
          <ErrorSummary
            headingText={t('summaryHeading', { ns: 'validation' })}
            headingRef={summaryHeading}
            headingVariant="h3"
            items={[{ text: emailProblem, inputId: EMAIL_ID }]}
            mb="l"
          />
        )}
        <TextInput
          id={EMAIL_ID}
          type="email"
          labelText={t('users.invite.email')}
          value={email}
          onChange={(value) => setEmail(String(value ?? ''))}
          status={emailProblem ? 'error' : 'default'}
          statusText={emailProblem}
          maxLength={254}
          autoComplete="off"
          fullWidth
          mb="l"
        />
        <RadioButtonGroup
          name="invite-role"
          labelText={t('users.invite.role')}
          value={role}
          onChange={(value) => setRole(value as Role)}
          mb="l"
        >
          <RadioButton value="user" hintText={t('roleHints.user')}>
            {t('roleNames.user')}
          </RadioButton>
          <RadioButton value="main_user" hintText={t('roleHints.main_user')}>
            {t('roleNames.main_user')}
          </RadioButton>
        </RadioButtonGroup>
        <RadioButtonGroup
          name="invite-language"
          labelText={t('users.invite.language')}
          value={language}
          onChange={(value) => setLanguage(value as Language)}
          mb="l"
        >
          {LANGUAGES.map((code) => (
            <RadioButton key={code} value={code}>
              {t(`languages.${code}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        {sent && (
          <InlineAlert ref={result} tabIndex={-1} role="status" mb="l">
            {sent}
          </InlineAlert>
        )}
        {failure !== undefined &&
          (isSessionEnded(failure) ? (
            <SessionEndedAlert ref={result} />
          ) : (
            <InlineAlert status="error" ref={result} tabIndex={-1} mb="l">
              {isForbidden(failure) ? t('errors.forbidden') : t('errors.unknown')}
            </InlineAlert>
          ))}
        <Button type="submit" disabled={pending}>
          {t('users.invite.submit')}
        </Button>
      </form>
    </section>
  );
}
