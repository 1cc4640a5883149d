/** What a page that failed shows instead, inside the layout. The details go to the browser console only. */
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { Page } from '../layout/page';

export function ErrorPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('error.title')}>
      <Paragraph>{t('error.text')}</Paragraph>
    </Page>
  );
}
