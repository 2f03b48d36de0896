import { SERVICE_CODE_PATTERN } from '../../schema/service-definition.ts';

const LATVIAN_LETTERS: Record<string, string> = {
  ā: 'a',
  č: 'c',
  ē: 'e',
  ģ: 'g',
  ī: 'i',
  ķ: 'k',
  ļ: 'l',
  ņ: 'n',
  š: 's',
  ū: 'u',
  ž: 'z',
  ō: 'o',
  ŗ: 'r',
};

/**
 * A deep-link code suggested from a title, so staff never have to invent a URL-safe name:
 * Latvian letters lose their marks, everything else becomes single hyphens. Prefers the English
 * title (codes are read in links abroad too), falls back to the Latvian one. Empty when nothing
 * usable remains.
 *
 * @example suggestCode({ lv: 'Dzīvesvietas deklarēšana', en: '' }) // 'dzivesvietas-deklaresana'
 */
export function suggestCode(title: { lv: string; en: string }): string {
  for (const text of [title.en, title.lv]) {
    const code = slug(text);
    if (SERVICE_CODE_PATTERN.test(code)) return code;
  }
  return '';
}

function slug(text: string): string {
  const plain = [...text.toLowerCase()].map((ch) => LATVIAN_LETTERS[ch] ?? ch).join('');
  const ascii = plain.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const hyphenated = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return hyphenated.slice(0, 64).replace(/-+$/, '');
}
