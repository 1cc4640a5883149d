/** The UI languages, and the choice remembered in this browser. Finnish is the source and the default. */
import type { Language } from '../api/types';

export const LANGUAGES = ['fi', 'sv', 'en'] as const satisfies readonly Language[];
export const DEFAULT_LANGUAGE: Language = 'fi';

const STORAGE_KEY = 'tietolupa.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

export function rememberedLanguage(): Language {
  const saved = readStorage();
  return isLanguage(saved) ? saved : DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be off (private mode, policy): the choice then lasts for this page load only.
  }
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
