import { type IsoDuration, parseIsoDuration } from '../../schema/iso-duration.ts';
import { isLatvianSingular } from '../../schema/latvian-count.ts';
import type { Language } from '../../schema/service-definition.ts';

type Unit = keyof IsoDuration;

const UNIT_WORDS: Record<Language, Record<Unit, [one: string, many: string]>> = {
  lv: {
    years: ['gads', 'gadi'],
    months: ['mēnesis', 'mēneši'],
    weeks: ['nedēļa', 'nedēļas'],
    days: ['diena', 'dienas'],
    hours: ['stunda', 'stundas'],
    minutes: ['minūte', 'minūtes'],
    seconds: ['sekunde', 'sekundes'],
  },
  en: {
    years: ['year', 'years'],
    months: ['month', 'months'],
    weeks: ['week', 'weeks'],
    days: ['day', 'days'],
    hours: ['hour', 'hours'],
    minutes: ['minute', 'minutes'],
    seconds: ['second', 'seconds'],
  },
};

/**
 * A service's target processing time in words when it is a whole number of one unit ("3 dienas",
 * "2 weeks"); anything else (`P1M15D`, `P1.5D`) is shown as written, which staff who set it know.
 * @example describeTarget('P3D', 'lv') // '3 dienas'
 */
export function describeTarget(iso: string, language: Language): string {
  const duration = parseIsoDuration(iso);
  if (!duration) return iso;
  const used = (Object.keys(duration) as Unit[]).filter((unit) => duration[unit] > 0);
  const unit = used[0];
  if (used.length !== 1 || unit === undefined || !Number.isInteger(duration[unit])) return iso;
  const n = duration[unit];
  const [one, many] = UNIT_WORDS[language][unit];
  const singular = language === 'lv' ? isLatvianSingular(n) : n === 1;
  return `${n} ${singular ? one : many}`;
}
