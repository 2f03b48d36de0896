import type { Language } from '../../schema/service-definition.ts';

/**
 * A moment as staff read it on the case screens: medium date and short time in the interface
 * language.
 * @example formatDateTime('2026-11-23T08:00:00.000Z', 'en') // '23 Nov 2026, 10:00' (in Riga)
 */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'lv' ? 'lv-LV' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
