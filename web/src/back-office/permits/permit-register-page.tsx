/** Luparekisteri: every permit, filtered by state (in the address), with its holder, validity and size. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Dropdown, DropdownItem, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import {
  type ConnectionRow,
  connectionsQuery,
  PERMIT_STATES,
  type PermitRow,
  permitsQuery,
} from '../../api/back-office';
import { BackOfficePage } from '../layout/back-office-page';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { formatDate } from '../ui/format';
import { Table, TableRegion } from '../ui/table';
import { useLabels } from '../ui/use-labels';

const ALL = 'all';

/** Connections per permit: approved ones, and those waiting for approval. */
function useConnectionCounts() {
  const approved = useQuery(connectionsQuery('approved'));
  const pending = useQuery(connectionsQuery('pending'));
  const count = (rows: ConnectionRow[] | undefined, permitId: string) =>
    (rows ?? []).filter((row) => row.permit.id === permitId).length;
  return {
    ready: approved.isSuccess && pending.isSuccess,
    approved: (permit: PermitRow) => count(approved.data, permit.id),
    pending: (permit: PermitRow) => count(pending.data, permit.id),
  };
}

export function PermitRegisterPage() {
  const { t } = useTranslation('backOffice');
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state');
  const state =
    stateParam && (PERMIT_STATES as readonly string[]).includes(stateParam) ? stateParam : undefined;
  const permits = useQuery(permitsQuery({ state }));
  const connections = useConnectionCounts();

  return (
    <BackOfficePage title={t('permits.title')}>
      <Dropdown
        labelText={t('permits.filterState')}
        value={state ?? ALL}
        onChange={(value) => setParams(value === ALL ? {} : { state: value }, { replace: true })}
        mb="l"
      >
        {[ALL, ...PERMIT_STATES].map((value) => (
          <DropdownItem key={value} value={value}>
            {value === ALL ? t('permits.allStates') : labels.permitState(value)}
          </DropdownItem>
        ))}
      </Dropdown>
      {permits.isPending && <LoadingSpinner text={t('loading', { ns: 'common' })} />}
      {permits.isError && <ApiErrorAlert error={permits.error} focus={false} />}
      {permits.data && (
        <>
          <Paragraph mb="s" aria-live="polite">
            {t('permits.count', { count: permits.data.length })}
          </Paragraph>
          {permits.data.length > 0 && (
            <TableRegion label={t('permits.tableLabel')}>
              <Table>
                <caption>{t('permits.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('permits.columns.holder')}</th>
                    <th scope="col">{t('permits.columns.interface')}</th>
                    <th scope="col">{t('permits.columns.state')}</th>
                    <th scope="col">{t('permits.columns.validity')}</th>
                    <th scope="col" className="number">
                      {t('permits.columns.dataGroups')}
                    </th>
                    <th scope="col" className="number">
                      {t('permits.columns.connections')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {permits.data.map((row) => (
                    <tr key={row.id}>
                      <td>
                        <RouterLink asComponent={Link} to={`/back-office/permits/${row.id}`}>
                          {row.organisation.name}
                        </RouterLink>
                        <div>{row.organisation.businessId}</div>
                        {row.reference && <div>{row.reference}</div>}
                      </td>
                      <td>
                        {labels.interfaceName(row.interface)}
                        {row.framework && <div>{t('permits.framework')}</div>}
                      </td>
                      <td data-testid="permit-state">{labels.permitState(row.state)}</td>
                      <td>{`${formatDate(row.validFrom)} – ${formatDate(row.validUntil)}`}</td>
                      <td className="number">{row.dataGroups.length}</td>
                      <td className="number">
                        {!connections.ready
                          ? '…'
                          : connections.pending(row) > 0
                            ? t('permits.connectionsWithPending', {
                                count: connections.approved(row),
                                pending: connections.pending(row),
                              })
                            : connections.approved(row)}
                      </td>
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
