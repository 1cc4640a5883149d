/** An address the app does not know. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { Page } from '../layout/page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <Paragraph mb="m">{t('notFound.text')}</Paragraph>
      <RouterLink asComponent={Link} to="/">
        {t('notFound.home')}
      </RouterLink>
    </Page>
  );
}
