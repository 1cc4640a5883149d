/**
 * Data groups (tietoryhmät) of the form's interface: each chosen group opens its own justification and
 * legal provision (lainkohta). Groups a turvakielto protects say so beside their name.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import {
  Checkbox,
  CheckboxGroup,
  InlineAlert,
  LoadingSpinner,
  Textarea,
  VisuallyHidden,
} from 'suomifi-ui-components';
import { dataGroupsQuery } from '../../../api/applications';
import { colors, spacing, typography } from '../../../ui/tokens';
import { useLocalized } from '../../localized';
import { FieldLabel } from '../field-label';
import { useErrorLookup, useFormEnv } from '../form-env';
import { fieldDomId } from '../paths';
import type { FieldOf, FieldProps } from './field-props';

export interface DataGroupAnswer {
  justification: string;
  legalBasis: string;
}
export type DataGroupAnswers = Record<string, DataGroupAnswer>;

export function asDataGroupAnswers(value: unknown): DataGroupAnswers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const answers: DataGroupAnswers = {};
  for (const [code, answer] of Object.entries(value as Record<string, unknown>)) {
    const entry = (typeof answer === 'object' && answer !== null ? answer : {}) as Record<string, unknown>;
    answers[code] = {
      justification: typeof entry.justification === 'string' ? entry.justification : '',
      legalBasis: typeof entry.legalBasis === 'string' ? entry.legalBasis : '',
    };
  }
  return answers;
}

export function DataGroupsField({ field, path, value, onChange }: FieldProps<FieldOf<'dataGroups'>>) {
  const { t } = useTranslation('applications');
  const localized = useLocalized();
  const { formId } = useFormEnv();
  const groups = useQuery(dataGroupsQuery(formId));
  const errorAt = useErrorLookup();
  const error = errorAt(path);
  const answers = asDataGroupAnswers(value);
  const label = localized(field.label);

  if (groups.isPending) return <LoadingSpinner text={t('loading', { ns: 'common' })} mb="l" />;
  if (groups.isError) {
    return (
      <InlineAlert status="error" mb="l" labelText={label}>
        {t('form.dataGroups.unavailable')}
      </InlineAlert>
    );
  }

  function toggle(code: string, chosen: boolean) {
    const next = { ...answers };
    if (chosen) next[code] = answers[code] ?? { justification: '', legalBasis: '' };
    else delete next[code];
    onChange(next);
  }

  function update(code: string, part: keyof DataGroupAnswer, text: string) {
    const current = answers[code] ?? { justification: '', legalBasis: '' };
    onChange({ ...answers, [code]: { ...current, [part]: text } });
  }

  return (
    <div id={fieldDomId(path)}>
      <CheckboxGroup
        labelText={<FieldLabel text={label} required={field.required} />}
        groupHintText={[localized(field.help), t('form.dataGroups.hint')].filter(Boolean).join(' ')}
        groupStatus={error ? 'error' : 'default'}
        groupStatusText={error}
        mb="l"
      >
        {groups.data.map((group) => {
          const title = localized(group.title);
          const answer = answers[group.code];
          return (
            <GroupItem key={group.code}>
              <Checkbox
                id={fieldDomId(`${path}.${group.code}`)}
                checked={answer !== undefined}
                onClick={({ checkboxState }) => toggle(group.code, checkboxState)}
                hintText={
                  [
                    localized(group.description),
                    group.turvakielto ? t('form.dataGroups.turvakieltoHint') : '',
                  ]
                    .filter(Boolean)
                    .join(' ') || undefined
                }
                status={errorAt(`${path}.${group.code}`) ? 'error' : 'default'}
                statusText={errorAt(`${path}.${group.code}`)}
              >
                {title}
                {group.turvakielto && (
                  <>
                    {' '}
                    <ProtectedMark aria-hidden="true">{t('form.dataGroups.turvakielto')}</ProtectedMark>
                  </>
                )}
              </Checkbox>
              {answer && (
                <Reveal>
                  <Textarea
                    id={fieldDomId(`${path}.${group.code}.justification`)}
                    labelText={
                      <>
                        <FieldLabel text={t('form.dataGroups.justification')} required />
                        <VisuallyHidden> – {title}</VisuallyHidden>
                      </>
                    }
                    hintText={t('form.dataGroups.justificationHint')}
                    value={answer.justification}
                    onChange={(event) => update(group.code, 'justification', event.target.value)}
                    {...errorProps(errorAt(`${path}.${group.code}.justification`))}
                    rows={3}
                    resize="vertical"
                    fullWidth
                    mb="m"
                  />
                  <Textarea
                    id={fieldDomId(`${path}.${group.code}.legalBasis`)}
                    labelText={
                      <>
                        <FieldLabel text={t('form.dataGroups.legalBasis')} required />
                        <VisuallyHidden> – {title}</VisuallyHidden>
                      </>
                    }
                    hintText={t('form.dataGroups.legalBasisHint')}
                    value={answer.legalBasis}
                    onChange={(event) => update(group.code, 'legalBasis', event.target.value)}
                    {...errorProps(errorAt(`${path}.${group.code}.legalBasis`))}
                    rows={2}
                    resize="vertical"
                    fullWidth
                  />
                </Reveal>
              )}
            </GroupItem>
          );
        })}
      </CheckboxGroup>
    </div>
  );
}

function errorProps(message: string | undefined) {
  return { status: message ? ('error' as const) : ('default' as const), statusText: message };
}

const GroupItem = styled.div`
  & + & {
    margin-top: ${spacing.xs};
  }
`;

/** The answers of a chosen group, indented under its check box (GOV.UK's conditional reveal). */
const Reveal = styled.div`
  margin: ${spacing.s} 0 ${spacing.m} 14px;
  padding-left: ${spacing.m};
  border-left: 4px solid ${colors.depthLight1};
`;

const ProtectedMark = styled.span`
  ${typography.bodySemiBoldSmall};
  display: inline-block;
  padding: 0 ${spacing.xs};
  border-radius: 4px;
  color: ${colors.whiteBase};
  background: ${colors.alertBase};
`;
