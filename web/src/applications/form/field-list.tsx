/** The visible fields of one scope (a section, or one item of a repeat), each with the editor of its kind. */
import type { Field } from '../../api/application-types';
import { type Answers, type Entry, visibleFields } from './conditions';
import { AttachmentsField } from './fields/attachments-field';
import { ChoiceField, ConfirmField, MultiChoiceField, YesNoField } from './fields/choice-field';
import { DataGroupsField } from './fields/data-groups-field';
import { DateField } from './fields/date-field';
import type { FieldProps } from './fields/field-props';
import { MunicipalitiesField } from './fields/municipalities-field';
import { RepeatField } from './fields/repeat-field';
import { TextAreaField, TextField } from './fields/text-field';

export function FieldList({
  fields,
  scope,
  scopeFields,
  pathPrefix,
  omitConfirm = false,
  onChange,
}: {
  fields: readonly Field[];
  scope: Answers;
  /** Every field of the scope, when `fields` are only some of them (one section of the form). */
  scopeFields?: readonly Entry[];
  /** '' for the answers' top level, `endCustomers.0` inside a repeat's item. */
  pathPrefix: string;
  /** Intermediary model: the customer's main user accepts the terms by approving, not the supplier. */
  omitConfirm?: boolean;
  onChange: (fieldId: string, value: unknown) => void;
}) {
  return (
    <>
      {visibleFields(fields, scope, scopeFields)
        .filter((field) => !(omitConfirm && field.kind === 'confirm'))
        .map((field) => {
          const path = pathPrefix ? `${pathPrefix}.${field.id}` : field.id;
          return (
            <FieldEditor
              key={field.id}
              field={field}
              path={path}
              value={scope[field.id]}
              onChange={(value) => onChange(field.id, value)}
            />
          );
        })}
    </>
  );
}

export function FieldEditor(props: FieldProps) {
  const { field } = props;
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'phone':
    case 'businessId':
      return <TextField {...props} field={field} />;
    case 'textarea':
    case 'hetuList':
    case 'legalBasis':
      return <TextAreaField {...props} field={field} />;
    case 'date':
      return <DateField {...props} field={field} />;
    case 'choice':
      return <ChoiceField {...props} field={field} />;
    case 'multiChoice':
      return <MultiChoiceField {...props} field={field} />;
    case 'yesNo':
      return <YesNoField {...props} field={field} />;
    case 'confirm':
      return <ConfirmField {...props} field={field} />;
    case 'municipalities':
      return <MunicipalitiesField {...props} field={field} />;
    case 'dataGroups':
      return <DataGroupsField {...props} field={field} />;
    case 'repeat':
      return <RepeatField {...props} field={field} />;
    case 'attachments':
      return <AttachmentsField {...props} field={field} />;
  }
}
