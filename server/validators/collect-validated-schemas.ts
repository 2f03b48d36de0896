/**
 * Every schema the citizen runtime's RJSF may hand to `validator.isValid` for a form, so each can
 * be compiled ahead of time. RJSF's own `schemaParser` finds what `retrieveSchema` asks about
 * (conditions, resolved combinations); it cannot see the schemas RJSF builds while it matches an
 * answer to a `oneOf`/`anyOf` option (the option with refs resolved, relaxed for scoring, or
 * augmented to need one of its properties) or checks a `dependencies` branch, so those are added
 * here by walking the schema. A schema still missing at run time is reported by the browser's
 * validator (runtime/form/precompiled-validator.ts); the fixture corpus test checks there is none.
 *
 * Imports RJSF's parser by file: its package entry also holds React hooks, which the server never loads.
 */
import type { RJSFSchema } from '@rjsf/utils';
import schemaParser from '@rjsf/utils/lib/parser/schemaParser.js';
import { relaxOptionsForScoring, resolveAllReferences } from '@rjsf/utils/lib/schema/retrieveSchema.js';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { stripAnnotations, validatorName } from '../../schema/validator-key.ts';

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
/** RJSF's junk option (getClosestMatchingOption) is never valid and never compiled. */
const JUNK_OPTION_ID = '_$junk_option_schema_id$_';

type Schema = Record<string, unknown>;

function isRecord(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `getFirstMatchingOption`'s stricter form of an object option: one of its properties must be there. */
function augmented(option: Schema): Schema | undefined {
  if (!isRecord(option.properties)) return undefined;
  const requiresAnyOf = { anyOf: Object.keys(option.properties).map((key) => ({ required: [key] })) };
  let result: Schema;
  if (option.anyOf) {
    result = { ...option, allOf: [...(Array.isArray(option.allOf) ? option.allOf : []), requiresAnyOf] };
  } else result = { ...option, ...requiresAnyOf };
  delete result.required;
  return result;
}

/** Every subschema of `schema`, itself included (iterative: forms can nest deep). */
function subschemas(schema: Schema): Schema[] {
  const found: Schema[] = [];
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isRecord(node)) continue;
    found.push(node);
    for (const keyword of SINGLE) if (!Array.isArray(node[keyword])) stack.push(node[keyword]);
    for (const keyword of LIST) if (Array.isArray(node[keyword])) stack.push(...(node[keyword] as unknown[]));
    for (const keyword of MAP) if (isRecord(node[keyword])) stack.push(...Object.values(node[keyword]));
  }
  return found;
}

/** The schemas RJSF builds around one node's options and dependency branches. */
function builtAround(node: Schema, root: Schema): Schema[] {
  const built: Schema[] = [];
  if (isRecord(node.if)) built.push(node.if);
  for (const keyword of ['oneOf', 'anyOf']) {
    const options = node[keyword];
    if (!Array.isArray(options)) continue;
    const variants: unknown[] = [
      ...options,
      ...options.map((option) =>
        isRecord(option) ? resolveAllReferences(option as RJSFSchema, root as RJSFSchema, []) : option,
      ),
      ...relaxOptionsForScoring(options as RJSFSchema[], true, root as RJSFSchema),
    ];
    for (const variant of variants) {
      if (!isRecord(variant)) continue;
      built.push(variant);
      const stricter = augmented(variant);
      if (stricter) built.push(stricter);
    }
  }
  if (isRecord(node.dependencies)) {
    for (const [key, dependency] of Object.entries(node.dependencies)) {
      if (!isRecord(dependency) || !Array.isArray(dependency.oneOf)) continue;
      for (const branch of dependency.oneOf) {
        const property = isRecord(branch) && isRecord(branch.properties) ? branch.properties[key] : undefined;
        if (property !== undefined) built.push({ type: 'object', properties: { [key]: property } });
      }
    }
  }
  return built;
}

/**
 * The form's schemas to compile, texts removed, each once by its validator name; the root first.
 * @example collectValidatedSchemas(form.schema).get(validatorName(form.schema)) // the root, stripped
 */
export function collectValidatedSchemas(schema: JsonSchema): Map<string, JsonSchema> {
  const root = stripAnnotations(schema) as Schema;
  const found = new Map<string, JsonSchema>();
  const add = (candidate: Schema) => {
    if (candidate.$id === JUNK_OPTION_ID) return;
    const stripped = stripAnnotations(candidate as JsonSchema);
    const name = validatorName(stripped);
    if (!found.has(name)) found.set(name, stripped);
  };
  add(root);
  const parsed = Object.values(schemaParser(root as RJSFSchema)) as Schema[];
  // The parser tags each schema with an `$id` of its own; validation does not use it.
  const resolved = parsed.filter((s) => s.$id !== JUNK_OPTION_ID).map(({ $id: _id, ...rest }) => rest);
  for (const candidate of resolved) add(candidate);
  for (const source of [root, ...resolved]) {
    for (const node of subschemas(source)) for (const built of builtAround(node, root)) add(built);
  }
  return found;
}
