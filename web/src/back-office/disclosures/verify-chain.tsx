/**
 * Lokin eheys: the reviewer checks the disclosure log's hash chain (GET /api/back-office/disclosures/verify,
 * run only when asked, since it reads the whole log). An intact chain is announced in the status region; a
 * broken one is an error naming the first bad entry and why.
 */
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useDisclosureVerify } from '../../api/back-office';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { formatDateTime } from '../ui/format';
import { StatusMessage } from '../ui/status-message';
import { Section } from '../ui/table';

export function VerifyChain() {
  const { t } = useTranslation('backOffice');
  const verify = useDisclosureVerify();
  const result = verify.data;
  return (
    <Section aria-labelledby="disclosure-verify-heading">
      <Heading variant="h2" id="disclosure-verify-heading" mb="s">
        {t('disclosures.verify.heading')}
      </Heading>
      <Paragraph mb="s">{t('disclosures.verify.lead')}</Paragraph>
      <Button variant="secondary" disabled={verify.isPending} onClick={() => verify.mutate()}>
        {t('disclosures.verify.button')}
      </Button>
      <ApiErrorAlert error={verify.error} />
      <StatusMessage>
        {result?.ok
          ? t('disclosures.verify.ok', { count: result.entries, time: formatDateTime(result.verifiedAt) })
          : ''}
      </StatusMessage>
      {result && !result.ok && (
        <InlineAlert status="error" role="alert" mb="m">
          {t('disclosures.verify.broken', {
            seq: result.firstBadSeq,
            reason: result.reason ? t(`disclosures.verify.reasons.${result.reason}`) : '',
          })}
        </InlineAlert>
      )}
    </Section>
  );
}
