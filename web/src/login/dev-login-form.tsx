/**
 * Choose a test person and identify. Submitting without a choice shows the error summary (focused) and
 * the error on the field, after the Suomi.fi error summary pattern.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorSummary, InlineAlert, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { useDevLogin } from '../api/dev-identity';
import type { TestPerson } from '../api/types';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';

const radioId = (person: TestPerson) => `test-person-${person.hetu}`;

export function DevLoginForm({ persons }: { persons: readonly TestPerson[] }) {
  const { t, i18n } = useTranslation('accounts');
  const login = useDevLogin();
  const [hetu, setHetu] = useState<string>();
  const [failedSubmits, setFailedSubmits] = useState(0);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const missingPerson = failedSubmits > 0 && hetu === undefined;
  const requiredText = t('testPersonRequired', { ns: 'validation' });

  useEffect(() => {
    if (failedSubmits > 0) summaryHeading.current?.focus();
  }, [failedSubmits]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (hetu === undefined) {
      setFailedSubmits((count) => count + 1);
      return;
    }
    if (login.isPending) return;
    const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
    // Once the new session is read, the login page moves on to Omat asiat.
    login.mutate({ hetu, language });
  }

  return (
    <form onSubmit={submit} noValidate>
      {missingPerson && persons[0] && (
        <ErrorSummary
          headingText={t('summaryHeading', { ns: 'validation' })}
          headingRef={summaryHeading}
          headingVariant="h3"
          items={[{ text: requiredText, inputId: radioId(persons[0]) }]}
          mb="l"
        />
      )}
      <RadioButtonGroup
        name="test-person"
        labelText={t('login.dev.personLabel')}
        value={hetu}
        onChange={setHetu}
        groupStatus={missingPerson ? 'error' : 'default'}
        groupStatusText={missingPerson ? requiredText : undefined}
        mb="l"
      >
        {persons.map((person) => (
          <RadioButton
            key={person.hetu}
            id={radioId(person)}
            value={person.hetu}
            hintText={t('login.dev.personHint', { hetu: person.hetu })}
          >
            {`${person.firstNames} ${person.lastName}`}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      {login.isError && (
        <InlineAlert status="error" mb="m">
          {t('login.failed')}
        </InlineAlert>
      )}
      <Button type="submit">{t('login.dev.submit')}</Button>
    </form>
  );
}
