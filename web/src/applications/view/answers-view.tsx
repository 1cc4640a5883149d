/** The answers read-only, section by section, as they were sent (or as the customer is asked to approve). */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Link } from 'suomifi-ui-components';
import type { Attachment, Field, FormDefinition } from '../../api/application-types';
import { attachmentUrl, dataGroupsQuery, municipalitiesQuery } from '../../api/applications';
import { colors, spacing, typography } from '../../ui/tokens';
import {
  type Answers,
  type Entry,
  topLevelEntries,
  visibleFields,
  visibleSections,
} from '../form/conditions';
import { asDataGroupAnswers } from '../form/fields/data-groups-field';
import { isoToFinnish } from '../form/fields/date-field';
import { asString, asStrings } from '../form/fields/field-props';
import { useFormat } from '../format';
import { useLocalized, useMunicipalityName } from '../localized';

interface Context {
  definition: FormDefinition;
  attachments: readonly Attachment[];
  organisationId: string;
  applicationId: string;
}

export function AnswersView({
  answers,
  omitConfirm = false,
  ...context
}: Context & { answers: Answers; omitConfirm?: boolean }) {
  const localized = useLocalized();
  return (
    <>
      {visibleSections(context.definition, answers)
        .filter((section) => !omitConfirm || section.fields.some((field) => field.kind !== 'confirm'))
        .map((section) => (
          <Section key={section.id} aria-labelledby={`answers-${section.id}`}>
            <Heading variant="h3" id={`answers-${section.id}`} mb="s">
              {localized(section.title)}
            </Heading>
            <FieldValues
              fields={section.fields}
              scope={answers}
              scopeFields={topLevelEntries(context.definition)}
              omitConfirm={omitConfirm}
              context={context}
            />
          </Section>
        ))}
    </>
  );
}

function FieldValues({
  fields,
  scope,
  scopeFields,
  omitConfirm = false,
  context,
}: {
  fields: readonly Field[];
  scope: Answers;
  scopeFields?: readonly Entry[];
  omitConfirm?: boolean;
  context: Context;
}) {
  const localized = useLocalized();
  return (
    <List>
      {visibleFields(fields, scope, scopeFields)
        .filter((field) => !(omitConfirm && field.kind === 'confirm'))
        .map((field) => (
          <Row key={field.id}>
            <dt>{localized(field.label)}</dt>
            <dd>
              <FieldValue field={field} value={scope[field.id]} context={context} />
            </dd>
          </Row>
        ))}
    </List>
  );
}

function FieldValue({ field, value, context }: { field: Field; value: unknown; context: Context }) {
  const { t } = useTranslation('applications');
  const localized = useLocalized();
  const nameOf = useMunicipalityName();
  const format = useFormat();
  const municipalities = useQuery({ ...municipalitiesQuery, enabled: field.kind === 'municipalities' });
  const groups = useQuery({
    ...dataGroupsQuery(context.definition.id),
    enabled: field.kind === 'dataGroups',
  });
  const none = <Missing>{t('answers.none')}</Missing>;

  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'businessId':
    case 'hetuList':
    case 'legalBasis':
      return asString(value).trim() ? <Pre>{asString(value)}</Pre> : none;
    case 'date':
      return asString(value) ? isoToFinnish(asString(value)) : none;
    case 'choice': {
      const option = field.options.find((candidate) => candidate.value === value);
      return option ? localized(option.label) : none;
    }
    case 'multiChoice': {
      const chosen = field.options.filter((option) => asStrings(value).includes(option.value));
      return chosen.length ? (
        <Plain>
          {chosen.map((option) => (
            <li key={option.value}>{localized(option.label)}</li>
          ))}
        </Plain>
      ) : (
        none
      );
    }
    case 'yesNo':
      return value === true ? t('form.yes') : value === false ? t('form.no') : none;
    case 'confirm':
      return value === true ? t('answers.confirmed') : t('answers.notConfirmed');
    case 'municipalities': {
      const codes = asStrings(value);
      if (!codes.length) return none;
      return (
        <>
          {codes
            .map((code) => {
              const municipality = municipalities.data?.find((candidate) => candidate.code === code);
              return municipality ? nameOf(municipality.name) : code;
            })
            .join(', ')}
        </>
      );
    }
    case 'dataGroups': {
      const answers = Object.entries(asDataGroupAnswers(value));
      if (!answers.length) return none;
      return (
        <Plain>
          {answers.map(([code, answer]) => {
            const group = groups.data?.find((candidate) => candidate.code === code);
            return (
              <GroupItem key={code}>
                <strong>{group ? localized(group.title) : code}</strong>
                {group?.turvakielto && ` (${t('form.dataGroups.turvakielto')})`}
                <SubList>
                  <dt>{t('form.dataGroups.justification')}</dt>
                  <dd>{answer.justification ? <Pre>{answer.justification}</Pre> : none}</dd>
                  <dt>{t('form.dataGroups.legalBasis')}</dt>
                  <dd>{answer.legalBasis ? <Pre>{answer.legalBasis}</Pre> : none}</dd>
                </SubList>
              </GroupItem>
            );
          })}
        </Plain>
      );
    }
    case 'repeat': {
      const items = Array.isArray(value) ? (value as Answers[]) : [];
      if (!items.length) return none;
      return (
        <>
          {items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an item is its position
            <RepeatItem key={index}>
              <ItemHeading>
                {t('form.repeat.itemHeading', { item: localized(field.itemLabel), number: index + 1 })}
              </ItemHeading>
              <FieldValues fields={field.fields} scope={item ?? {}} context={context} />
            </RepeatItem>
          ))}
        </>
      );
    }
    case 'attachments': {
      const files = asStrings(value).flatMap((id) => context.attachments.filter((file) => file.id === id));
      if (!files.length) return none;
      return (
        <Plain>
          {files.map((file) => (
            <li key={file.id}>
              <Link href={attachmentUrl(context.organisationId, context.applicationId, file.id)}>
                {file.fileName}
              </Link>{' '}
              ({format.fileSize(file.size)})
            </li>
          ))}
        </Plain>
      );
    }
  }
}

const Section = styled.section`
  margin-bottom: ${spacing.l};
`;

const List = styled.dl`
  margin: 0;
`;

const Row = styled.div`
  padding: ${spacing.xs} 0;
  border-bottom: 1px solid ${colors.depthLight2};

  dt {
    ${typography.bodySemiBold};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

const Pre = styled.span`
  white-space: pre-wrap;
`;

const Missing = styled.span`
  color: ${colors.depthDark1};
`;

const Plain = styled.ul`
  margin: 0;
  padding-left: ${spacing.m};
`;

const GroupItem = styled.li`
  margin-bottom: ${spacing.xs};
`;

const SubList = styled.dl`
  margin: 0;
  dt {
    ${typography.bodyTextSmall};
    color: ${colors.depthDark1};
  }
  dd {
    margin: 0 0 ${spacing.xxs};
  }
`;

const RepeatItem = styled.div`
  margin: ${spacing.xs} 0;
  padding-left: ${spacing.s};
  border-left: 4px solid ${colors.depthLight1};
`;

const ItemHeading = styled.p`
  ${typography.bodySemiBold};
  margin: 0;
`;
