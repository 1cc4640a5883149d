/**
 * A permit's connections: X-Road subsystems and client certificates, each pending until the authority
 * approves it. Any user of the account may register one while the permit is open.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { type ConnectionView, connectionsQuery } from '../api/access';
import type { SessionView } from '../api/types';
import { colors, spacing } from '../ui/tokens';
import { formatDate } from './format';
import { Facts } from './organisation-page';
import { RegisterConnectionForm } from './register-connection-form';

const KINDS = ['xroad', 'certificate'] as const;
const ENVIRONMENTS = ['test', 'production'] as const;
const STATES = ['pending', 'approved', 'rejected', 'revoked'] as const;

export function ConnectionsSection({
  session,
  organisationId,
  permitId,
  open,
}: {
  session: SessionView;
  organisationId: string;
  permitId: string;
  open: boolean;
}) {
  const { t } = useTranslation('accounts');
  const queryClient = useQueryClient();
  const query = connectionsQuery(organisationId, permitId);
  const connections = useQuery(query);
  const [registering, setRegistering] = useState(false);
  const [registered, setRegistered] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const notice = useRef<HTMLDivElement>(null);
  const headingId = `permit-${permitId}-connections`;

  useEffect(() => {
    if (registered) notice.current?.focus();
  }, [registered]);

  return (
    <section aria-labelledby={headingId}>
      <Heading variant="h3" id={headingId} mb="s">
        {t('connections.heading')}
      </Heading>
      <Paragraph mb="m">{t('connections.lead')}</Paragraph>
      {registered && (
        <InlineAlert ref={notice} tabIndex={-1} role="status" mb="m">
          {t('connections.register.registered')}
        </InlineAlert>
      )}
      {connections.isPending && <LoadingSpinner text={t('loading', { ns: 'common' })} />}
      {connections.isError && <InlineAlert status="error">{t('errors.loadFailed')}</InlineAlert>}
      {connections.data?.length === 0 && <Paragraph mb="m">{t('connections.none')}</Paragraph>}
      {connections.data && connections.data.length > 0 && (
        <List>
          {connections.data.map((connection) => (
            <ConnectionItem key={connection.id} connection={connection} />
          ))}
        </List>
      )}
      {open &&
        (registering ? (
          <RegisterConnectionForm
            session={session}
            organisationId={organisationId}
            permitId={permitId}
            onRegistered={async () => {
              await queryClient.invalidateQueries({ queryKey: query.queryKey });
              setRegistering(false);
              setRegistered(true);
            }}
            onCancel={() => {
              setRegistering(false);
              openButton.current?.focus();
            }}
          />
        ) : (
          <Button
            ref={openButton}
            variant="secondary"
            onClick={() => {
              setRegistered(false);
              setRegistering(true);
            }}
          >
            {t('connections.register.open')}
          </Button>
        ))}
    </section>
  );
}

function ConnectionItem({ connection }: { connection: ConnectionView }) {
  const { t, i18n } = useTranslation('accounts');
  const kind = KINDS.find((k) => k === connection.kind);
  const environment = ENVIRONMENTS.find((e) => e === connection.environment);
  const state = STATES.find((s) => s === connection.state);
  const certificate = connection.certificate;
  return (
    <Item>
      <Facts>
        <dt>{t('connections.kind')}</dt>
        <dd>{kind ? t(`connections.kinds.${kind}`) : connection.kind}</dd>
        <dt>{t('connections.environment')}</dt>
        <dd>{environment ? t(`connections.environments.${environment}`) : connection.environment}</dd>
        <dt>{t('connections.state')}</dt>
        <dd>{state ? t(`connections.states.${state}`) : connection.state}</dd>
        {connection.xroadClient && (
          <>
            <dt>{t('connections.subsystem')}</dt>
            <dd>
              <code>{connection.xroadClient}</code>
            </dd>
          </>
        )}
        {certificate && (
          <>
            <dt>{t('connections.certificateSubject')}</dt>
            <dd>{certificate.subject}</dd>
            <dt>{t('connections.certificateIssuer')}</dt>
            <dd>{certificate.issuer}</dd>
            <dt>{t('connections.fingerprint')}</dt>
            <dd>
              <code>{certificate.sha256}</code>
            </dd>
            {certificate.notBefore && certificate.notAfter && (
              <>
                <dt>{t('connections.certificateValid')}</dt>
                <dd>
                  {formatDate(certificate.notBefore, i18n.language)}–
                  {formatDate(certificate.notAfter, i18n.language)}
                </dd>
              </>
            )}
          </>
        )}
      </Facts>
    </Item>
  );
}

const List = styled.ul`
  margin: 0 0 ${spacing.m};
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  padding: ${spacing.s} ${spacing.m};
  background: ${colors.highlightLight4};

  & + & {
    margin-top: ${spacing.s};
  }

  dl {
    margin-bottom: 0;
  }
`;
