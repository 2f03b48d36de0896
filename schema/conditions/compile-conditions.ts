/**
 * Conditions without code, compiled into standard draft-07 JSON Schema, so a published form is
 * plain JSON Schema that any validator understands and react-jsonschema-form renders.
 *
 * Fields shown under the same set of conditions (their own, and their step's) share one root
 * `allOf` entry:
 *
 * ```json
 * { "$comment": "compiled from form.conditions: pet-details",
 *   "if":   { "properties": { "hasPet": { "const": true } }, "required": ["hasPet"] },
 *   "then": { "properties": { "petName": { ... } }, "required": ["petName"] },
 *   "else": { "propertyNames": { "not": { "enum": ["petName"] } } } }
 * ```
 *
 * Why this shape (both checked in builder/conditions/compiled-conditions.test.ts):
 * - The field is declared only in `then`: react-jsonschema-form merges the branch that holds into
 *   the schema it renders, so the field appears exactly when the condition holds. A field kept in
 *   the root `properties` would always render (RJSF's merge can add, never remove), and
 *   `properties: { x: false }` makes RJSF's toPathSchema (used by omitExtraData) throw.
 * - `required` sits in `then`, so it applies only while the field is shown.
 * - `else` refuses the field's name, so ajv rejects an answer to a hidden question; the server's
 *   issue points at the field (`propertyNames` -> `/petName`). The runtime's `omitExtraData` with
 *   `liveOmit` drops such answers before they are sent.
 *
 * When it runs: every builder operation edits the decompiled form and compiles it again, so the
 * stored `form.schema` is always compiled; the server and the runtime only ever read it. The
 * checker reports `conditions_not_compiled` when a schema does not match its conditions.
 */
import { appendPointer } from '../json-pointer.ts';
import type { JsonSchema } from '../json-schema.ts';
import type { FormCondition, ServiceForm } from '../service-definition.ts';
import { COMPILED_CONDITION_COMMENT, defineOwn } from './compiled-entry.ts';
import { conditionSchema } from './condition-schema.ts';
import { decompileConditions } from './decompile-conditions.ts';
import { movePointerPrefix, rewriteTranslationKeys } from './rewrite-translation-keys.ts';

/**
 * Returns the form with its conditions compiled into `schema`. The input may be compiled already
 * or not, and is not changed; what did not change is shared with it. Conditions whose target does
 * not exist compile to nothing; the checker reports them.
 * @example compileConditions(def.form).schema.allOf // [{ $comment: 'compiled from form.conditions: ...', if, then, else }]
 */
export function compileConditions(form: ServiceForm): ServiceForm {
  const authored = decompileConditions(form);
  const conditions = authored.conditions ?? [];
  const groups = groupFieldsByConditions(authored, conditions);
  if (groups.length === 0) return authored;
  const { allOf, required: rootRequired, ...rest } = authored.schema;
  const properties: Record<string, JsonSchema> = { ...rest.properties };
  const conditional = new Set(groups.flatMap((group) => group.fields));
  const requiredKeys = new Set(Array.isArray(rootRequired) ? rootRequired : []);
  const entries: JsonSchema[] = Array.isArray(allOf) ? [...allOf] : [];
  const moves: Array<[string, string]> = [];

  for (const { conditionIndexes, fields } of groups) {
    const index = entries.length;
    const shown: Record<string, JsonSchema> = {};
    for (const key of fields) {
      defineOwn(shown, key, properties[key]);
      delete properties[key];
      moves.push([
        appendPointer('', 'properties', key),
        appendPointer('', 'allOf', index, 'then', 'properties', key),
      ]);
    }
    const applied = conditionIndexes.map((i) => conditions[i]!);
    const required = fields.filter((key) => requiredKeys.has(key));
    const when = applied.map(conditionSchema);
    const entry: JsonSchema = {
      $comment: COMPILED_CONDITION_COMMENT + applied.map((condition) => condition.id).join(', '),
      if: when.length === 1 ? when[0] : { allOf: when },
    };
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's then keyword; a non-function `then` is no thenable.
    entry.then = required.length > 0 ? { properties: shown, required } : { properties: shown };
    entry.else = { propertyNames: { not: { enum: fields } } };
    entries.push(entry);
  }
  const schema: JsonSchema = { ...rest, properties, allOf: entries };
  const stillRequired = Array.isArray(rootRequired)
    ? rootRequired.filter((key) => !conditional.has(key))
    : [];
  if (stillRequired.length > 0) schema.required = stillRequired;
  const en = authored.translations.en;
  if (!en) return { ...authored, schema };
  const translations = {
    ...authored.translations,
    en: rewriteTranslationKeys(en, (pointer) => {
      for (const [from, to] of moves) {
        const next = movePointerPrefix(from, to)(pointer);
        if (next !== undefined) return next;
      }
      return undefined;
    }),
  };
  return { ...authored, schema, translations };
}

interface FieldGroup {
  /** Indexes into `form.conditions`: the step's condition first, then the field's own. */
  conditionIndexes: number[];
  /** Sorted, so the compiled schema does not depend on property order. */
  fields: string[];
}

/** Top-level fields with at least one condition, grouped by the exact set, in condition order. */
function groupFieldsByConditions(form: ServiceForm, conditions: readonly FormCondition[]): FieldGroup[] {
  const stepCondition = new Map<string, number>();
  const fieldCondition = new Map<string, number>();
  conditions.forEach((condition, index) => {
    const byKind = condition.target.kind === 'step' ? stepCondition : fieldCondition;
    // A second condition on one target is reported by the checker; the first one applies.
    if (!byKind.has(condition.target.id)) byKind.set(condition.target.id, index);
  });
  const stepOfField = new Map<string, string>();
  for (const step of form.steps) {
    for (const field of step.fields) if (!stepOfField.has(field)) stepOfField.set(field, step.id);
  }
  const groups = new Map<string, FieldGroup>();
  for (const key of Object.keys(form.schema.properties ?? {})) {
    const indexes: number[] = [];
    const step = stepOfField.get(key);
    const byStep = step === undefined ? undefined : stepCondition.get(step);
    if (byStep !== undefined) indexes.push(byStep);
    const own = fieldCondition.get(key);
    if (own !== undefined) indexes.push(own);
    if (indexes.length === 0) continue;
    const id = indexes.join(',');
    const group = groups.get(id) ?? { conditionIndexes: indexes, fields: [] };
    group.fields.push(key);
    groups.set(id, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, fields: group.fields.sort() }))
    .sort((a, b) => compareIndexes(a.conditionIndexes, b.conditionIndexes));
}

function compareIndexes(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
