/** "Peru hakemus": withdrawing needs a second, explicit confirmation; the page then shows it withdrawn. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { ApplicationView } from '../../api/application-types';
import { applicationQuery, applicationsApi, useCsrfToken } from '../../api/applications';
import { spacing } from '../../ui/tokens';

export function WithdrawButton({ organisationId, view }: { organisationId: string; view: ApplicationView }) {
  const { t } = useTranslation('applications');
  const csrfToken = useCsrfToken();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function withdraw() {
    setBusy(true);
    setFailed(false);
    try {
      const withdrawn = await applicationsApi.withdraw(csrfToken, organisationId, view.id);
      queryClient.setQueryData(applicationQuery(organisationId, view.id).queryKey, withdrawn);
      void queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'applications'] });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  if (!confirming) {
    return (
      <Button variant="secondaryNoBorder" onClick={() => setConfirming(true)}>
        {t('withdraw.button')}
      </Button>
    );
  }
  return (
    <Confirm>
      <InlineAlert status="warning" role="alert" mb="s">
        <Paragraph>{t('withdraw.confirmText')}</Paragraph>
      </InlineAlert>
      {failed && (
        <InlineAlert status="error" mb="s">
          {t('withdraw.failed')}
        </InlineAlert>
      )}
      <Buttons>
        <Button disabled={busy} onClick={() => void withdraw()}>
          {t('withdraw.confirm')}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t('withdraw.cancel')}
        </Button>
      </Buttons>
    </Confirm>
  );
}

const Confirm = styled.div`
  flex-basis: 100%;
`;

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s};
`;
