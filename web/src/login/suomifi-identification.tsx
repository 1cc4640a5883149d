/**
 * Suomi.fi e-Identification, offered when the server has the SAML service provider configured
 * (GET /api/identity/providers). The button is a plain link: the browser leaves for the IdP and comes back
 * through the server's ACS, which redirects to `returnTo`, or to /login?error=<code> on a refusal.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from 'suomifi-ui-components';
import { getJson } from '../api/client';

export const providersQuery = {
  queryKey: ['identity', 'providers'],
  queryFn: async () => (await getJson<{ providers: string[] }>('/api/identity/providers')).providers,
  staleTime: Number.POSITIVE_INFINITY,
};

export function SuomifiIdentification({ returnTo }: { returnTo: string | undefined }) {
  const { t, i18n } = useTranslation('accounts');
  const providers = useQuery(providersQuery);
  if (!providers.data?.includes('suomifi-saml')) return null;
  const params = new URLSearchParams({ locale: i18n.language });
  if (returnTo) params.set('returnTo', returnTo);
  return (
    <section aria-labelledby="suomifi-identification-heading">
      <Heading variant="h2" id="suomifi-identification-heading" mb="s">
        {t('login.suomifi.heading')}
      </Heading>
      <Paragraph mb="l">
        <Link href={`/api/identity/suomifi-saml/login?${params}`}>{t('login.suomifi.button')}</Link>
      </Paragraph>
    </section>
  );
}
