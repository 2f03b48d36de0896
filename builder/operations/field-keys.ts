/**
 * Field keys: generated once from the Latvian label (an ASCII camelCase slug) and never changed
 * when the label changes, because submitted data and agencies' systems use them. Unique across
 * the whole form, not just the container, so moving a field between sections rarely has to
 * rename it.
 */
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { LocalizedText, ServiceForm } from '../../schema/service-definition.ts';
import { camelKey, uniqueName } from './slug.ts';
import { isRecord } from './update-in.ts';

/** Every property name anywhere in the form schema (fields, their parts, rows' columns). */
export function allFieldKeys(form: ServiceForm): Set<string> {
  const keys = new Set<string>();
  const stack: unknown[] = [form.schema];
  while (stack.length > 0) {
    const schema = stack.pop() as JsonSchema;
    if (!isRecord(schema)) continue;
    if (isRecord(schema.properties)) {
      for (const [key, child] of Object.entries(schema.properties)) {
        keys.add(key);
        stack.push(child);
      }
    }
    if (isRecord(schema.items)) stack.push(schema.items);
  }
  return keys;
}

/**
 * The key a new field with this label gets.
 * @example nextFieldKey(def.form, { lv: 'E-pasts', en: 'E-mail' }) // 'ePasts', or 'ePasts2' when taken
 */
export function nextFieldKey(form: ServiceForm, label: LocalizedText): string {
  return uniqueName(camelKey(label.lv || label.en), allFieldKeys(form));
}

/** Keys we accept from a caller: what a generated key looks like, so every key is safe in a URL and in code. */
export const FIELD_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
