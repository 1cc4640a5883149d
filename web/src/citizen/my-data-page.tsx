/**
 * /my-data, "Omat tietoni: kuka on saanut tietojani": from the disclosure log, which organisations have
 * received the logged-in person's data, when, through which interface and under which permit. DVV's real
 * service offers no such view, and the page says so.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { formatDateTime } from '../accounts/format';
import { WithSession } from '../accounts/session-gate';
import { type OwnDisclosure, ownDisclosuresQuery } from '../api/citizen';
import { isLanguage } from '../i18n/languages';
import { Page } from '../layout/page';
import { colors, spacing, typography } from '../ui/tokens';

export function MyDataPage() {
  const { t } = useTranslation('accounts');
  return (
    <Page title={t('myData.title')}>
      <Paragraph mb="s">{t('myData.lead')}</Paragraph>
      <InlineAlert mb="l">{t('myData.notInDvv')}</InlineAlert>
      <WithSession>{() => <Disclosures />}</WithSession>
    </Page>
  );
}

function Disclosures() {
  const { t } = useTranslation('accounts');
  const disclosures = useInfiniteQuery(ownDisclosuresQuery);
  if (disclosures.isPending) return <LoadingSpinner text={t('loading', { ns: 'common' })} />;
  if (disclosures.isError) return <InlineAlert status="error">{t('errors.loadFailed')}</InlineAlert>;
  const items = disclosures.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <>
        <Paragraph mb="s">{t('myData.none')}</Paragraph>
        <Paragraph>{t('myData.retention')}</Paragraph>
      </>
    );
  }
  return (
    <>
      {/* A region that scrolls sideways on a narrow screen, reachable by keyboard. */}
      <Scroller role="region" aria-labelledby="my-data-caption" tabIndex={0}>
        <Table>
          <caption id="my-data-caption">{t('myData.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('myData.at')}</th>
              <th scope="col">{t('myData.organisation')}</th>
              <th scope="col">{t('myData.interface')}</th>
              <th scope="col">{t('myData.dataGroups')}</th>
              <th scope="col">{t('myData.permit')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <DisclosureRow key={item.seq} item={item} />
            ))}
          </tbody>
        </Table>
      </Scroller>
      {disclosures.hasNextPage && (
        <Button
          variant="secondary"
          disabled={disclosures.isFetchingNextPage}
          onClick={() => void disclosures.fetchNextPage()}
        >
          {t('myData.more')}
        </Button>
      )}
      <Paragraph mt="m">{t('myData.retention')}</Paragraph>
    </>
  );
}

const INTERFACES = ['muutosrajapinta', 'vtjkysely'] as const;

function DisclosureRow({ item }: { item: OwnDisclosure }) {
  const { t, i18n } = useTranslation('accounts');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const iface = INTERFACES.find((i) => i === item.interface);
  return (
    <tr>
      <td>{formatDateTime(item.at, i18n.language)}</td>
      <td>
        {item.organisation.name ?? item.organisation.businessId}
        <Minor>{t('myData.businessId', { businessId: item.organisation.businessId })}</Minor>
        {item.endCustomer && (
          <Minor>
            {t('myData.endCustomer', {
              name: item.endCustomer.name ?? item.endCustomer.businessId,
              businessId: item.endCustomer.businessId,
            })}
          </Minor>
        )}
      </td>
      <td>
        {iface ? t(`permits.interfaces.${iface}`) : item.interface}
        <Minor>
          {t('myData.operation')}: {item.operation}
        </Minor>
      </td>
      <td>
        <GroupList>
          {item.dataGroups.map((group) => (
            <li key={group.code}>{group.name?.[language] ?? group.code}</li>
          ))}
        </GroupList>
      </td>
      <td>
        <PermitId>{item.permitId}</PermitId>
      </td>
    </tr>
  );
}

const Scroller = styled.div`
  overflow-x: auto;
  margin: 0 0 ${spacing.m};

  &:focus-visible {
    outline: 2px solid ${colors.accentSecondary};
  }
`;

const Table = styled.table`
  ${typography.bodyTextSmall};
  width: 100%;
  min-width: 640px;
  border-collapse: collapse;

  caption {
    ${typography.bodySemiBold};
    text-align: left;
    padding: 0 0 ${spacing.xs};
  }

  th,
  td {
    padding: ${spacing.xs} ${spacing.s};
    border-bottom: 1px solid ${colors.depthLight1};
    text-align: left;
    vertical-align: top;
  }

  th {
    ${typography.bodySemiBoldSmall};
    background: ${colors.highlightLight4};
  }
`;

const Minor = styled.span`
  display: block;
  color: ${colors.depthDark1};
`;

const GroupList = styled.ul`
  margin: 0;
  padding-left: ${spacing.m};
`;

const PermitId = styled.code`
  font-size: 0.85em;
  overflow-wrap: anywhere;
`;
