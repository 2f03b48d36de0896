/**
 * Names generated from labels: field keys (camelCase, like the demo services' keys) and ids of
 * steps, conditions and choice values (kebab-case, the URL-safe step-id alphabet). ASCII only:
 * Latvian letters lose their marks (ā -> a, ķ -> k), anything else becomes a word break.
 */
import { FORBIDDEN_PROPERTY_NAMES } from '../../schema/forbidden-property-names.ts';

const MAX_LENGTH = 40;

/** @example slugWords('Vārds, uzvārds') // ['vards', 'uzvards'] */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** @example camelKey('Vārds, uzvārds') // 'vardsUzvards' */
export function camelKey(text: string, fallback = 'field'): string {
  const words = slugWords(text);
  const key = words.map((word, i) => (i === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
  const cut = key.slice(0, MAX_LENGTH);
  return /^[a-z]/.test(cut) ? cut : fallback + cut.charAt(0).toUpperCase() + cut.slice(1);
}

/** @example kebabId('Par jums') // 'par-jums' */
export function kebabId(text: string, fallback: string): string {
  const id = slugWords(text).join('-').slice(0, MAX_LENGTH).replace(/-+$/, '');
  return id === '' ? fallback : id;
}

/**
 * `base`, or `base` with the first free number: `name`, `name2`, ... (or `name-2` with a joiner).
 * Names that are dangerous as JavaScript keys are never handed out.
 */
export function uniqueName(base: string, taken: ReadonlySet<string>, joiner = ''): string {
  const free = (name: string) => !taken.has(name) && !FORBIDDEN_PROPERTY_NAMES.has(name);
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${joiner}${n}`;
    if (free(candidate)) return candidate;
  }
}
