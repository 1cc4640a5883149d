/**
 * One service of the catalogue with its "Aloita" button, which leads to identification, or for a person
 * who is logged in, straight to starting the application. The button's
 * accessible name also names the service ("Aloita VTJ-muutosrajapinnan hakemus ja tilaus"), so that a
 * list of buttons read out of context still says which is which.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import styled from 'styled-components';
import { Button, Heading, Paragraph, VisuallyHidden } from 'suomifi-ui-components';
import { sessionQuery } from '../api/session';
import { startAddress } from '../applications/start/return-to';
import { colors, spacing } from '../ui/tokens';
import type { ServiceId } from './catalogue';

export function ServiceItem({ service }: { service: ServiceId }) {
  const { t } = useTranslation('applications');
  const navigate = useNavigate();
  const session = useQuery(sessionQuery);
  const name = t(`services.${service}.name`);

  return (
    <Item>
      <Heading variant="h3" mb="xs">
        {name}
      </Heading>
      <Paragraph mb="s">{t(`services.${service}.description`)}</Paragraph>
      <Button onClick={() => navigate(session.data ? startAddress(service) : `/login?service=${service}`)}>
        {t('catalogue.start')}
        <VisuallyHidden> {name}</VisuallyHidden>
      </Button>
    </Item>
  );
}

const Item = styled.li`
  padding: ${spacing.m} 0;

  & + & {
    border-top: 1px solid ${colors.depthLight2};
  }
`;
