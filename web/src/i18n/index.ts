/**
 * i18next with the app's texts. The language is the one chosen earlier in this browser (Finnish by
 * default); a change is remembered and sets <html lang> so that screen readers pronounce the page right.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, rememberedLanguage, rememberLanguage } from './languages';
import { NAMESPACES, resources } from './resources';

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  if (isLanguage(language)) rememberLanguage(language);
});

void i18n.use(initReactI18next).init({
  resources,
  // The texts are bundled: initialise synchronously, so the first render already has them.
  initAsync: false,
  lng: rememberedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  ns: NAMESPACES,
  defaultNS: 'common',
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});
