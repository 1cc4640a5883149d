/** An address under /back-office that is not a page. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { BackOfficePage } from './back-office-page';

export function BackOfficeNotFound() {
  const { t } = useTranslation('backOffice');
  return (
    <BackOfficePage title={t('notFound.title')}>
      <Paragraph mb="m">{t('notFound.text')}</Paragraph>
      <RouterLink asComponent={Link} to="/back-office">
        {t('notFound.queue')}
      </RouterLink>
    </BackOfficePage>
  );
}
