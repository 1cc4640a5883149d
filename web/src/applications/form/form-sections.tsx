/** The form's visible sections, each a headed region with its intro and fields. */
import styled from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { FormDefinition } from '../../api/application-types';
import { colors, spacing } from '../../ui/tokens';
import { useLocalized } from '../localized';
import { type Answers, topLevelEntries, visibleSections } from './conditions';
import { FieldList } from './field-list';

export function FormSections({
  definition,
  answers,
  omitConfirm = false,
  onChange,
}: {
  definition: FormDefinition;
  answers: Answers;
  omitConfirm?: boolean;
  onChange: (fieldId: string, value: unknown) => void;
}) {
  const localized = useLocalized();
  const entries = topLevelEntries(definition);
  return (
    <>
      {visibleSections(definition, answers)
        .filter((section) => !omitConfirm || section.fields.some((field) => field.kind !== 'confirm'))
        .map((section) => (
          <Section key={section.id} aria-labelledby={`section-${section.id}`}>
            <Heading variant="h2" id={`section-${section.id}`} mb="s">
              {localized(section.title)}
            </Heading>
            {section.intro && <Paragraph mb="m">{localized(section.intro)}</Paragraph>}
            <FieldList
              fields={section.fields}
              scope={answers}
              scopeFields={entries}
              pathPrefix=""
              omitConfirm={omitConfirm}
              onChange={onChange}
            />
          </Section>
        ))}
    </>
  );
}

const Section = styled.section`
  padding-top: ${spacing.l};
  margin-bottom: ${spacing.m};
  border-top: 1px solid ${colors.depthLight2};
`;
