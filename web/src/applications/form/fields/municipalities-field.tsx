/** Municipalities: a searchable multi-select (type a part of the name), the chosen ones as removable chips. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert, MultiSelect } from 'suomifi-ui-components';
import { municipalitiesQuery } from '../../../api/applications';
import { useLocalized, useMunicipalityName } from '../../localized';
import { FieldLabel } from '../field-label';
import { useFieldError } from '../form-env';
import { fieldDomId } from '../paths';
import { asStrings, type FieldOf, type FieldProps } from './field-props';
import { useStaleIdrefGuard } from './idref-guard';

interface Item {
  uniqueItemId: string;
  labelText: string;
}

export function MunicipalitiesField({ field, path, value, onChange }: FieldProps<FieldOf<'municipalities'>>) {
  const { t } = useTranslation('applications');
  const localized = useLocalized();
  const nameOf = useMunicipalityName();
  const error = useFieldError(path);
  const municipalities = useQuery(municipalitiesQuery);
  useStaleIdrefGuard(fieldDomId(path));
  const items = useMemo<Item[]>(
    () =>
      (municipalities.data ?? [])
        .map((municipality) => ({
          uniqueItemId: municipality.code,
          labelText: `${nameOf(municipality.name)} (${municipality.code})`,
        }))
        .sort((a, b) => a.labelText.localeCompare(b.labelText)),
    [municipalities.data, nameOf],
  );
  const chosen = asStrings(value);
  const selectedItems = chosen.map(
    (code) => items.find((item) => item.uniqueItemId === code) ?? { uniqueItemId: code, labelText: code },
  );

  if (municipalities.isError) {
    return (
      <InlineAlert status="error" mb="l" labelText={localized(field.label)}>
        {t('form.municipalities.unavailable')}
      </InlineAlert>
    );
  }

  return (
    <MultiSelect<Item>
      id={fieldDomId(path)}
      labelText={<FieldLabel text={localized(field.label)} required={field.required} />}
      hintText={[localized(field.help), t('form.municipalities.hint')].filter(Boolean).join(' ')}
      items={items}
      selectedItems={selectedItems}
      onItemSelect={(code) =>
        onChange(chosen.includes(code) ? chosen.filter((candidate) => candidate !== code) : [...chosen, code])
      }
      onRemoveAll={() => onChange([])}
      chipListVisible
      ariaChipActionLabel={t('form.municipalities.remove')}
      removeAllButtonLabel={t('form.municipalities.removeAll')}
      visualPlaceholder={t('form.municipalities.placeholder')}
      noItemsText={t('form.municipalities.noMatches')}
      ariaSelectedAmountTextFunction={(amount) => t('form.municipalities.selectedAmount', { count: amount })}
      ariaOptionsAvailableTextFunction={(amount) =>
        t('form.municipalities.optionsAvailable', { count: amount })
      }
      ariaOptionChipRemovedTextFunction={(option) => t('form.municipalities.chipRemoved', { option })}
      loading={municipalities.isPending}
      loadingText={t('loading', { ns: 'common' })}
      status={error ? 'error' : 'default'}
      statusText={error}
      fullWidth
      mb="l"
    />
  );
}
