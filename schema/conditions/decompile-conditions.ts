/**
 * The inverse of compileConditions: the form as the builder edits it, with every top-level field
 * back in the root `properties`, the `required` of conditional fields back in the root
 * `required`, no compiled entries, and translations keyed by the fields' root pointers. Operations
 * edit this shape and compile again, so none of them needs to know where conditions put a field.
 */
import { appendPointer, parsePointer } from '../json-pointer.ts';
import type { JsonSchema } from '../json-schema.ts';
import type { ServiceForm } from '../service-definition.ts';
import { defineOwn, isCompiledConditionEntry, isRecord } from './compiled-entry.ts';
import { rewriteTranslationKeys } from './rewrite-translation-keys.ts';

/**
 * Returns a new form and leaves the input alone. Copies only what it changes: field schemas,
 * UI schema and steps are shared with the input (the builder's undo history and memoised canvas
 * rows rely on unchanged parts keeping their identity).
 * @example decompileConditions(def.form).schema.properties // every top-level field
 */
export function decompileConditions(form: ServiceForm): ServiceForm {
  // A draft saved by a version 2 writer that left the list out has no conditions.
  const conditions = form.conditions ?? [];
  const allOf = Array.isArray(form.schema.allOf) ? form.schema.allOf : [];
  if (!allOf.some(isCompiledConditionEntry)) return form.conditions ? form : { ...form, conditions };

  const { allOf: _compiled, required: rootRequired, ...rest } = form.schema;
  const properties: Record<string, JsonSchema> = { ...(isRecord(rest.properties) ? rest.properties : {}) };
  const required = Array.isArray(rootRequired) ? [...rootRequired] : [];
  const kept: JsonSchema[] = [];
  /** New position of each hand-written entry. */
  const keptIndex = new Map<number, number>();
  /** Compiled entry index -> the fields it declared. */
  const moved = new Map<number, Set<string>>();
  allOf.forEach((entry, index) => {
    if (!isCompiledConditionEntry(entry)) {
      keptIndex.set(index, kept.length);
      kept.push(entry);
      return;
    }
    const fields = new Set<string>();
    moved.set(index, fields);
    const then = entry.then;
    if (!isRecord(then)) return;
    if (isRecord(then.properties)) {
      for (const [key, field] of Object.entries(then.properties)) {
        if (Object.hasOwn(properties, key)) continue; // a root field of the same name wins
        defineOwn(properties, key, field);
        fields.add(key);
      }
    }
    if (Array.isArray(then.required)) {
      for (const key of then.required) {
        if (typeof key === 'string' && fields.has(key) && !required.includes(key)) required.push(key);
      }
    }
  });

  const schema: JsonSchema = { ...rest, properties };
  if (rootRequired !== undefined || required.length > 0) schema.required = required;
  if (kept.length > 0) schema.allOf = kept;
  const en = form.translations.en;
  if (!en) return { ...form, schema, conditions };
  const translations = {
    ...form.translations,
    en: rewriteTranslationKeys(en, (pointer) => {
      const tokens = parsePointer(pointer);
      if (tokens?.[0] !== 'allOf') return undefined;
      const index = Number(tokens[1]);
      const fields = moved.get(index);
      if (fields) {
        // Only texts of the fields themselves survive; a compiled `if`/`else` has no texts.
        const [, , branch, keyword, key, ...tail] = tokens;
        if (branch !== 'then' || keyword !== 'properties' || key === undefined || !fields.has(key))
          return null;
        return appendPointer('', 'properties', key, ...tail);
      }
      const to = keptIndex.get(index);
      return to === undefined ? undefined : appendPointer('', 'allOf', to, ...tokens.slice(2));
    }),
  };
  return { ...form, schema, translations, conditions };
}
