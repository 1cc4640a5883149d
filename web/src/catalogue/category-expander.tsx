/** A category of the catalogue ("Haluan hakea tietoja väestötietojärjestelmästä") that opens to its services. */
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Expander, ExpanderContent, ExpanderTitleButton } from 'suomifi-ui-components';
import type { CatalogueTab } from './catalogue';
import { ServiceItem } from './service-item';

type Category = CatalogueTab['categories'][number];

export function CategoryExpander({ id, category }: { id: string; category: Category }) {
  const { t } = useTranslation('applications');
  return (
    <Expander id={`expander-${id}`}>
      <ExpanderTitleButton asHeading="h2">{t(`catalogue.categories.${category.id}`)}</ExpanderTitleButton>
      <ExpanderContent>
        <ServiceList>
          {category.services.map((service) => (
            <ServiceItem key={service} service={service} />
          ))}
        </ServiceList>
      </ExpanderContent>
    </Expander>
  );
}

const ServiceList = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;
