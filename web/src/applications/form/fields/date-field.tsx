/**
 * A date: typed as 31.12.2026 or picked from the calendar; the answer is stored as 2026-12-31. Text that is
 * not a date is kept as typed, so that the person sees it and the server names the problem.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from 'suomifi-ui-components';
import { isLanguage } from '../../../i18n/languages';
import { useLocalized } from '../../localized';
import { FieldLabel } from '../field-label';
import { useFieldError } from '../form-env';
import { fieldDomId } from '../paths';
import { asString, type FieldOf, type FieldProps } from './field-props';

export function isoToFinnish(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : value;
}

export function finnishToIso(text: string): string {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) return text.trim();
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return text.trim();
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function DateField({ field, path, value, onChange }: FieldProps<FieldOf<'date'>>) {
  const { t, i18n } = useTranslation('applications');
  const localized = useLocalized();
  const error = useFieldError(path);
  const stored = asString(value);
  const [text, setText] = useState(() => isoToFinnish(stored));
  // The answer changed elsewhere (a reload after a conflict): show it.
  const shown = finnishToIso(text) === stored ? text : isoToFinnish(stored);

  return (
    <DateInput
      id={fieldDomId(path)}
      labelText={<FieldLabel text={localized(field.label)} required={field.required} />}
      hintText={[localized(field.help), t('form.hints.date')].filter(Boolean).join(' ')}
      value={shown}
      onChange={({ value: typed }) => {
        setText(typed);
        onChange(finnishToIso(typed));
      }}
      datePickerEnabled
      language={isLanguage(i18n.language) ? i18n.language : 'fi'}
      status={error ? 'error' : 'default'}
      statusText={error}
      mb="l"
    />
  );
}
