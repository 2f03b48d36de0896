import { parsePointer, valueAtPointer } from '../../schema/json-pointer.ts';
import type { Language } from '../../schema/service-definition.ts';

/** The field an issue path points at, by its label, so a message can name what staff see. */
export interface FieldRef {
  /** JSON Pointer into `form.schema`, e.g. `/properties/address/properties/city`. */
  pointer: string;
  label: string;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The translated title, or the Latvian one, or the field's key when it has no title yet. */
function labelOf(definition: unknown, schemaPointer: string, name: string, language: Language): string {
  const root = asRecord(definition);
  const form = asRecord(root?.form);
  const node = asRecord(valueAtPointer(form?.schema, parsePointer(schemaPointer) ?? []));
  if (language === 'en') {
    const en = asRecord(asRecord(form?.translations)?.en);
    const title = asRecord(en?.[schemaPointer])?.title;
    if (typeof title === 'string' && title.trim()) return title;
  }
  return typeof node?.title === 'string' && node.title.trim() ? node.title : name;
}

/**
 * Finds the deepest field named by a definition path: properties in the form schema, a field
 * named in a step, prefill rule or ui:order, or a translation key.
 *
 * @example fieldAtPath(def, '/form/schema/properties/phone/pattern', 'lv') // { pointer: '/properties/phone', label: 'Tālrunis' }
 */
export function fieldAtPath(definition: unknown, path: string, language: Language): FieldRef | undefined {
  const tokens = parsePointer(path);
  if (!tokens) return undefined;
  const form = asRecord(asRecord(definition)?.form);
  if (tokens[0] === 'form' && tokens[1] === 'schema') {
    let pointer = '';
    let name = '';
    for (let i = 2; i + 1 < tokens.length; i++) {
      if (tokens[i] === 'properties') {
        name = tokens[i + 1] ?? '';
        pointer += `/properties/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        i++;
      } else if (tokens[i] === 'items') pointer += '/items';
      else break;
    }
    return name ? { pointer, label: labelOf(definition, pointer, name, language) } : undefined;
  }
  if (tokens[0] === 'form' && tokens[1] === 'translations' && tokens[3]?.startsWith('/properties/')) {
    const name = tokens[3].split('/').at(-1) ?? '';
    return { pointer: tokens[3], label: labelOf(definition, tokens[3], name, language) };
  }
  const named = valueAtPointer(definition, tokens);
  if (
    typeof named === 'string' &&
    (tokens.includes('fields') || tokens.includes('prefill') || tokens.includes('ui:order'))
  ) {
    const pointer = `/properties/${named.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    const exists = asRecord(asRecord(form?.schema)?.properties)?.[named] !== undefined;
    return { pointer, label: exists ? labelOf(definition, pointer, named, language) : named };
  }
  if (tokens[0] === 'form' && tokens[1] === 'conditions' && tokens[2] !== undefined) {
    const target = asRecord(asRecord(valueAtPointer(definition, tokens.slice(0, 3)))?.target);
    if (target?.kind === 'field' && typeof target.id === 'string') {
      return fieldAtPath(definition, `/form/conditions/${tokens[2]}/target/id`, language);
    }
  }
  if (tokens[0] === 'settings' && tokens[1] === 'prefill' && tokens[2] !== undefined) {
    const rule = asRecord(valueAtPointer(definition, tokens.slice(0, 3)));
    if (typeof rule?.field === 'string')
      return fieldAtPath(definition, `/settings/prefill/${tokens[2]}/field`, language);
  }
  return undefined;
}
