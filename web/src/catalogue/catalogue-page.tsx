/** The front page: start a new application from the catalogue, one tab per kind of organisation. */
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { Page } from '../layout/page';
import { Tabs } from '../ui/tabs';
import { CATALOGUE } from './catalogue';
import { CategoryExpander } from './category-expander';

export function CataloguePage() {
  const { t } = useTranslation('applications');
  const tabs = CATALOGUE.map((tab) => ({
    id: tab.kind,
    label: t(`catalogue.tabs.${tab.kind}`),
    panel: tab.categories.map((category) => (
      <CategoryExpander key={category.id} id={`${tab.kind}-${category.id}`} category={category} />
    )),
  }));

  return (
    <Page title={t('catalogue.title')}>
      <Paragraph mb="xl">{t('catalogue.lead')}</Paragraph>
      <Tabs label={t('catalogue.tabsLabel')} tabs={tabs} />
    </Page>
  );
}
