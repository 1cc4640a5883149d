/** Texts given in all three languages (form labels, data-group names): the one of the UI language. */
import { useTranslation } from 'react-i18next';
import type { Localized } from '../api/application-types';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';

export function useLocalized(): (text: Localized | undefined) => string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return (text) => (text ? text[language] || text.fi : '');
}

/** Municipality names exist in Finnish and Swedish; English uses the Finnish name. */
export function useMunicipalityName(): (name: { fi: string; sv: string }) => string {
  const { i18n } = useTranslation();
  return (name) => (i18n.language === 'sv' ? name.sv || name.fi : name.fi);
}
