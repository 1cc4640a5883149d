/**
 * The draft was saved elsewhere after this page read it (another window or another user), or it was sent
 * meanwhile. Nothing on screen is lost: the person chooses whether their answers or the saved ones stay.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { spacing } from '../../ui/tokens';

export function ConflictNotice({
  kind,
  onKeepMine,
  onReload,
}: {
  kind: 'conflict' | 'locked';
  onKeepMine: () => Promise<void>;
  onReload: () => void;
}) {
  const { t } = useTranslation('applications');
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <InlineAlert status="warning" mb="l">
      <Heading variant="h2" ref={heading} tabIndex={-1} mb="xs">
        {kind === 'conflict' ? t('editor.conflict.heading') : t('editor.locked.heading')}
      </Heading>
      <Paragraph mb="s">
        {kind === 'conflict' ? t('editor.conflict.text') : t('editor.locked.text')}
      </Paragraph>
      {failed && <Paragraph mb="s">{t('editor.conflict.failed')}</Paragraph>}
      <Buttons>
        {kind === 'conflict' && (
          <Button
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setFailed(false);
              try {
                await onKeepMine();
              } catch {
                setFailed(true);
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('editor.conflict.keepMine')}
          </Button>
        )}
        <Button variant="secondary" onClick={onReload}>
          {kind === 'conflict' ? t('editor.conflict.reload') : t('editor.locked.reload')}
        </Button>
      </Buttons>
    </InlineAlert>
  );
}

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s};
`;
