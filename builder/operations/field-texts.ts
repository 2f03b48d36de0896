import type { JsonSchema } from '../../schema/json-schema.ts';
import type { FieldText, ServiceForm } from '../../schema/service-definition.ts';
import type { FieldPlace } from './field-path.ts';
import { updateIn, withKey } from './update-in.ts';

/**
 * Sets one English text of the schema node at `pointer` (empty text removes it, and an entry
 * left empty goes). Latvian texts live in the schema and UI schema themselves; English ones in
 * `form.translations.en`, keyed by the same pointer.
 */
export function withEnglishText(
  form: ServiceForm,
  pointer: string,
  name: 'title' | 'description' | 'help',
  text: string,
): ServiceForm {
  const en = form.translations.en ?? {};
  const current: FieldText = Object.hasOwn(en, pointer) ? en[pointer]! : {};
  const next: FieldText = { ...current };
  if (text === '') delete next[name];
  else next[name] = text;
  const value = Object.keys(next).length > 0 ? next : undefined;
  return {
    ...form,
    translations: { ...form.translations, en: withKey(en, pointer, value) as Record<string, FieldText> },
  };
}

/** The form with the field's schema replaced by `update(schema)`. */
export function withFieldSchema(
  form: ServiceForm,
  field: FieldPlace,
  update: (schema: JsonSchema) => JsonSchema,
): ServiceForm {
  return {
    ...form,
    schema: updateIn(form.schema, field.schemaPath, (schema) => update(schema as JsonSchema)),
  };
}

/** A copy of `schema` with `key` set, or removed when `value` is undefined or ''. */
export function withSchemaKey(schema: JsonSchema, key: string, value: unknown): JsonSchema {
  return withKey(schema, key, value === '' ? undefined : value) as JsonSchema;
}
