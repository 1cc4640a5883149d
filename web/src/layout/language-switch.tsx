/** The language menu of the header; the choice is remembered in this browser (i18n/languages.ts). */
import { useTranslation } from 'react-i18next';
import { LanguageMenu, LanguageMenuItem } from 'suomifi-ui-components';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES } from '../i18n/languages';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const currentName = t(`language.${current}`);

  return (
    <LanguageMenu buttonText={currentName} aria-label={t('language.menuLabel', { language: currentName })}>
      {LANGUAGES.map((language) => (
        <LanguageMenuItem
          key={language}
          lang={language}
          selected={language === current}
          onSelect={() => void i18n.changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </LanguageMenuItem>
      ))}
    </LanguageMenu>
  );
}
