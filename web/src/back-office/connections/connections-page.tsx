/**
 * Yhteydet: the X-Road subsystems and client certificates customers have asked to connect with, pending
 * DVV's approval (or, by the state filter, the ones already decided). Approve or reject each.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import styled from 'styled-components';
import {
  Button,
  Dropdown,
  DropdownItem,
  LoadingSpinner,
  Paragraph,
  RouterLink,
  VisuallyHidden,
} from 'suomifi-ui-components';
import { type ConnectionRow, connectionsQuery, useDecideConnection } from '../../api/back-office';
import { spacing } from '../../ui/tokens';
import { BackOfficePage } from '../layout/back-office-page';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { formatDate, formatDateTime } from '../ui/format';
import { StatusMessage } from '../ui/status-message';
import { Table, TableRegion } from '../ui/table';
import { connectionIdentifier, useLabels } from '../ui/use-labels';

const STATES = ['pending', 'approved', 'rejected', 'revoked'] as const;

export function ConnectionsPage() {
  const { t } = useTranslation('backOffice');
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state');
  const state = STATES.find((s) => s === stateParam) ?? 'pending';
  const connections = useQuery(connectionsQuery(state));
  const decide = useDecideConnection();
  const [done, setDone] = useState<string>();

  function act(row: ConnectionRow, action: 'approve' | 'reject') {
    setDone(undefined);
    decide.mutate(
      { id: row.id, action },
      {
        onSuccess: () =>
          setDone(
            t(action === 'approve' ? 'connections.approved' : 'connections.rejected', {
              name: connectionIdentifier(row),
            }),
          ),
      },
    );
  }

  return (
    <BackOfficePage title={t('connections.title')}>
      <Dropdown
        labelText={t('connections.filterState')}
        value={state}
        onChange={(value) => setParams(value === 'pending' ? {} : { state: value }, { replace: true })}
        mb="l"
      >
        {STATES.map((value) => (
          <DropdownItem key={value} value={value}>
            {labels.connectionState(value)}
          </DropdownItem>
        ))}
      </Dropdown>
      <StatusMessage>{done ?? ''}</StatusMessage>
      <ApiErrorAlert error={decide.error} />
      {connections.isPending && <LoadingSpinner text={t('loading', { ns: 'common' })} />}
      {connections.isError && <ApiErrorAlert error={connections.error} focus={false} />}
      {connections.data && (
        <>
          <Paragraph mb="s" aria-live="polite">
            {t('connections.count', { count: connections.data.length })}
          </Paragraph>
          {connections.data.length > 0 && (
            <TableRegion label={t('connections.tableLabel')}>
              <Table>
                <caption>{t('connections.caption', { state: labels.connectionState(state) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('connections.columns.organisation')}</th>
                    <th scope="col">{t('connections.columns.kind')}</th>
                    <th scope="col">{t('connections.columns.identifier')}</th>
                    <th scope="col">{t('connections.columns.environment')}</th>
                    <th scope="col">{t('connections.columns.permit')}</th>
                    <th scope="col">{t('connections.columns.requested')}</th>
                    {state === 'pending' && (
                      <th scope="col">
                        <VisuallyHidden>{t('connections.columns.actions')}</VisuallyHidden>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {connections.data.map((row) => (
                    <tr key={row.id}>
                      <td>
                        {row.organisation ? (
                          <>
                            {row.organisation.name}
                            <div>{row.organisation.businessId}</div>
                          </>
                        ) : (
                          '–'
                        )}
                      </td>
                      <td>{labels.connectionKind(row.kind)}</td>
                      <td>
                        <Code>{connectionIdentifier(row)}</Code>
                        {row.certificate && (
                          <>
                            <div>{t('connections.issuer', { issuer: row.certificate.issuer })}</div>
                            {row.certificate.notAfter && (
                              <div>
                                {t('connections.certificateValid', {
                                  from: formatDate(row.certificate.notBefore),
                                  until: formatDate(row.certificate.notAfter),
                                })}
                              </div>
                            )}
                            <Fingerprint>{`SHA-256 ${row.certificate.sha256}`}</Fingerprint>
                          </>
                        )}
                      </td>
                      <td>{labels.environment(row.environment)}</td>
                      <td>
                        {row.permit ? (
                          <RouterLink asComponent={Link} to={`/back-office/permits/${row.permit.id}`}>
                            {[
                              row.permit.interface ? labels.interfaceName(row.permit.interface) : undefined,
                              row.permit.state ? labels.permitState(row.permit.state) : undefined,
                            ]
                              .filter(Boolean)
                              .join(', ') || t('connections.permitLink')}
                          </RouterLink>
                        ) : (
                          '–'
                        )}
                      </td>
                      <td>{formatDateTime(row.createdAt)}</td>
                      {state === 'pending' && (
                        <td>
                          <Actions>
                            <Button
                              variant="secondary"
                              disabled={decide.isPending}
                              onClick={() => act(row, 'approve')}
                            >
                              {t('connections.approve')}
                              <VisuallyHidden> {connectionIdentifier(row)}</VisuallyHidden>
                            </Button>
                            <Button
                              variant="secondaryNoBorder"
                              disabled={decide.isPending}
                              onClick={() => act(row, 'reject')}
                            >
                              {t('connections.reject')}
                              <VisuallyHidden> {connectionIdentifier(row)}</VisuallyHidden>
                            </Button>
                          </Actions>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </Table>
            </TableRegion>
          )}
        </>
      )}
    </BackOfficePage>
  );
}

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.xs};
`;

const Code = styled.code`
  font-size: 0.85em;
  overflow-wrap: anywhere;
`;

const Fingerprint = styled.div`
  font-size: 0.75em;
  overflow-wrap: anywhere;
`;
