/** The back office's sections; the current one is marked with aria-current="page" (NavLink does it). */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import styled from 'styled-components';
import { colors, focuses, spacing, typography } from '../../ui/tokens';
import { WideContainer } from './wide-container';

const SECTIONS = [
  { key: 'queue', to: '/back-office', end: true },
  { key: 'permits', to: '/back-office/permits', end: false },
  { key: 'connections', to: '/back-office/connections', end: false },
  { key: 'dashboard', to: '/back-office/dashboard', end: false },
  { key: 'disclosures', to: '/back-office/disclosures', end: false },
] as const;

export function BackOfficeNav({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation('backOffice');
  const sections = isAdmin
    ? [...SECTIONS, { key: 'staff', to: '/back-office/staff', end: false } as const]
    : SECTIONS;
  return (
    <Nav aria-label={t('nav.label')}>
      <List>
        {sections.map((section) => (
          <li key={section.key}>
            <Item to={section.to} end={section.end}>
              {t(`nav.${section.key}`)}
            </Item>
          </li>
        ))}
      </List>
    </Nav>
  );
}

const Nav = styled.nav`
  border-top: 1px solid ${colors.depthLight2};
`;

const List = styled(WideContainer).attrs({ as: 'ul' })`
  display: flex;
  flex-wrap: wrap;
  gap: 0 ${spacing.xs};
  margin-top: 0;
  margin-bottom: 0;
  list-style: none;
`;

const Item = styled(NavLink)`
  ${typography.bodySemiBoldSmall};
  display: block;
  padding: ${spacing.s} ${spacing.xs};
  color: ${colors.highlightBase};
  text-decoration: none;
  border-bottom: 4px solid transparent;

  &:hover {
    color: ${colors.highlightDark1};
    text-decoration: underline;
  }

  &[aria-current='page'] {
    color: ${colors.blackBase};
    border-bottom-color: ${colors.highlightBase};
  }

  &:focus-visible {
    ${focuses.boxShadowFocus};
    outline: none;
  }
`;
