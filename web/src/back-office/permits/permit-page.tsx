/**
 * One permit: holder, state, validity, the data groups granted, a framework permit's end customers, its
 * connections, and revoking it (with a reason shown to the holder, after a confirmation).
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import styled from 'styled-components';
import {
  Button,
  Heading,
  InlineAlert,
  LoadingSpinner,
  Paragraph,
  RouterLink,
  Textarea,
} from 'suomifi-ui-components';
import { type PermitDetail, permitQuery, useRevokePermit } from '../../api/back-office';
import { colors, spacing } from '../../ui/tokens';
import { BackOfficePage } from '../layout/back-office-page';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { formatDate, formatDateTime } from '../ui/format';
import { StatusMessage } from '../ui/status-message';
import { ButtonRow, FactList, Section, Table, TableRegion } from '../ui/table';
import { connectionIdentifier, useDataGroupNames, useLabels } from '../ui/use-labels';

const REVOCABLE = ['terms_pending', 'active'];

export function PermitPage() {
  const { t } = useTranslation('backOffice');
  const { permitId = '' } = useParams();
  const permit = useQuery(permitQuery(permitId));
  if (permit.isPending) {
    return (
      <BackOfficePage title={t('permit.loadingTitle')}>
        <LoadingSpinner text={t('loading', { ns: 'common' })} />
      </BackOfficePage>
    );
  }
  if (permit.isError) {
    return (
      <BackOfficePage title={t('permit.notFoundTitle')}>
        <ApiErrorAlert error={permit.error} focus={false} />
        <RouterLink asComponent={Link} to="/back-office/permits">
          {t('permit.back')}
        </RouterLink>
      </BackOfficePage>
    );
  }
  return <Permit permit={permit.data} />;
}

function Permit({ permit }: { permit: PermitDetail }) {
  const { t } = useTranslation('backOffice');
  const labels = useLabels();
  const names = useDataGroupNames(permit.interface);
  const holder = permit.organisation;
  // The revoking form goes away with the permit's new state: the outcome is said (and focused) here.
  const [revoked, setRevoked] = useState(false);
  const status = useRef<HTMLDivElement>(null);
  const onRevoked = () => {
    setRevoked(true);
    status.current?.focus();
  };
  const title = t('permit.title', {
    name: holder?.name ?? permit.reference ?? permit.id,
    interface: labels.interfaceName(permit.interface),
  });

  return (
    <BackOfficePage title={title}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/back-office/permits">
          {t('permit.back')}
        </RouterLink>
      </Paragraph>
      <div ref={status} tabIndex={-1}>
        <StatusMessage>{revoked ? t('permit.revoke.done') : ''}</StatusMessage>
      </div>
      <Section aria-labelledby="permit-facts">
        <Heading variant="h2" id="permit-facts" mb="s">
          {t('permit.facts')}
        </Heading>
        <FactList>
          {holder && (
            <>
              <dt>{t('permits.columns.holder')}</dt>
              <dd>{`${holder.name} (${holder.businessId})`}</dd>
            </>
          )}
          <dt>{t('permits.columns.interface')}</dt>
          <dd>
            {labels.interfaceName(permit.interface)}
            {permit.framework ? `, ${t('permits.framework')}` : ''}
          </dd>
          <dt>{t('permits.columns.state')}</dt>
          <dd data-testid="permit-state">{labels.permitState(permit.state)}</dd>
          <dt>{t('permits.columns.validity')}</dt>
          <dd>{`${formatDate(permit.validFrom)} – ${formatDate(permit.validUntil)}`}</dd>
          {permit.state === 'terms_pending' && permit.termsDeadline && (
            <>
              <dt>{t('permit.termsDeadline')}</dt>
              <dd>{formatDate(permit.termsDeadline)}</dd>
            </>
          )}
          {permit.termsAcceptedAt && (
            <>
              <dt>{t('permit.termsAccepted')}</dt>
              <dd>{formatDateTime(permit.termsAcceptedAt)}</dd>
            </>
          )}
          <dt>{t('permit.turvakielto')}</dt>
          <dd>{permit.turvakielto ? t('yes') : t('no')}</dd>
          {permit.products && permit.products.length > 0 && (
            <>
              <dt>{t('permit.products')}</dt>
              <dd>{permit.products.join(', ')}</dd>
            </>
          )}
          {permit.reference && (
            <>
              <dt>{t('permit.application')}</dt>
              <dd>
                {permit.applicationId ? (
                  <RouterLink asComponent={Link} to={`/back-office/applications/${permit.applicationId}`}>
                    {permit.reference}
                  </RouterLink>
                ) : (
                  permit.reference
                )}
              </dd>
            </>
          )}
          {permit.revocationReason && (
            <>
              <dt>{t('permit.revocationReason')}</dt>
              <dd style={{ whiteSpace: 'pre-wrap' }}>{permit.revocationReason}</dd>
            </>
          )}
        </FactList>
      </Section>

      <Section aria-labelledby="permit-groups">
        <Heading variant="h2" id="permit-groups" mb="s">
          {t('permit.dataGroups', { count: permit.dataGroups.length })}
        </Heading>
        <ul>
          {permit.dataGroups.map((code) => (
            <li key={code}>
              {names.name(code)} <Code>{code}</Code>
            </li>
          ))}
        </ul>
      </Section>

      {permit.endCustomers && permit.endCustomers.length > 0 && (
        <Section aria-labelledby="permit-end-customers">
          <Heading variant="h2" id="permit-end-customers" mb="s">
            {t('permit.endCustomers')}
          </Heading>
          <TableRegion label={t('permit.endCustomers')}>
            <Table>
              <caption>{t('permit.endCustomersCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('permit.endCustomer')}</th>
                  <th scope="col">{t('permit.endCustomerGroups')}</th>
                  <th scope="col">{t('permit.endCustomerApproved')}</th>
                </tr>
              </thead>
              <tbody>
                {permit.endCustomers.map((customer) => (
                  <tr key={customer.businessId}>
                    <td>{`${customer.name} (${customer.businessId})`}</td>
                    <td>{customer.dataGroups.map((code) => names.name(code)).join(', ') || '–'}</td>
                    <td>{customer.approved ? t('yes') : t('no')}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </TableRegion>
        </Section>
      )}

      <Section aria-labelledby="permit-connections">
        <Heading variant="h2" id="permit-connections" mb="s">
          {t('permit.connections')}
        </Heading>
        {permit.connections && permit.connections.length > 0 ? (
          <TableRegion label={t('permit.connections')}>
            <Table>
              <caption>{t('permit.connectionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('connections.columns.kind')}</th>
                  <th scope="col">{t('connections.columns.identifier')}</th>
                  <th scope="col">{t('connections.columns.environment')}</th>
                  <th scope="col">{t('connections.columns.state')}</th>
                </tr>
              </thead>
              <tbody>
                {permit.connections.map((connection) => (
                  <tr key={connection.id}>
                    <td>{labels.connectionKind(connection.kind)}</td>
                    <td>
                      <Code>{connectionIdentifier(connection)}</Code>
                    </td>
                    <td>{labels.environment(connection.environment)}</td>
                    <td>{labels.connectionState(connection.state)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </TableRegion>
        ) : (
          <Paragraph>{t('permit.noConnections')}</Paragraph>
        )}
      </Section>

      {REVOCABLE.includes(permit.state) && <Revoke permitId={permit.id} onRevoked={onRevoked} />}
    </BackOfficePage>
  );
}

function Revoke({ permitId, onRevoked }: { permitId: string; onRevoked: () => void }) {
  const { t } = useTranslation('backOffice');
  const revoke = useRevokePermit(permitId);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const missing = tried && reason.trim() === '';

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  function review(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (reason.trim() !== '') setConfirming(true);
  }

  return (
    <Section aria-labelledby="permit-revoke">
      <Heading variant="h2" id="permit-revoke" mb="s">
        {t('permit.revoke.heading')}
      </Heading>
      {!open ? (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('permit.revoke.start')}
        </Button>
      ) : !confirming ? (
        <RevokeBox as="form" onSubmit={review} noValidate>
          <Textarea
            labelText={t('permit.revoke.reason')}
            hintText={t('permit.revoke.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            status={missing ? 'error' : 'default'}
            statusText={missing ? t('permit.revoke.reasonRequired') : undefined}
            maxLength={5000}
            fullWidth
            mb="m"
          />
          <ButtonRow>
            <Button type="submit">{t('permit.revoke.review')}</Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              {t('cancel')}
            </Button>
          </ButtonRow>
        </RevokeBox>
      ) : (
        <RevokeBox>
          <Heading variant="h3" ref={confirmHeading} tabIndex={-1} mb="s">
            {t('permit.revoke.confirmHeading')}
          </Heading>
          <InlineAlert status="warning" mb="m">
            {t('permit.revoke.confirmNotice')}
          </InlineAlert>
          <Paragraph mb="m" style={{ whiteSpace: 'pre-wrap' }}>
            {reason.trim()}
          </Paragraph>
          <ApiErrorAlert error={revoke.error} />
          <ButtonRow>
            <Button
              disabled={revoke.isPending}
              onClick={() => revoke.mutate(reason.trim(), { onSuccess: onRevoked })}
            >
              {t('permit.revoke.confirm')}
            </Button>
            <Button variant="secondary" disabled={revoke.isPending} onClick={() => setConfirming(false)}>
              {t('permit.revoke.back')}
            </Button>
          </ButtonRow>
        </RevokeBox>
      )}
    </Section>
  );
}

const RevokeBox = styled.div`
  padding: ${spacing.m};
  border: 1px solid ${colors.alertBase};
  background: ${colors.alertLight1};
`;

const Code = styled.code`
  font-size: 0.85em;
  overflow-wrap: anywhere;
`;
