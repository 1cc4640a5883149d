/**
 * One-line and multi-line text: text, email, phone, Y-tunnus, a list of identity codes (one a line) and
 * the turvakielto legal basis (a text area whose help says which laws are valid).
 */
import { useTranslation } from 'react-i18next';
import { Textarea, TextInput } from 'suomifi-ui-components';
import { useLocalized } from '../../localized';
import { FieldLabel } from '../field-label';
import { useFieldError } from '../form-env';
import { fieldDomId } from '../paths';
import { asString, type FieldOf, type FieldProps, maxLengthOf } from './field-props';

type TextKind = 'text' | 'email' | 'phone' | 'businessId';
type AreaKind = 'textarea' | 'hetuList' | 'legalBasis';

function inputType(kind: string): 'text' | 'email' | 'tel' {
  return kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : 'text';
}

function autoComplete(kind: string): string | undefined {
  return kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : kind === 'businessId' ? 'off' : undefined;
}

export function TextField({ field, path, value, onChange }: FieldProps<FieldOf<TextKind>>) {
  const { t } = useTranslation('applications');
  const localized = useLocalized();
  const error = useFieldError(path);
  const maxLength = maxLengthOf(field);
  const hint =
    localized(field.help) ||
    (field.kind === 'businessId' ? t('form.hints.businessId') : undefined) ||
    undefined;
  const counter = maxLength
    ? {
        characterLimit: maxLength,
        ariaCharactersRemainingText: (amount: number) => t('form.charactersRemaining', { count: amount }),
        ariaCharactersExceededText: (amount: number) => t('form.charactersExceeded', { count: amount }),
      }
    : {};
  return (
    <TextInput
      id={fieldDomId(path)}
      labelText={<FieldLabel text={localized(field.label)} required={field.required} />}
      hintText={hint}
      type={inputType(field.kind)}
      autoComplete={autoComplete(field.kind)}
      value={asString(value)}
      onChange={(next) => onChange(String(next ?? ''))}
      status={error ? 'error' : 'default'}
      statusText={error}
      fullWidth
      mb="l"
      {...counter}
    />
  );
}

export function TextAreaField({ field, path, value, onChange }: FieldProps<FieldOf<AreaKind>>) {
  const { t } = useTranslation('applications');
  const localized = useLocalized();
  const error = useFieldError(path);
  const maxLength = maxLengthOf(field);
  const ownHelp = localized(field.help);
  const hint =
    field.kind === 'hetuList'
      ? [ownHelp, t('form.hints.hetuList')].filter(Boolean).join(' ')
      : field.kind === 'legalBasis'
        ? ownHelp || t('form.hints.legalBasis')
        : ownHelp || undefined;
  const counter = maxLength
    ? {
        characterLimit: maxLength,
        ariaCharactersRemainingText: (amount: number) => t('form.charactersRemaining', { count: amount }),
        ariaCharactersExceededText: (amount: number) => t('form.charactersExceeded', { count: amount }),
      }
    : {};
  return (
    <Textarea
      id={fieldDomId(path)}
      labelText={<FieldLabel text={localized(field.label)} required={field.required} />}
      hintText={hint}
      value={asString(value)}
      onChange={(event) => onChange(event.target.value)}
      status={error ? 'error' : 'default'}
      statusText={error}
      spellCheck={field.kind !== 'hetuList'}
      rows={field.kind === 'hetuList' ? 6 : 4}
      resize="vertical"
      fullWidth
      mb="l"
      {...counter}
    />
  );
}
