/** The organisations whose customer account the person uses, with their role in each: links to their pages. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styled from 'styled-components';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import type { SessionView } from '../api/types';
import { colors, spacing } from '../ui/tokens';

export function OrganisationList({ organisations }: { organisations: SessionView['organisations'] }) {
  const { t } = useTranslation('accounts');
  return (
    <List>
      {organisations.map((organisation) => (
        <Item key={organisation.id}>
          <Heading variant="h3" mb="xxs">
            <RouterLink asComponent={Link} to={`/organisations/${encodeURIComponent(organisation.id)}`}>
              {organisation.name}
            </RouterLink>
          </Heading>
          <Paragraph>{t('myPage.businessId', { businessId: organisation.businessId })}</Paragraph>
          <Paragraph>{t('myPage.role', { role: t(`myPage.roles.${organisation.role}`) })}</Paragraph>
        </Item>
      ))}
    </List>
  );
}

const List = styled.ul`
  margin: 0 0 ${spacing.xl};
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  padding: ${spacing.s} ${spacing.m};
  border-left: 4px solid ${colors.highlightBase};
  background: ${colors.highlightLight4};

  & + & {
    margin-top: ${spacing.s};
  }
`;
