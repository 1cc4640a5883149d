/**
 * The queue's filters. Edited here, applied to the address (and so to the list) on "Suodata"; "Tyhjennä"
 * goes back to every case. Nothing here is personal data.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { CASE_STATES, FORM_IDS, type QueueFilter } from '../../api/back-office';
import { spacing } from '../../ui/tokens';
import { ButtonRow } from '../ui/table';
import type { AssignedFilter } from './queue-params';

const ALL = 'all';
const OPEN = 'open';

export function QueueFilters({
  filter,
  onApply,
}: {
  filter: QueueFilter;
  onApply: (filter: QueueFilter) => void;
}) {
  const { t } = useTranslation('backOffice');
  const [form, setForm] = useState(filter.form ?? ALL);
  const [state, setState] = useState(filter.state ?? OPEN);
  const [organisation, setOrganisation] = useState(filter.organisation ?? '');
  const [minAge, setMinAge] = useState(filter.minAgeDays === undefined ? '' : String(filter.minAgeDays));
  const [assigned, setAssigned] = useState<AssignedFilter>(filter.assigned ?? 'any');
  const minAgeInvalid = minAge.trim() !== '' && !/^\d{1,4}$/.test(minAge.trim());

  function apply(event: FormEvent) {
    event.preventDefault();
    if (minAgeInvalid) return;
    onApply({
      ...(form !== ALL ? { form } : {}),
      state,
      ...(organisation.trim() ? { organisation: organisation.trim() } : {}),
      ...(minAge.trim() ? { minAgeDays: Number(minAge.trim()) } : {}),
      assigned,
    });
  }

  function clear() {
    setForm(ALL);
    setState(OPEN);
    setOrganisation('');
    setMinAge('');
    setAssigned('any');
    onApply({ state: OPEN, assigned: 'any' });
  }

  return (
    <form onSubmit={apply} noValidate aria-label={t('queue.filters.label')}>
      <Grid>
        <Dropdown labelText={t('queue.filters.form')} value={form} onChange={setForm}>
          {[ALL, ...FORM_IDS].map((value) => (
            <DropdownItem key={value} value={value}>
              {value === ALL ? t('queue.filters.allForms') : t(`forms.${value as (typeof FORM_IDS)[number]}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <Dropdown labelText={t('queue.filters.state')} value={state} onChange={setState}>
          {[OPEN, ALL, ...CASE_STATES].map((value) => (
            <DropdownItem key={value} value={value}>
              {value === OPEN
                ? t('queue.filters.openStates')
                : value === ALL
                  ? t('queue.filters.allStates')
                  : t(`states.${value as (typeof CASE_STATES)[number]}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <Dropdown
          labelText={t('queue.filters.assigned')}
          value={assigned}
          onChange={(value) => setAssigned(value as AssignedFilter)}
        >
          <DropdownItem value="any">{t('queue.filters.assignedAny')}</DropdownItem>
          <DropdownItem value="me">{t('queue.filters.assignedMe')}</DropdownItem>
          <DropdownItem value="none">{t('queue.filters.assignedNone')}</DropdownItem>
        </Dropdown>
        <TextInput
          labelText={t('queue.filters.organisation')}
          hintText={t('queue.filters.organisationHint')}
          optionalText={t('optional')}
          value={organisation}
          onChange={(value) => setOrganisation(String(value ?? ''))}
          maxLength={200}
        />
        <TextInput
          labelText={t('queue.filters.minAgeDays')}
          optionalText={t('optional')}
          inputMode="numeric"
          value={minAge}
          onChange={(value) => setMinAge(String(value ?? ''))}
          status={minAgeInvalid ? 'error' : 'default'}
          statusText={minAgeInvalid ? t('queue.filters.minAgeInvalid') : undefined}
        />
      </Grid>
      <ButtonRow>
        <Button type="submit">{t('queue.filters.apply')}</Button>
        <Button type="button" variant="secondary" onClick={clear}>
          {t('queue.filters.clear')}
        </Button>
      </ButtonRow>
    </form>
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

  & input {
    max-width: 100%;
  }
`;
