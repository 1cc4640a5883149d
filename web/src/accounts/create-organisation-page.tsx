/**
 * Creating an organisation's customer account: name, Y-tunnus (check digit verified here too), type and
 * the creator's work e-mail. An organisation that already has an account is answered 409 account_exists:
 * the person is told to ask the main user for an invitation (the main users are told of the attempt).
 */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  Button,
  ErrorSummary,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import { createOrganisation } from '../api/accounts';
import { sessionQuery } from '../api/session';
import type { OrganisationKind, SessionView } from '../api/types';
import { Page } from '../layout/page';
import { errorCode, isSessionEnded } from './api-errors';
import { SessionEndedAlert } from './session-ended-alert';
import { WithSession } from './session-gate';
import { businessIdError, emailError, type FieldError } from './validation';

type Field = 'name' | 'businessId' | 'kind' | 'email';
const INPUT_IDS: Record<Field, string> = {
  name: 'organisation-name',
  businessId: 'organisation-business-id',
  kind: 'organisation-kind-public',
  email: 'organisation-email',
};

export function CreateOrganisationPage() {
  const { t } = useTranslation('accounts');
  return (
    <Page title={t('createOrganisation.title')}>
      <Paragraph mb="s">{t('createOrganisation.lead')}</Paragraph>
      <Paragraph mb="l">{t('createOrganisation.existingNote')}</Paragraph>
      <WithSession>{(session) => <CreateOrganisationForm session={session} />}</WithSession>
    </Page>
  );
}

function CreateOrganisationForm({ session }: { session: SessionView }) {
  const { t } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [businessId, setBusinessId] = useState('');
  const [kind, setKind] = useState<OrganisationKind>();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>();
  const [existing, setExisting] = useState<string>();
  const [pending, setPending] = useState(false);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const alert = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) summaryHeading.current?.focus();
  }, [attempt]);
  useEffect(() => {
    if (existing || failure) alert.current?.focus();
  }, [existing, failure]);

  function validate(): Partial<Record<Field, FieldError>> {
    const found: Partial<Record<Field, FieldError>> = {};
    if (name.trim() === '') found.name = 'nameRequired';
    const businessIdProblem = businessIdError(businessId);
    if (businessIdProblem) found.businessId = businessIdProblem;
    if (!kind) found.kind = 'kindRequired';
    const emailProblem = emailError(email);
    if (emailProblem) found.email = emailProblem;
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setExisting(undefined);
    setFailure(undefined);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0 || !kind) {
      setAttempt((n) => n + 1);
      return;
    }
    setPending(true);
    try {
      const created = await createOrganisation(session.csrfToken, {
        name: name.trim(),
        businessId: businessId.trim(),
        kind,
        email: email.trim(),
      });
      // The new account is in the session's organisations before its page opens.
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
      await navigate(`/organisations/${encodeURIComponent(created.organisation.id)}`);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'account_exists') setExisting(businessId.trim());
      else if (code === 'invalid_business_id') {
        setErrors({ businessId: 'businessIdChecksum' });
        setAttempt((n) => n + 1);
      } else setFailure(error);
    } finally {
      setPending(false);
    }
  }

  const errorText = (field: Field) => {
    const code = errors[field];
    return code ? t(`fieldErrors.${code}`) : undefined;
  };
  const status = (field: Field) => (errors[field] ? 'error' : 'default');
  const summaryItems = (Object.keys(INPUT_IDS) as Field[])
    .filter((field) => errors[field])
    .map((field) => ({ text: errorText(field) as string, inputId: INPUT_IDS[field] }));

  return (
    <form onSubmit={submit} noValidate>
      {summaryItems.length > 0 && (
        <ErrorSummary
          headingText={t('summaryHeading', { ns: 'validation' })}
          headingRef={summaryHeading}
          headingVariant="h2"
          items={summaryItems}
          mb="l"
        />
      )}
      <TextInput
        id={INPUT_IDS.name}
        labelText={t('createOrganisation.name')}
        hintText={t('createOrganisation.nameHint')}
        value={name}
        onChange={(value) => setName(String(value ?? ''))}
        status={status('name')}
        statusText={errorText('name')}
        maxLength={200}
        autoComplete="organization"
        fullWidth
        mb="l"
      />
      <TextInput
        id={INPUT_IDS.businessId}
        labelText={t('createOrganisation.businessId')}
        hintText={t('createOrganisation.businessIdHint')}
        value={businessId}
        onChange={(value) => setBusinessId(String(value ?? ''))}
        status={status('businessId')}
        statusText={errorText('businessId')}
        maxLength={20}
        mb="l"
      />
      <RadioButtonGroup
        name="organisation-kind"
        labelText={t('createOrganisation.kind')}
        value={kind}
        onChange={(value) => setKind(value as OrganisationKind)}
        groupStatus={status('kind')}
        groupStatusText={errorText('kind')}
        mb="l"
      >
        <RadioButton id="organisation-kind-public" value="public">
          {t('organisation.kinds.public')}
        </RadioButton>
        <RadioButton id="organisation-kind-company" value="company">
          {t('organisation.kinds.company')}
        </RadioButton>
      </RadioButtonGroup>
      <TextInput
        id={INPUT_IDS.email}
        type="email"
        labelText={t('createOrganisation.email')}
        hintText={t('createOrganisation.emailHint')}
        value={email}
        onChange={(value) => setEmail(String(value ?? ''))}
        status={status('email')}
        statusText={errorText('email')}
        maxLength={254}
        autoComplete="email"
        fullWidth
        mb="l"
      />
      {existing && (
        <InlineAlert status="warning" ref={alert} tabIndex={-1} mb="l">
          <Heading variant="h2" mb="xs">
            {t('createOrganisation.accountExists.heading')}
          </Heading>
          <Paragraph mb="s">{t('createOrganisation.accountExists.text', { businessId: existing })}</Paragraph>
          <RouterLink asComponent={Link} to="/my-page">
            {t('organisation.notAvailable.back')}
          </RouterLink>
        </InlineAlert>
      )}
      {failure !== undefined &&
        (isSessionEnded(failure) ? (
          <SessionEndedAlert ref={alert} />
        ) : (
          <InlineAlert status="error" ref={alert} tabIndex={-1} mb="l">
            {t('errors.unknown')}
          </InlineAlert>
        ))}
      <Button type="submit" disabled={pending}>
        {t('createOrganisation.submit')}
      </Button>
    </form>
  );
}
