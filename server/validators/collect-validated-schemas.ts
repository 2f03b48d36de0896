/**
 * Every schema the citizen runtime's form library (RJSF) may hand to `validator.isValid` for a
 * form, so each can be compiled ahead of time. RJSF asks about:
 * - the form itself (validating answers);
 * - each `if` condition it meets, in the form as written or in a shape built by resolving refs,
 *   dependencies, allOf and conditions (schema-variants.ts);
 * - the `{ properties: { key } }` test of each branch of a `dependencies` oneOf;
 * - each `oneOf`/`anyOf` option while it matches answers to options: as written, with refs
 *   resolved, with all branches taken, with `additionalProperties: false` relaxed for scoring,
 *   and each made stricter by needing one of its properties (getFirstMatchingOption).
 * (RJSF's `discriminator` matching never happens: the definition checker's ajv refuses that keyword.)
 * The search over-approximates: a schema compiled but never asked about costs a few bytes.
 *
 * Not foreseen: an option that itself holds `allOf` is merged in the browser by a merge library
 * we do not emulate. A schema missing at run time is reported by the browser's validator
 * (runtime/form/precompiled-validator.ts) and counts as not matching; the server validates every
 * submission in full regardless. runtime/form/validated-schemas-oracle.test.tsx checks this list
 * against RJSF's own parser and against RJSF at work on tricky forms.
 */
import type { JsonSchema } from '../../schema/json-schema.ts';
import { stripAnnotations, validatorName } from '../../schema/validator-key.ts';
import { expandBranches, isSchema, resolveRefs, type Schema } from './schema-variants.ts';

const SINGLE = [
  'items',
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
];
const LIST = ['items', 'allOf', 'anyOf', 'oneOf'];
const MAP = ['properties', 'patternProperties', 'definitions', 'dependencies'];

/**
 * Shapes of shapes are explored this far: a definition that refers to itself unfolds one level
 * more with each generation, and three already hold every condition and option list of it.
 */
const MAX_GENERATIONS = 3;

/**
 * A bound on the shapes explored, far above what the definition checker's complexity limits
 * allow, so a pathological form cannot make publishing hang; past it, the list is what was found.
 */
const MAX_SHAPES = 20_000;

/** Every subschema of `schema`, itself included (iterative: forms can nest deep). */
function subschemas(schema: Schema): Schema[] {
  const found: Schema[] = [];
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isSchema(node)) continue;
    found.push(node);
    for (const keyword of SINGLE) if (!Array.isArray(node[keyword])) stack.push(node[keyword]);
    for (const keyword of LIST) if (Array.isArray(node[keyword])) stack.push(...(node[keyword] as unknown[]));
    for (const keyword of MAP) if (isSchema(node[keyword])) stack.push(...Object.values(node[keyword]));
  }
  return found;
}

/** `getFirstMatchingOption`'s stricter form of an object option: one of its properties must be there. */
function augmented(option: Schema): Schema | undefined {
  if (!isSchema(option.properties)) return undefined;
  const requiresAnyOf = { anyOf: Object.keys(option.properties).map((key) => ({ required: [key] })) };
  let result: Schema;
  if (option.anyOf) {
    result = { ...option, allOf: [...(Array.isArray(option.allOf) ? option.allOf : []), requiresAnyOf] };
  } else result = { ...option, ...requiresAnyOf };
  delete result.required;
  return result;
}

/** An option as scored: `additionalProperties: false` widened, so extra answers do not rule it out. */
function relaxed(option: Schema): Schema {
  return option.additionalProperties === false ? { ...option, additionalProperties: true } : option;
}

/** The shapes one option takes while RJSF matches answers to it. */
function optionShapes(option: unknown, root: Schema): Schema[] {
  if (typeof option === 'boolean') return [option ? {} : { not: {} }];
  if (!isSchema(option)) return [];
  const shapes = new Set<Schema>([option]);
  for (const resolved of [resolveRefs(option, root), resolveRefs(option, root, true)]) {
    if (isSchema(resolved)) shapes.add(resolved);
  }
  for (const shape of [...shapes]) {
    for (const variant of expandBranches(shape, root).variants) {
      shapes.add(variant);
      const again = resolveRefs(variant, root);
      if (isSchema(again)) shapes.add(again);
    }
  }
  const result: Schema[] = [];
  for (const shape of shapes) {
    for (const scored of new Set([shape, relaxed(shape)])) {
      result.push(scored);
      const stricter = augmented(scored);
      if (stricter) result.push(stricter);
    }
  }
  return result;
}

/** The schemas RJSF checks answers against around one shape's options (conditions come from expandBranches). */
function checkedAround(node: Schema, root: Schema): Schema[] {
  const checked: Schema[] = [];
  for (const keyword of ['oneOf', 'anyOf']) {
    const options = node[keyword];
    if (!Array.isArray(options)) continue;
    for (const option of options) checked.push(...optionShapes(option, root));
  }
  return checked;
}

/**
 * The form's schemas to compile, texts removed, each once by its validator name; the root first.
 * @example collectValidatedSchemas(form.schema).get(validatorName(form.schema)) // the root, stripped
 */
export function collectValidatedSchemas(schema: JsonSchema): Map<string, JsonSchema> {
  const root = stripAnnotations(schema) as Schema;
  const found = new Map<string, JsonSchema>();
  const add = (candidate: Schema) => {
    const stripped = stripAnnotations(candidate as JsonSchema);
    const name = validatorName(stripped);
    if (!found.has(name)) found.set(name, stripped);
  };
  add(root);
  // Every shape of every subschema, and every subschema of those shapes, once each.
  const seen = new Set<string>();
  const queue: Array<{ source: Schema; generation: number }> = [{ source: root, generation: 0 }];
  while (queue.length > 0 && seen.size < MAX_SHAPES) {
    const { source, generation } = queue.pop()!;
    for (const node of subschemas(source)) {
      const name = validatorName(node as JsonSchema);
      if (seen.has(name)) continue;
      seen.add(name);
      for (const checked of checkedAround(node, root)) add(checked);
      const expansion = expandBranches(node, root);
      for (const checked of expansion.checked) add(checked);
      if (generation >= MAX_GENERATIONS) continue;
      for (const variant of expansion.variants) {
        if (variant !== node) queue.push({ source: variant, generation: generation + 1 });
      }
    }
  }
  return found;
}
