/**
 * Identification before the e-service. Reached from the catalogue's "Aloita" with ?service=<id>, which is
 * named on the page. A person who is logged in (already, or just now) goes on to Omat asiat, or back to
 * ?returnTo=<path> when a page sent them here (only a path of this app: never another site).
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { InlineAlert, Paragraph, Text } from 'suomifi-ui-components';
import { sessionQuery } from '../api/session';
import { startAddress } from '../applications/start/return-to';
import { isServiceId } from '../catalogue/catalogue';
import { Page } from '../layout/page';
import { DevIdentification } from './dev-identification';
import { providersQuery, SuomifiIdentification } from './suomifi-identification';

/** Refusals the Suomi.fi service provider redirects back with (src/identity/suomifi-saml). */
const LOGIN_ERRORS = [
  'identification_failed',
  'identification_cancelled',
  'login_expired',
  'assurance_level_too_low',
  'identity_code_missing',
  'identity_code_invalid',
  'names_missing',
] as const;

export function LoginPage() {
  const { t } = useTranslation('accounts');
  const [params] = useSearchParams();
  const session = useQuery(sessionQuery);
  const providers = useQuery(providersQuery);
  const service = params.get('service');
  // Back where identification was asked for; from the catalogue's "Aloita", on to starting that application.
  const returnTo =
    safeReturnTo(params.get('returnTo')) ?? (isServiceId(service) ? startAddress(service) : undefined);

  if (session.data) return <Navigate to={returnTo ?? '/my-page'} replace />;
  const error = LOGIN_ERRORS.find((code) => code === params.get('error'));

  return (
    <Page title={t('login.title')}>
      <Paragraph mb="m">{t('login.lead')}</Paragraph>
      {isServiceId(service) && (
        <Paragraph mb="l">
          <Text variant="bold">
            {t('login.startingService', { service: t(`services.${service}.name`, { ns: 'applications' }) })}
          </Text>
        </Paragraph>
      )}
      {error && (
        <InlineAlert status="error" role="alert">
          {t(`login.errors.${error}`)}
        </InlineAlert>
      )}
      <SuomifiIdentification returnTo={returnTo} />
      {providers.data?.length === 0 && <InlineAlert status="warning">{t('login.unavailable')}</InlineAlert>}
      {providers.data?.includes('development') && <DevIdentification />}
    </Page>
  );
}

/** A path inside this app (`/…`, not `//host` or `/\\host`), or undefined. */
export function safeReturnTo(value: string | null): string | undefined {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  return value;
}
