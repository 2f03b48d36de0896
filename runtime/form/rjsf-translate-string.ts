import { replaceStringParameters, type TranslatableString } from '@rjsf/utils';
import type { UiStrings } from '../i18n/ui-strings.ts';

/**
 * RJSF's `translateString` for its few built-in words (array buttons, "Yes"/"No"), looked up in
 * the page language's dictionary by their English original; anything not listed stays English.
 */
export function createTranslateString(
  words: UiStrings['formLibrary'],
): (text: TranslatableString, params?: string[]) => string {
  return (text, params) =>
    replaceStringParameters(Object.hasOwn(words, text) ? (words[text] ?? text) : text, params);
}
