import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Language } from '../../schema/service-definition.ts';

/** The builder's own interface language (the form being designed always has both). */
interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);
const STORAGE_KEY = 'builder.language';

function readPreference(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'lv';
  } catch {
    return 'lv';
  }
}

/**
 * Holds the interface language for the whole builder; Latvian first. `<html lang>` follows the
 * choice so screen readers pronounce the page in the right language (WCAG 3.1.1).
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(readPreference);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice then lasts for this page only.
    }
    setState(next);
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage: no LanguageProvider above this component');
  return state;
}

/**
 * Texts live beside the component that shows them, in both languages, so a screen's words are
 * read and reviewed in one file: `const T = { lv: {...}, en: {...} }; const t = useText(T);`.
 */
export function useText<T>(texts: { lv: T; en: T }): T {
  return texts[useLanguage().language];
}
