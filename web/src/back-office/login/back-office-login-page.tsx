/**
 * The back office's login: DVV's own identification (OIDC; a plain navigation to the IdP) and, outside
 * production, the development login with a choice of staff. A staff member who is logged in (already, or
 * just now) goes on to where they were headed (?returnTo=, back-office addresses only).
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import styled from 'styled-components';
import {
  Button,
  ErrorSummary,
  Heading,
  InlineAlert,
  LoadingSpinner,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
} from 'suomifi-ui-components';
import {
  type DevStaff,
  devStaffQuery,
  loginProvidersQuery,
  oidcLoginUrl,
  staffSessionQuery,
  useDevStaffLogin,
} from '../../api/back-office';
import { colors, focuses, spacing, typography } from '../../ui/tokens';
import { BackOfficePage } from '../layout/back-office-page';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { safeReturnTo } from './return-to';

export function BackOfficeLoginPage() {
  const { t } = useTranslation('backOffice');
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const session = useQuery(staffSessionQuery);
  const providers = useQuery(loginProvidersQuery);

  if (session.data) return <Navigate to={returnTo} replace />;

  return (
    <BackOfficePage title={t('login.title')}>
      <Paragraph mb="l">{t('login.lead')}</Paragraph>
      {providers.isPending && <LoadingSpinner text={t('loading', { ns: 'common' })} />}
      {providers.isError && <InlineAlert status="error">{t('errors.unavailable')}</InlineAlert>}
      {providers.data?.includes('oidc') && (
        <OidcLink href={oidcLoginUrl(returnTo)}>{t('login.oidc')}</OidcLink>
      )}
      {providers.data?.includes('development') && <DevStaffLogin />}
    </BackOfficePage>
  );
}

function DevStaffLogin() {
  const { t } = useTranslation('backOffice');
  const staff = useQuery(devStaffQuery);
  if (staff.isPending) return <LoadingSpinner text={t('loading', { ns: 'common' })} />;
  if (staff.isError || staff.data === null) return null;
  return (
    <DevPanel aria-labelledby="dev-staff-heading">
      <Heading variant="h2" id="dev-staff-heading" mb="s">
        {t('login.dev.heading')}
      </Heading>
      <Paragraph mb="l">{t('login.dev.notice')}</Paragraph>
      <DevStaffForm staff={staff.data} />
    </DevPanel>
  );
}

const radioId = (member: DevStaff) => `dev-staff-${member.subject}`;

function DevStaffForm({ staff }: { staff: readonly DevStaff[] }) {
  const { t } = useTranslation('backOffice');
  const login = useDevStaffLogin();
  const [subject, setSubject] = useState<string>();
  const [failedSubmits, setFailedSubmits] = useState(0);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const missing = failedSubmits > 0 && subject === undefined;

  useEffect(() => {
    if (failedSubmits > 0) summaryHeading.current?.focus();
  }, [failedSubmits]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (subject === undefined) {
      setFailedSubmits((count) => count + 1);
      return;
    }
    if (!login.isPending) login.mutate(subject);
  }

  return (
    <form onSubmit={submit} noValidate>
      {missing && staff[0] && (
        <ErrorSummary
          headingText={t('validation.summaryHeading')}
          headingRef={summaryHeading}
          headingVariant="h3"
          items={[{ text: t('login.dev.required'), inputId: radioId(staff[0]) }]}
          mb="l"
        />
      )}
      <RadioButtonGroup
        name="dev-staff"
        labelText={t('login.dev.staffLabel')}
        value={subject}
        onChange={setSubject}
        groupStatus={missing ? 'error' : 'default'}
        groupStatusText={missing ? t('login.dev.required') : undefined}
        mb="l"
      >
        {staff.map((member) => (
          <RadioButton
            key={member.subject}
            id={radioId(member)}
            value={member.subject}
            hintText={`${t(`roles.${member.role}`)}, ${member.email}`}
          >
            {member.name}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <ApiErrorAlert error={login.error} />
      <Button type="submit">{t('login.dev.submit')}</Button>
    </form>
  );
}

const OidcLink = styled.a`
  ${typography.actionElementInnerTextBold};
  display: inline-block;
  margin-bottom: ${spacing.xl};
  padding: ${spacing.s} ${spacing.l};
  color: ${colors.whiteBase};
  background: ${colors.highlightBase};
  border-radius: 2px;
  text-decoration: none;

  &:hover {
    background: ${colors.highlightDark1};
  }

  &:focus-visible {
    ${focuses.boxShadowFocus};
    outline: none;
  }
`;

const DevPanel = styled.section`
  padding: ${spacing.l};
  border: 1px solid ${colors.depthLight1};
  border-top: 4px solid ${colors.accentSecondary};
  background: ${colors.highlightLight4};
`;
