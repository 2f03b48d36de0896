import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Language } from '../../schema/service-definition.ts';
import { en } from './en.ts';
import { readLanguagePreference, writeLanguagePreference } from './language-preference.ts';
import { lv } from './lv.ts';
import type { UiStrings } from './ui-strings.ts';

const DICTIONARIES: Record<Language, UiStrings> = { lv, en };

interface LanguageState {
  language: Language;
  strings: UiStrings;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Holds the chosen language for the whole page. Switching only re-renders texts: form data lives
 * in the pages' own state, so nothing typed is lost. `<html lang>` follows the choice so screen
 * readers pronounce the page in the right language (WCAG 3.1.1).
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => readLanguagePreference(browserStorage()));

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    writeLanguagePreference(browserStorage(), next);
    setLanguageState(next);
  }, []);

  const value = useMemo(
    () => ({ language, strings: DICTIONARIES[language], setLanguage }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The chosen language, its interface texts, and the way to change it. */
export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage: no LanguageProvider above this component');
  return state;
}

/** Both dictionaries, for the toggle, which names the other language in that language. */
export function stringsFor(language: Language): UiStrings {
  return DICTIONARIES[language];
}
