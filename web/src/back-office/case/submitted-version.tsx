/**
 * A submitted version, read-only, with the form's own labels (GET /api/forms/:formId): every visible section
 * and field, in the form's order. Data groups with their justification and legal provision, repeats item by
 * item, attachments as download links. Answers the definition does not explain are listed last as they are.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import {
  attachmentUrl,
  type DataGroupInfo,
  type Field,
  type FormDefinition,
  formDefinitionQuery,
  municipalitiesQuery,
  type VersionAttachment,
} from '../../api/back-office';
import { colors, spacing, typography } from '../../ui/tokens';
import { formatDate, formatSize } from '../ui/format';
import { Table, TableRegion } from '../ui/table';
import { useDataGroupNames, useLanguage } from '../ui/use-labels';
import {
  type Content,
  dataGroupEntries,
  isEmpty,
  unexplainedKeys,
  visibleFields,
  visibleSections,
} from './form-values';

interface Props {
  caseId: string;
  formId: string;
  /** The groups applied for as the case has them (names, turvakielto), before the form API's list. */
  knownGroups?: readonly DataGroupInfo[];
  formVersion: number;
  content: Content;
  attachments: VersionAttachment[];
}

export function SubmittedVersion(props: Props) {
  const { t } = useTranslation('backOffice');
  const definition = useQuery({ ...formDefinitionQuery(props.formId), retry: false });

  if (definition.isPending) return <LoadingSpinner text={t('loading', { ns: 'common' })} />;
  if (definition.isError) {
    return (
      <>
        <InlineAlert status="warning" mb="m">
          {t('case.version.noDefinition')}
        </InlineAlert>
        <RawAnswers content={props.content} keys={Object.keys(props.content)} />
      </>
    );
  }
  return <WithDefinition {...props} definition={definition.data} />;
}

function WithDefinition({ definition, ...props }: Props & { definition: FormDefinition }) {
  const { t } = useTranslation('backOffice');
  const language = useLanguage();
  const extra = unexplainedKeys(definition, props.content);
  return (
    <div>
      {definition.version !== props.formVersion && (
        <InlineAlert status="neutral" mb="m">
          {t('case.version.otherFormVersion', { submitted: props.formVersion, current: definition.version })}
        </InlineAlert>
      )}
      {visibleSections(definition, props.content).map((section) => (
        <SectionBox key={section.id} aria-labelledby={`version-section-${section.id}`}>
          <Heading variant="h3" id={`version-section-${section.id}`} mb="s">
            {section.title[language]}
          </Heading>
          <Answers>
            {visibleFields(section.fields, props.content).map((field) => (
              <FieldAnswer key={field.id} field={field} value={props.content[field.id]} {...props} />
            ))}
          </Answers>
        </SectionBox>
      ))}
      {extra.length > 0 && (
        <SectionBox aria-labelledby="version-section-other">
          <Heading variant="h3" id="version-section-other" mb="s">
            {t('case.version.other')}
          </Heading>
          <RawAnswers content={props.content} keys={extra} />
        </SectionBox>
      )}
    </div>
  );
}

function FieldAnswer({
  field,
  value,
  formId,
  caseId,
  attachments,
  knownGroups,
}: {
  field: Field;
  value: unknown;
} & Props) {
  const language = useLanguage();
  return (
    <Answer>
      <dt>{field.label[language]}</dt>
      <dd>
        <Value
          field={field}
          value={value}
          formId={formId}
          caseId={caseId}
          attachments={attachments}
          knownGroups={knownGroups}
        />
      </dd>
    </Answer>
  );
}

function Value({
  field,
  value,
  formId,
  caseId,
  attachments,
  knownGroups,
}: {
  field: Field;
  value: unknown;
  formId: string;
  caseId: string;
  attachments: VersionAttachment[];
  knownGroups?: readonly DataGroupInfo[];
}): ReactNode {
  const { t } = useTranslation('backOffice');
  const language = useLanguage();
  if (isEmpty(value)) return <NoAnswer>{t('case.version.noAnswer')}</NoAnswer>;

  switch (field.kind) {
    case 'text':
    case 'email':
    case 'phone':
    case 'businessId':
    case 'legalBasis':
      return <Text>{String(value)}</Text>;
    case 'textarea':
    case 'hetuList':
      return <Text $pre>{String(value)}</Text>;
    case 'date':
      return formatDate(String(value));
    case 'choice': {
      const option = field.options.find((o) => o.value === value);
      return option ? option.label[language] : String(value);
    }
    case 'multiChoice': {
      const values = Array.isArray(value) ? value : [value];
      return (
        <Plain>
          {values.map((v) => (
            <li key={String(v)}>{field.options.find((o) => o.value === v)?.label[language] ?? String(v)}</li>
          ))}
        </Plain>
      );
    }
    case 'yesNo':
      return value === true ? t('yes') : t('no');
    case 'confirm':
      return value === true ? t('case.version.confirmed') : t('case.version.notConfirmed');
    case 'municipalities':
      return <Municipalities codes={Array.isArray(value) ? value.map(String) : [String(value)]} />;
    case 'dataGroups':
      return (
        <DataGroupsAnswer
          formId={formId}
          value={value}
          label={field.label[language]}
          knownGroups={knownGroups}
        />
      );
    case 'attachments': {
      const ids = Array.isArray(value) ? value.map(String) : [String(value)];
      return (
        <Plain>
          {ids.map((id) => {
            const file = attachments.find((a) => a.id === id);
            return <li key={id}>{file ? <AttachmentLink caseId={caseId} file={file} /> : id}</li>;
          })}
        </Plain>
      );
    }
    case 'repeat': {
      const items = Array.isArray(value) ? (value as Content[]) : [];
      return (
        <RepeatList>
          {items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the items of a frozen version never move.
            <li key={index}>
              <ItemHeading>{`${field.itemLabel[language]} ${index + 1}`}</ItemHeading>
              <Answers>
                {visibleFields(field.fields, item ?? {}).map((sub) => (
                  <Answer key={sub.id}>
                    <dt>{sub.label[language]}</dt>
                    <dd>
                      <Value
                        field={sub}
                        value={item?.[sub.id]}
                        formId={formId}
                        caseId={caseId}
                        attachments={attachments}
                        knownGroups={knownGroups}
                      />
                    </dd>
                  </Answer>
                ))}
              </Answers>
            </li>
          ))}
        </RepeatList>
      );
    }
    default:
      return <Text>{JSON.stringify(value)}</Text>;
  }
}

function DataGroupsAnswer({
  formId,
  value,
  label,
  knownGroups,
}: {
  formId: string;
  value: unknown;
  label: string;
  knownGroups?: readonly DataGroupInfo[];
}) {
  const { t } = useTranslation('backOffice');
  const language = useLanguage();
  const fromApi = useDataGroupNames(formId);
  const known = new Map((knownGroups ?? []).map((group) => [group.code, group]));
  const names = {
    name: (code: string) => known.get(code)?.title[language] ?? fromApi.name(code),
    isProtected: (code: string) => known.get(code)?.turvakielto ?? fromApi.isProtected(code),
  };
  const entries = dataGroupEntries(value);
  return (
    <TableRegion label={label}>
      <Table>
        <caption>{t('case.version.dataGroupsCaption', { count: entries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('case.version.dataGroup')}</th>
            <th scope="col">{t('case.version.justification')}</th>
            <th scope="col">{t('case.version.legalBasis')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.code}>
              <th scope="row">
                {names.name(entry.code)}
                {names.isProtected(entry.code) && <Small>{t('case.version.protectedGroup')}</Small>}
              </th>
              <td>
                <Text $pre>{entry.justification || '–'}</Text>
              </td>
              <td>{entry.legalBasis || '–'}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableRegion>
  );
}

function Municipalities({ codes }: { codes: string[] }) {
  const municipalities = useQuery({ ...municipalitiesQuery, retry: false });
  const language = useLanguage();
  const byCode = new Map((municipalities.data ?? []).map((m) => [m.code, m.name]));
  return (
    <Plain>
      {codes.map((code) => {
        const name = byCode.get(code);
        return <li key={code}>{name ? `${language === 'sv' ? name.sv : name.fi} (${code})` : code}</li>;
      })}
    </Plain>
  );
}

export function AttachmentLink({ caseId, file }: { caseId: string; file: VersionAttachment }) {
  const { t } = useTranslation('backOffice');
  const size = formatSize(file.size, { b: t('units.b'), kb: t('units.kb'), mb: t('units.mb') });
  return (
    <>
      <a href={attachmentUrl(caseId, file.id)} download={file.fileName}>
        {file.fileName}
      </a>{' '}
      <Small as="span">({size})</Small>
    </>
  );
}

function RawAnswers({ content, keys }: { content: Content; keys: string[] }) {
  return (
    <Answers>
      {keys.map((key) => (
        <Answer key={key}>
          <dt>{key}</dt>
          <dd>
            <Text $pre>
              {typeof content[key] === 'string'
                ? String(content[key])
                : JSON.stringify(content[key], null, 2)}
            </Text>
          </dd>
        </Answer>
      ))}
    </Answers>
  );
}

export function NoVersion() {
  const { t } = useTranslation('backOffice');
  return <Paragraph>{t('case.version.none')}</Paragraph>;
}

const SectionBox = styled.section`
  margin-bottom: ${spacing.l};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
`;

const Answers = styled.dl`
  margin: 0;
`;

const Answer = styled.div`
  padding: ${spacing.xs} 0;
  border-bottom: 1px solid ${colors.depthLight2};

  &:last-child {
    border-bottom: none;
  }

  dt {
    ${typography.bodySemiBoldSmall};
    margin-bottom: ${spacing.xxs};
  }

  dd {
    ${typography.bodyTextSmall};
    margin: 0;
  }
`;

const Text = styled.span<{ $pre?: boolean }>`
  white-space: ${({ $pre }) => ($pre ? 'pre-wrap' : 'normal')};
  overflow-wrap: anywhere;
`;

const NoAnswer = styled.span`
  color: ${colors.depthDark1};
  font-style: italic;
`;

const Small = styled.div`
  ${typography.bodyTextSmall};
  color: ${colors.depthDark1};
  font-weight: normal;
`;

const Plain = styled.ul`
  margin: 0;
  padding-left: ${spacing.m};
`;

const RepeatList = styled.ol`
  margin: 0;
  padding: 0;
  list-style: none;

  & > li {
    margin-bottom: ${spacing.s};
    padding: ${spacing.s};
    border-left: 4px solid ${colors.highlightLight2};
    background: ${colors.depthLight3};
  }
`;

const ItemHeading = styled.p`
  ${typography.bodySemiBold};
  margin: 0 0 ${spacing.xs};
`;
