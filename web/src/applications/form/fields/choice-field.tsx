/**
 * Choices: one of a few options as radio buttons (a dropdown when there are many), several as check boxes,
 * yes/no, and a single confirmation check box. The group's wrapper carries the field's id, so the error
 * summary focuses its first input.
 */
import { useTranslation } from 'react-i18next';
import {
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  RadioButton,
  RadioButtonGroup,
} from 'suomifi-ui-components';
import { useLocalized } from '../../localized';
import { FieldLabel } from '../field-label';
import { useFieldError } from '../form-env';
import { fieldDomId } from '../paths';
import { asString, asStrings, type FieldOf, type FieldProps } from './field-props';

/** More options than this are a dropdown. */
const MAX_RADIO_OPTIONS = 6;

export function ChoiceField({ field, path, value, onChange }: FieldProps<FieldOf<'choice'>>) {
  const localized = useLocalized();
  const { t } = useTranslation('applications');
  const error = useFieldError(path);
  const id = fieldDomId(path);
  const label = <FieldLabel text={localized(field.label)} required={field.required} />;
  const selected = asString(value);

  if (field.options.length > MAX_RADIO_OPTIONS) {
    return (
      <Dropdown
        id={id}
        name={path}
        labelText={label}
        hintText={localized(field.help) || undefined}
        visualPlaceholder={t('form.choose')}
        value={selected || null}
        onChange={(next: string) => onChange(next)}
        status={error ? 'error' : 'default'}
        statusText={error}
        mb="l"
      >
        {field.options.map((option) => (
          <DropdownItem key={option.value} value={option.value}>
            {localized(option.label)}
          </DropdownItem>
        ))}
      </Dropdown>
    );
  }

  return (
    <div id={id}>
      <RadioButtonGroup
        name={path}
        labelText={label}
        groupHintText={localized(field.help) || undefined}
        value={selected}
        onChange={(next) => onChange(next)}
        groupStatus={error ? 'error' : 'default'}
        groupStatusText={error}
        mb="l"
      >
        {field.options.map((option) => (
          <RadioButton key={option.value} id={`${id}-${option.value}`} value={option.value}>
            {localized(option.label)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
    </div>
  );
}

export function MultiChoiceField({ field, path, value, onChange }: FieldProps<FieldOf<'multiChoice'>>) {
  const localized = useLocalized();
  const error = useFieldError(path);
  const id = fieldDomId(path);
  const chosen = asStrings(value);
  return (
    <div id={id}>
      <CheckboxGroup
        labelText={<FieldLabel text={localized(field.label)} required={field.required} />}
        groupHintText={localized(field.help) || undefined}
        groupStatus={error ? 'error' : 'default'}
        groupStatusText={error}
        mb="l"
      >
        {field.options.map((option) => (
          <Checkbox
            key={option.value}
            id={`${id}-${option.value}`}
            checked={chosen.includes(option.value)}
            status={error ? 'error' : 'default'}
            onClick={({ checkboxState }) =>
              onChange(
                checkboxState
                  ? [...chosen, option.value]
                  : chosen.filter((candidate) => candidate !== option.value),
              )
            }
          >
            {localized(option.label)}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </div>
  );
}

export function YesNoField({ field, path, value, onChange }: FieldProps<FieldOf<'yesNo'>>) {
  const localized = useLocalized();
  const { t } = useTranslation('applications');
  const error = useFieldError(path);
  const id = fieldDomId(path);
  return (
    <div id={id}>
      <RadioButtonGroup
        name={path}
        labelText={<FieldLabel text={localized(field.label)} required={field.required} />}
        groupHintText={localized(field.help) || undefined}
        value={value === true ? 'yes' : value === false ? 'no' : ''}
        onChange={(next) => onChange(next === 'yes')}
        groupStatus={error ? 'error' : 'default'}
        groupStatusText={error}
        mb="l"
      >
        <RadioButton id={`${id}-yes`} value="yes">
          {t('form.yes')}
        </RadioButton>
        <RadioButton id={`${id}-no`} value="no">
          {t('form.no')}
        </RadioButton>
      </RadioButtonGroup>
    </div>
  );
}

export function ConfirmField({ field, path, value, onChange }: FieldProps<FieldOf<'confirm'>>) {
  const localized = useLocalized();
  const error = useFieldError(path);
  return (
    <Checkbox
      id={fieldDomId(path)}
      checked={value === true}
      onClick={({ checkboxState }) => onChange(checkboxState ? true : undefined)}
      hintText={localized(field.help) || undefined}
      status={error ? 'error' : 'default'}
      statusText={error}
      mb="l"
    >
      <FieldLabel text={localized(field.label)} required={field.required} />
    </Checkbox>
  );
}
