/**
 * A repeated group of fields ("Loppuasiakas 1", "Loppuasiakas 2"…): each item is a fieldset with its own
 * fields and a remove button; the add button carries the field's id (the summary focuses it for
 * "too few"). A new item's first input gets focus; after a removal, the add button does.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, HintText, Label, StatusText } from 'suomifi-ui-components';
import { colors, spacing, typography } from '../../../ui/tokens';
import { useLocalized } from '../../localized';
import type { Answers } from '../conditions';
import { FieldLabel } from '../field-label';
import { FieldList } from '../field-list';
import { useFieldError } from '../form-env';
import { fieldDomId } from '../paths';
import type { FieldOf, FieldProps } from './field-props';

function asItems(value: unknown): Answers[] {
  return Array.isArray(value)
    ? value.map((item) => (typeof item === 'object' && item !== null ? (item as Answers) : {}))
    : [];
}

export function RepeatField({ field, path, value, onChange }: FieldProps<FieldOf<'repeat'>>) {
  const { t } = useTranslation('applications');
  const localized = useLocalized();
  const error = useFieldError(path);
  const items = asItems(value);
  const itemLabel = localized(field.itemLabel);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusItem, setFocusItem] = useState<number | 'add' | null>(null);
  const id = fieldDomId(path);

  useEffect(() => {
    if (focusItem === null) return;
    if (focusItem === 'add') addButton.current?.focus();
    else
      document
        .getElementById(`${id}-item-${focusItem}`)
        ?.querySelector<HTMLElement>('input, textarea, button')
        ?.focus();
    setFocusItem(null);
  }, [focusItem, id]);

  const canAdd = field.maxItems === undefined || items.length < field.maxItems;
  const canRemove = items.length > (field.minItems ?? 0);

  return (
    <Group role="group" aria-labelledby={`${id}-label`} aria-describedby={error ? `${id}-status` : undefined}>
      <Label id={`${id}-label`} mb="xs">
        <FieldLabel text={localized(field.label)} required={field.required} />
      </Label>
      {field.help && <HintText mb="s">{localized(field.help)}</HintText>}
      {items.map((item, index) => {
        const number = index + 1;
        return (
          // Items have no identity of their own; their position is what the paths name.
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the item's path
          <Item key={index} id={`${id}-item-${index}`}>
            <Legend>{t('form.repeat.itemHeading', { item: itemLabel, number })}</Legend>
            <FieldList
              fields={field.fields}
              scope={item}
              pathPrefix={`${path}.${index}`}
              onChange={(fieldId, fieldValue) =>
                onChange(
                  items.map((candidate, i) =>
                    i === index ? { ...candidate, [fieldId]: fieldValue } : candidate,
                  ),
                )
              }
            />
            {canRemove && (
              <Button
                variant="secondary"
                onClick={() => {
                  onChange(items.filter((_, i) => i !== index));
                  setFocusItem('add');
                }}
              >
                {t('form.repeat.remove', { item: itemLabel, number })}
              </Button>
            )}
          </Item>
        );
      })}
      {canAdd && (
        <Button
          id={id}
          ref={addButton}
          variant="secondary"
          onClick={() => {
            onChange([...items, {}]);
            setFocusItem(items.length);
          }}
        >
          {t('form.repeat.add', { item: itemLabel })}
        </Button>
      )}
      <StatusText id={`${id}-status`} status={error ? 'error' : 'default'} mt="xs">
        {error}
      </StatusText>
    </Group>
  );
}

const Group = styled.div`
  margin-bottom: ${spacing.l};
`;

const Item = styled.fieldset`
  margin: 0 0 ${spacing.m};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  border-radius: 2px;
  min-width: 0;
`;

const Legend = styled.legend`
  ${typography.bodySemiBold};
  padding: 0 ${spacing.xs};
`;
