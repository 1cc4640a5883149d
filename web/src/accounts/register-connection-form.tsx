/**
 * Registering a connection: an X-Road subsystem (instance, member class, member code, subsystem code; the
 * instance decides the environment: FI is production) or a client certificate (PEM) for the test or the
 * production environment. Checked here first; the server checks again and its refusals are shown with
 * everything typed kept.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import {
  Button,
  Dropdown,
  DropdownItem,
  ErrorSummary,
  Heading,
  InlineAlert,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { XROAD_MEMBER_CLASSES } from '../../../src/access/xroad.js';
import { registerConnection } from '../api/access';
import type { SessionView } from '../api/types';
import { colors, spacing } from '../ui/tokens';
import { isForbidden, isSessionEnded, knownCode } from './api-errors';
import { Actions } from './member-list';
import { SessionEndedAlert } from './session-ended-alert';

type Kind = 'xroad' | 'certificate';
type Environment = 'test' | 'production';
type Field = 'instance' | 'memberClass' | 'memberCode' | 'subsystemCode' | 'certificate';
type FieldError =
  | 'memberClassRequired'
  | 'memberCodeInvalid'
  | 'subsystemCodeInvalid'
  | 'certificateRequired'
  | 'certificateInvalid'
  | 'certificateExpired';

const KNOWN_ERRORS = ['invalid_xroad_client', 'connection_exists', 'permit_closed'] as const;
const PART = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const TEST_INSTANCES = ['FI-TEST', 'FI-DEV'] as const;

export function RegisterConnectionForm({
  session,
  organisationId,
  permitId,
  onRegistered,
  onCancel,
}: {
  session: SessionView;
  organisationId: string;
  permitId: string;
  onRegistered: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('accounts');
  const id = (field: string) => `connection-${permitId}-${field}`;
  const [kind, setKind] = useState<Kind>('xroad');
  const [environment, setEnvironment] = useState<Environment>('test');
  const [testInstance, setTestInstance] = useState<(typeof TEST_INSTANCES)[number]>('FI-TEST');
  const [memberClass, setMemberClass] = useState<string | null>(null);
  const [memberCode, setMemberCode] = useState('');
  const [subsystemCode, setSubsystemCode] = useState('');
  const [certificate, setCertificate] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const alert = useRef<HTMLDivElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    if (attempt > 0) summaryHeading.current?.focus();
  }, [attempt]);
  useEffect(() => {
    if (failure) alert.current?.focus();
  }, [failure]);

  const instance = environment === 'production' ? 'FI' : testInstance;

  function validate(): Partial<Record<Field, FieldError>> {
    const found: Partial<Record<Field, FieldError>> = {};
    if (kind === 'xroad') {
      if (!memberClass) found.memberClass = 'memberClassRequired';
      if (!PART.test(memberCode.trim())) found.memberCode = 'memberCodeInvalid';
      if (!PART.test(subsystemCode.trim())) found.subsystemCode = 'subsystemCodeInvalid';
    } else if (certificate.trim() === '') found.certificate = 'certificateRequired';
    else if (!/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(certificate)) {
      found.certificate = 'certificateInvalid';
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setFailure(undefined);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setPending(true);
    try {
      await registerConnection(
        session.csrfToken,
        organisationId,
        permitId,
        kind === 'xroad'
          ? { xroadClient: `${instance}/${memberClass}/${memberCode.trim()}/${subsystemCode.trim()}` }
          : { certificatePem: certificate.trim(), environment },
      );
      await onRegistered();
    } catch (error) {
      const code = knownCode(error, ['invalid_certificate', 'certificate_expired'] as const);
      if (code) {
        setErrors({
          certificate: code === 'invalid_certificate' ? 'certificateInvalid' : 'certificateExpired',
        });
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
  const fields: Field[] = ['memberClass', 'memberCode', 'subsystemCode', 'certificate'];
  const summaryItems = fields
    .filter((field) => errors[field])
    .map((field) => ({ text: errorText(field) as string, inputId: id(field) }));
  const known = knownCode(failure, KNOWN_ERRORS);

  return (
    <Form onSubmit={submit} noValidate aria-labelledby={id('heading')}>
      <Heading variant="h4" id={id('heading')} ref={heading} tabIndex={-1} mb="m">
        {t('connections.register.heading')}
      </Heading>
      {summaryItems.length > 0 && (
        <ErrorSummary
          headingText={t('summaryHeading', { ns: 'validation' })}
          headingRef={summaryHeading}
          headingVariant="h5"
          items={summaryItems}
          mb="l"
        />
      )}
      <RadioButtonGroup
        name={id('kind')}
        labelText={t('connections.register.kind')}
        value={kind}
        onChange={(value) => setKind(value as Kind)}
        mb="l"
      >
        <RadioButton value="xroad">{t('connections.kinds.xroad')}</RadioButton>
        <RadioButton value="certificate">{t('connections.kinds.certificate')}</RadioButton>
      </RadioButtonGroup>
      <RadioButtonGroup
        name={id('environment')}
        labelText={t('connections.register.environment')}
        value={environment}
        onChange={(value) => setEnvironment(value as Environment)}
        mb="l"
      >
        <RadioButton value="test">{t('connections.environments.test')}</RadioButton>
        <RadioButton value="production">{t('connections.environments.production')}</RadioButton>
      </RadioButtonGroup>
      {kind === 'xroad' ? (
        <>
          {environment === 'test' ? (
            <RadioButtonGroup
              name={id('instance')}
              labelText={t('connections.register.instance')}
              groupHintText={t('connections.register.instanceHint')}
              value={testInstance}
              onChange={(value) => setTestInstance(value as (typeof TEST_INSTANCES)[number])}
              mb="l"
            >
              {TEST_INSTANCES.map((value) => (
                <RadioButton key={value} value={value}>
                  {value}
                </RadioButton>
              ))}
            </RadioButtonGroup>
          ) : (
            <TextInput
              id={id('instance')}
              labelText={t('connections.register.instance')}
              hintText={t('connections.register.instanceHint')}
              value="FI"
              readOnly
              mb="l"
            />
          )}
          <Dropdown
            id={id('memberClass')}
            labelText={t('connections.register.memberClass')}
            visualPlaceholder={t('connections.register.memberClassPlaceholder')}
            value={memberClass}
            onChange={(value) => setMemberClass(value)}
            status={status('memberClass')}
            statusText={errorText('memberClass')}
            mb="l"
          >
            {XROAD_MEMBER_CLASSES.map((value) => (
              <DropdownItem key={value} value={value}>
                {t(`connections.memberClasses.${value}`)}
              </DropdownItem>
            ))}
          </Dropdown>
          <TextInput
            id={id('memberCode')}
            labelText={t('connections.register.memberCode')}
            hintText={t('connections.register.memberCodeHint')}
            value={memberCode}
            onChange={(value) => setMemberCode(String(value ?? ''))}
            status={status('memberCode')}
            statusText={errorText('memberCode')}
            maxLength={100}
            mb="l"
          />
          <TextInput
            id={id('subsystemCode')}
            labelText={t('connections.register.subsystemCode')}
            hintText={t('connections.register.subsystemCodeHint')}
            value={subsystemCode}
            onChange={(value) => setSubsystemCode(String(value ?? ''))}
            status={status('subsystemCode')}
            statusText={errorText('subsystemCode')}
            maxLength={100}
            mb="l"
          />
        </>
      ) : (
        <Textarea
          id={id('certificate')}
          labelText={t('connections.register.certificate')}
          hintText={t('connections.register.certificateHint')}
          value={certificate}
          onChange={(event) => setCertificate(event.target.value)}
          status={status('certificate')}
          statusText={errorText('certificate')}
          maxLength={20_000}
          rows={8}
          spellCheck={false}
          fullWidth
          mb="l"
        />
      )}
      {failure !== undefined &&
        (isSessionEnded(failure) ? (
          <SessionEndedAlert ref={alert} />
        ) : (
          <InlineAlert status="error" ref={alert} tabIndex={-1} mb="l">
            {known
              ? t(`connections.errors.${known}`)
              : isForbidden(failure)
                ? t('errors.forbidden')
                : t('errors.unknown')}
          </InlineAlert>
        ))}
      <Actions>
        <Button type="submit" disabled={pending}>
          {t('connections.register.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('connections.register.cancel')}
        </Button>
      </Actions>
    </Form>
  );
}

const Form = styled.form`
  margin: 0 0 ${spacing.m};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
`;
