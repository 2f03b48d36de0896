import { LANGUAGES, type Language } from '../../schema/service-definition.ts';

const STORAGE_KEY = 'runtime.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language the citizen chose last time on this device; Latvian when none (Latvian first).
 * Storage can be missing or blocked (private mode, strict settings): the choice is then simply
 * not remembered, never an error on screen.
 */
export function readLanguagePreference(storage: Pick<Storage, 'getItem'> | undefined): Language {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'lv';
  } catch {
    return 'lv';
  }
}

/** Remembers the citizen's choice; see {@link readLanguagePreference} for why failures are silent. */
export function writeLanguagePreference(
  storage: Pick<Storage, 'setItem'> | undefined,
  language: Language,
): void {
  try {
    storage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable; the page keeps working in the chosen language.
  }
}
