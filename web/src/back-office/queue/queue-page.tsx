/**
 * Jono: the cases sent to DVV, filtered by the address's query (queue-params.ts) and sorted by how long they
 * have waited. "Ota käsittelyyn" assigns a case that nobody has yet to oneself.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import styled from 'styled-components';
import { Button, LoadingSpinner, Paragraph, RouterLink, VisuallyHidden } from 'suomifi-ui-components';
import {
  type QueueFilter,
  type QueueItem,
  queueQuery,
  staffSessionQuery,
  useAssignFromQueue,
} from '../../api/back-office';
import { BackOfficePage } from '../layout/back-office-page';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { formatDate } from '../ui/format';
import { StatusMessage } from '../ui/status-message';
import { SortableHeader, Table, TableRegion } from '../ui/table';
import { useLabels } from '../ui/use-labels';
import { QueueFilters } from './queue-filters';
import { parseQueueParams, sortByAge, toQueueParams } from './queue-params';

const ASSIGNABLE = ['submitted', 'in_review'];

export function QueuePage() {
  const { t } = useTranslation('backOffice');
  const [params, setParams] = useSearchParams();
  const view = parseQueueParams(params);
  const queue = useQuery(queueQuery(view.filter));
  const assign = useAssignFromQueue();
  const [assigned, setAssigned] = useState<string>();

  function applyFilter(filter: QueueFilter) {
    setParams(toQueueParams({ ...view, filter }));
  }

  function toggleSort() {
    setParams(toQueueParams({ ...view, sort: view.sort === 'oldest' ? 'newest' : 'oldest' }), {
      replace: true,
    });
  }

  return (
    <BackOfficePage title={t('queue.title')}>
      {/* The filters are remounted when the address changes, so they always show what is applied. */}
      <QueueFilters key={params.toString()} filter={view.filter} onApply={applyFilter} />
      <StatusMessage>{assigned ? t('queue.assigned', { reference: assigned }) : ''}</StatusMessage>
      <ApiErrorAlert error={assign.error} />
      {queue.isPending && <LoadingSpinner text={t('loading', { ns: 'common' })} />}
      {queue.isError && <ApiErrorAlert error={queue.error} focus={false} />}
      {queue.data && (
        <>
          <Paragraph mb="s" aria-live="polite">
            {t('queue.count', { count: queue.data.length })}
          </Paragraph>
          {queue.data.length > 0 && (
            <QueueTable
              items={sortByAge(queue.data, view.sort)}
              sort={view.sort}
              onToggleSort={toggleSort}
              assigning={assign.isPending ? assign.variables : undefined}
              onAssign={(item) =>
                assign.mutate(item.id, { onSuccess: () => setAssigned(item.reference ?? item.id) })
              }
            />
          )}
        </>
      )}
    </BackOfficePage>
  );
}

function QueueTable({
  items,
  sort,
  onToggleSort,
  assigning,
  onAssign,
}: {
  items: QueueItem[];
  sort: 'oldest' | 'newest';
  onToggleSort: () => void;
  assigning: string | undefined;
  onAssign: (item: QueueItem) => void;
}) {
  const { t } = useTranslation('backOffice');
  const labels = useLabels();
  const session = useQuery(staffSessionQuery);
  const me = session.data?.staff.id;

  return (
    <TableRegion label={t('queue.tableLabel')}>
      <Table>
        <caption>{t('queue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.columns.reference')}</th>
            <th scope="col">{t('queue.columns.form')}</th>
            <th scope="col">{t('queue.columns.applicant')}</th>
            <th scope="col">{t('queue.columns.state')}</th>
            <th scope="col">{t('queue.columns.submitted')}</th>
            <SortableHeader
              className="number"
              label={t('queue.columns.age')}
              direction={sort === 'oldest' ? 'descending' : 'ascending'}
              onToggle={onToggleSort}
              hint={sort === 'oldest' ? t('queue.sortNewest') : t('queue.sortOldest')}
            />
            <th scope="col">{t('queue.columns.handler')}</th>
            <th scope="col">
              <VisuallyHidden>{t('queue.columns.actions')}</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const reference = item.reference ?? t('queue.noReference');
            return (
              <tr key={item.id}>
                <td>
                  <NoWrap>
                    <RouterLink asComponent={Link} to={`/back-office/applications/${item.id}`}>
                      {reference}
                    </RouterLink>
                  </NoWrap>
                </td>
                <td>
                  {labels.form(item.form)}
                  {item.kind === 'change' && <div>{t('kinds.change')}</div>}
                </td>
                <td>
                  {item.organisation.name}
                  <div>{item.organisation.businessId}</div>
                  {item.preparedBy && <div>{t('queue.preparedBy', { name: item.preparedBy.name })}</div>}
                </td>
                <td>{labels.caseState(item.state)}</td>
                <td>{formatDate(item.submittedAt)}</td>
                <td className="number">{item.ageDays}</td>
                <td>
                  {item.assignedTo
                    ? item.assignedTo.id === me
                      ? t('queue.me', { name: item.assignedTo.name })
                      : item.assignedTo.name
                    : t('queue.unassigned')}
                </td>
                <td>
                  {!item.assignedTo && ASSIGNABLE.includes(item.state) && (
                    <NoWrapButton
                      variant="secondary"
                      disabled={assigning === item.id}
                      onClick={() => onAssign(item)}
                    >
                      {t('queue.assign')}
                      <VisuallyHidden> {reference}</VisuallyHidden>
                    </NoWrapButton>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </TableRegion>
  );
}

const NoWrap = styled.span`
  white-space: nowrap;
`;

const NoWrapButton = styled(Button)`
  white-space: nowrap;
`;
