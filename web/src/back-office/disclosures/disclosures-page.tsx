/**
 * Luovutusloki: who was given whose data and when. The search is a POST (a hetu never goes into an address,
 * a history entry or a log line); the results come a page at a time, "Näytä lisää" continuing from the
 * last one (keyset cursor). Organisations to choose from are the permit holders: nobody else is disclosed to.
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styled from 'styled-components';
import {
  Button,
  DateInput,
  Dropdown,
  DropdownItem,
  ErrorSummary,
  Paragraph,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import {
  type DisclosureItem,
  type DisclosureSearch,
  type OrganisationRef,
  permitsQuery,
  useDisclosureSearch,
} from '../../api/back-office';
import { spacing } from '../../ui/tokens';
import { BackOfficePage } from '../layout/back-office-page';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { DateField } from '../ui/date-field';
import { fiToIso, formatDateTime } from '../ui/format';
import { ButtonRow, Table, TableRegion } from '../ui/table';
import { useLabels, useLanguage } from '../ui/use-labels';
import { VerifyChain } from './verify-chain';

const ANY = 'any';
const HETU = /^\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]$/i;

export function DisclosuresPage() {
  const { t } = useTranslation('backOffice');
  const language = useLanguage();
  const labels = useLabels();
  const permits = useQuery(permitsQuery({}));
  const search = useDisclosureSearch();
  const [hetu, setHetu] = useState('');
  const [organisationId, setOrganisationId] = useState(ANY);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [tried, setTried] = useState(0);
  const [criteria, setCriteria] = useState<DisclosureSearch>();
  const [items, setItems] = useState<DisclosureItem[]>();
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const summary = useRef<HTMLHeadingElement>(null);

  const organisations = useMemo(() => {
    const byId = new Map<string, OrganisationRef>();
    for (const row of permits.data ?? []) byId.set(row.organisation.id, row.organisation);
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, language));
  }, [permits.data, language]);

  const fromIso = from.trim() ? fiToIso(from) : undefined;
  const toIso = to.trim() ? fiToIso(to) : undefined;
  const errors = {
    hetu: hetu.trim() && !HETU.test(hetu.trim()) ? t('disclosures.hetuInvalid') : undefined,
    from: from.trim() && !fromIso ? t('validation.invalidDate') : undefined,
    to:
      to.trim() && !toIso
        ? t('validation.invalidDate')
        : fromIso && toIso && toIso < fromIso
          ? t('disclosures.toBeforeFrom')
          : undefined,
  };
  const errorItems = [
    ...(errors.hetu ? [{ text: errors.hetu, inputId: 'disclosure-hetu' }] : []),
    ...(errors.from ? [{ text: errors.from, inputId: 'disclosure-from' }] : []),
    ...(errors.to ? [{ text: errors.to, inputId: 'disclosure-to' }] : []),
  ];
  const show = tried > 0;

  useEffect(() => {
    if (tried > 0) summary.current?.focus();
  }, [tried]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (errorItems.length > 0) {
      setTried((n) => n + 1);
      return;
    }
    const next: DisclosureSearch = {
      ...(hetu.trim() ? { hetu: hetu.trim().toUpperCase() } : {}),
      ...(organisationId !== ANY ? { organisationId } : {}),
      ...(fromIso ? { from: fromIso } : {}),
      ...(toIso ? { to: toIso } : {}),
    };
    setTried(0);
    search.mutate(next, {
      onSuccess: (page) => {
        setCriteria(next);
        setItems(page.items);
        setNextCursor(page.nextCursor);
      },
    });
  }

  function more() {
    if (!criteria || !nextCursor) return;
    search.mutate(
      { ...criteria, cursor: nextCursor },
      {
        onSuccess: (page) => {
          setItems((current) => [...(current ?? []), ...page.items]);
          setNextCursor(page.nextCursor);
        },
      },
    );
  }

  return (
    <BackOfficePage title={t('disclosures.title')}>
      <Paragraph mb="m">{t('disclosures.lead')}</Paragraph>
      <form onSubmit={submit} noValidate aria-label={t('disclosures.formLabel')}>
        {show && errorItems.length > 0 && (
          <ErrorSummary
            headingText={t('validation.summaryHeading')}
            headingRef={summary}
            headingVariant="h2"
            items={errorItems}
            mb="m"
          />
        )}
        <Grid>
          <TextInput
            id="disclosure-hetu"
            labelText={t('disclosures.hetu')}
            hintText={t('disclosures.hetuHint')}
            optionalText={t('optional')}
            autoComplete="off"
            spellCheck={false}
            value={hetu}
            onChange={(value) => setHetu(String(value ?? ''))}
            status={show && errors.hetu ? 'error' : 'default'}
            statusText={show ? errors.hetu : undefined}
            maxLength={11}
          />
          <Dropdown
            labelText={t('disclosures.organisation')}
            value={organisationId}
            onChange={setOrganisationId}
          >
            {[
              <DropdownItem key={ANY} value={ANY}>
                {t('disclosures.anyOrganisation')}
              </DropdownItem>,
              ...organisations.map((organisation) => (
                <DropdownItem key={organisation.id} value={organisation.id}>
                  {`${organisation.name} (${organisation.businessId})`}
                </DropdownItem>
              )),
            ]}
          </Dropdown>
          <DateField>
            <DateInput
              fullWidth
              id="disclosure-from"
              labelText={t('disclosures.from')}
              hintText={t('dateHint')}
              optionalText={t('optional')}
              datePickerEnabled
              language={language}
              value={from}
              onChange={({ value }) => setFrom(value)}
              status={show && errors.from ? 'error' : 'default'}
              statusText={show ? errors.from : undefined}
            />
          </DateField>
          <DateField>
            <DateInput
              fullWidth
              id="disclosure-to"
              labelText={t('disclosures.to')}
              hintText={t('dateHint')}
              optionalText={t('optional')}
              datePickerEnabled
              language={language}
              value={to}
              onChange={({ value }) => setTo(value)}
              status={show && errors.to ? 'error' : 'default'}
              statusText={show ? errors.to : undefined}
            />
          </DateField>
        </Grid>
        <ButtonRow>
          <Button type="submit" disabled={search.isPending}>
            {t('disclosures.search')}
          </Button>
        </ButtonRow>
      </form>

      <Results>
        <ApiErrorAlert error={search.error} />
        {items && (
          <>
            <Paragraph mb="s" aria-live="polite">
              {nextCursor
                ? t('disclosures.countMore', { count: items.length })
                : t('disclosures.count', { count: items.length })}
            </Paragraph>
            {items.length > 0 && (
              <TableRegion label={t('disclosures.tableLabel')}>
                <Table>
                  <caption>{t('disclosures.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('disclosures.columns.at')}</th>
                      <th scope="col">{t('disclosures.columns.organisation')}</th>
                      <th scope="col">{t('disclosures.columns.interface')}</th>
                      <th scope="col">{t('disclosures.columns.operation')}</th>
                      <th scope="col" className="number">
                        {t('disclosures.columns.persons')}
                      </th>
                      <th scope="col">{t('disclosures.columns.permit')}</th>
                      <th scope="col" className="number">
                        {t('disclosures.columns.seq')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item) => (
                      <tr key={String(item.seq)}>
                        <td>{formatDateTime(item.at)}</td>
                        <td>
                          {typeof item.organisation === 'string'
                            ? item.organisation
                            : item.organisation
                              ? `${item.organisation.name} (${item.organisation.businessId})`
                              : '–'}
                        </td>
                        <td>{labels.interfaceName(item.interface)}</td>
                        <td>
                          <code>{item.operation}</code>
                        </td>
                        <td className="number">{item.persons}</td>
                        <td>
                          {item.permitId ? (
                            <RouterLink asComponent={Link} to={`/back-office/permits/${item.permitId}`}>
                              {t('disclosures.permitLink')}
                            </RouterLink>
                          ) : (
                            '–'
                          )}
                        </td>
                        <td className="number">{item.seq}</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </TableRegion>
            )}
            {nextCursor && (
              <Button variant="secondary" disabled={search.isPending} onClick={more}>
                {t('disclosures.more')}
              </Button>
            )}
          </>
        )}
      </Results>
      <VerifyChain />
    </BackOfficePage>
  );
}

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 250px), 1fr));
  gap: ${spacing.m};
  margin-bottom: ${spacing.m};

  & > * {
    min-width: 0;
  }
`;

const Results = styled.div`
  margin-top: ${spacing.xl};
`;
