/**
 * The error summary after a refused send: focused when it appears (and announced: role=alert), one link
 * per issue naming the field and the problem; a link scrolls to the field and focuses it.
 */
import { useQuery } from '@tanstack/react-query';
import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from 'suomifi-ui-components';
import type { FormDefinition, ValidationIssue } from '../../api/application-types';
import { dataGroupsQuery } from '../../api/applications';
import { useLocalized } from '../localized';
import { useSmallScreen } from '../small-screen';
import { focusField } from './focus';
import { useIssueMessage } from './form-env';
import { describePath } from './paths';

export function IssueSummary({
  definition,
  issues,
  focusKey,
}: {
  definition: FormDefinition;
  issues: readonly ValidationIssue[];
  /** Changes on every refused send: the summary takes focus again. */
  focusKey: number;
}) {
  const { t } = useTranslation('validation');
  const heading = useRef<HTMLHeadingElement>(null);
  const label = useIssueLabel(definition);
  const message = useIssueMessage();
  const smallScreen = useSmallScreen();

  useEffect(() => {
    if (focusKey > 0) heading.current?.focus();
  }, [focusKey]);

  const items: { text: string; inputRef: RefObject<HTMLElement> }[] = [];
  for (const issue of issues) {
    const name = label(issue.path);
    // "Tietojen käyttötarkoitus: Tämä tieto on pakollinen." — a question needs no colon after it.
    const text = `${name}${name.endsWith('?') ? '' : ':'} ${message(issue)}`;
    if (items.some((item) => item.text === text)) continue;
    // The summary focuses the field itself: its label scrolled into view, then its input (focus.ts).
    const inputRef = {
      current: { focus: () => focusField(issue.path) },
    } as unknown as RefObject<HTMLElement>;
    items.push({ text, inputRef });
  }

  return (
    <ErrorSummary
      role="alert"
      headingText={t('summaryHeading')}
      headingRef={heading}
      headingVariant="h2"
      items={items}
      smallScreen={smallScreen}
      mb="l"
    />
  );
}

/** A path in words: "Loppuasiakas 2 – Y-tunnus", "Tietoryhmät – Henkilön nimi – Lainkohta". */
export function useIssueLabel(definition: FormDefinition): (path: string) => string {
  const { t } = useTranslation('applications');
  const localized = useLocalized();
  const groups = useQuery({ ...dataGroupsQuery(definition.id), enabled: false });
  return (path) => {
    const steps = describePath(definition, path);
    if (steps.length === 0) return path;
    const words: string[] = [];
    steps.forEach((step, index) => {
      // A repeat's own label is said by its item ("Loppuasiakas 2"), a data group's by the group's name.
      if (step.kind === 'field' && steps[index + 1]?.kind === 'item') return;
      if (step.kind === 'field') words.push(localized(step.label));
      else if (step.kind === 'item') words.push(`${localized(step.label)} ${step.index + 1}`);
      else if (step.kind === 'dataGroup') {
        const group = groups.data?.find((candidate) => candidate.code === step.code);
        words.push(group ? localized(group.title) : step.code);
      } else if (step.part === 'justification') words.push(t('form.dataGroups.justification'));
      else if (step.part === 'legalBasis') words.push(t('form.dataGroups.legalBasis'));
    });
    return words.join(' – ');
  };
}
