/**
 * Intermediary model: the supplier sends the application to the customer organisation for approval,
 * with a message; the customer's main users get an e-mail with a link to it.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, Paragraph, Textarea } from 'suomifi-ui-components';
import { colors, spacing } from '../../ui/tokens';

export function SendToCustomer({
  customer,
  sending,
  onSend,
}: {
  customer: string;
  sending: boolean;
  onSend: (message: string) => void;
}) {
  const { t } = useTranslation('applications');
  const [message, setMessage] = useState('');
  const textarea = useRef<HTMLTextAreaElement>(null);
  return (
    <Panel aria-labelledby="send-to-customer-heading">
      <Heading variant="h2" id="send-to-customer-heading" mb="xs">
        {t('intermediary.send.heading')}
      </Heading>
      <Paragraph mb="m">{t('intermediary.send.text', { customer })}</Paragraph>
      <Textarea
        id="send-to-customer-message"
        ref={textarea}
        labelText={t('intermediary.send.messageLabel')}
        hintText={t('intermediary.send.messageHint')}
        optionalText={t('form.optional')}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        maxLength={2000}
        rows={3}
        resize="vertical"
        fullWidth
        mb="m"
      />
      <Button disabled={sending} onClick={() => onSend(message.trim())}>
        {t('intermediary.send.button')}
      </Button>
    </Panel>
  );
}

const Panel = styled.section`
  margin-top: ${spacing.l};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  border-left: 4px solid ${colors.highlightBase};
`;
