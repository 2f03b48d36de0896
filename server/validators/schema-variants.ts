/**
 * The shapes a form library builds out of a form's schema while it renders and matches answers:
 * local `$ref`s replaced by what they point at, a dependency or condition branch merged into its
 * parent, every branch of a condition taken. Pure functions over plain JSON Schema (draft-07), written
 * to give the same results as @rjsf/utils 6's `resolveAllReferences`, `mergeSchemas` and
 * `retrieveSchema` with all branches expanded, so the server can foresee every schema the browser's
 * validator will be asked about (collect-validated-schemas.ts) without loading a browser library.
 * The runtime's corpus test (runtime/form/validated-schemas-oracle.test.tsx) holds them to RJSF.
 */
import { sameJson } from '../../schema/check/same-json.ts';
import { resolveLocalRef } from '../../schema/json-pointer.ts';

export type Schema = Record<string, unknown>;

export function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a local `$ref` points at, following a chain of refs; undefined when it leads nowhere or round. */
function definitionOf(ref: string, root: Schema): Schema | undefined {
  const seen = new Set<string>();
  let target = resolveLocalRef(root, ref);
  seen.add(ref);
  while (isSchema(target) && typeof target.$ref === 'string') {
    const { $ref: next, ...rest } = target;
    if (seen.has(next)) return undefined;
    seen.add(next);
    const further = resolveLocalRef(root, next);
    if (!isSchema(further)) return undefined;
    target = { ...further, ...rest };
  }
  return isSchema(target) ? target : undefined;
}

/**
 * `schema` with its local `$ref` replaced by the definition (its own keywords kept over it), and
 * likewise in its properties and items, recursively; with `options`, in its oneOf/anyOf options too.
 * A ref already being expanded on the way down stays as it is (cycles end). The same object comes
 * back when nothing changed.
 */
export function resolveRefs(
  schema: unknown,
  root: Schema,
  options = false,
  path: readonly string[] = [],
): unknown {
  if (!isSchema(schema)) return schema;
  let resolved: Schema = schema;
  let inside = path;
  if (typeof resolved.$ref === 'string') {
    const { $ref, ...local } = resolved;
    if (inside.includes($ref)) return schema;
    const definition = definitionOf($ref, root);
    if (!definition) return schema;
    inside = [...inside, $ref];
    resolved = { ...definition, ...local };
  }
  if (isSchema(resolved.properties)) {
    const properties: Schema = {};
    for (const [key, value] of Object.entries(resolved.properties)) {
      Object.defineProperty(properties, key, {
        value: resolveRefs(value, root, options, inside),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    resolved = { ...resolved, properties };
  }
  if (isSchema(resolved.items))
    resolved = { ...resolved, items: resolveRefs(resolved.items, root, options, inside) };
  if (options) {
    for (const keyword of ['anyOf', 'oneOf']) {
      const list = resolved[keyword];
      if (!Array.isArray(list)) continue;
      resolved = { ...resolved, [keyword]: list.map((option) => resolveRefs(option, root, options, inside)) };
      break;
    }
  }
  return sameJson(schema, resolved) ? schema : resolved;
}

/** RJSF's guess of a schema's type, which decides whether `required` lists are united when merging. */
function looksLikeObject(schema: Schema): boolean {
  let { type } = schema;
  if (type === undefined) {
    if (schema.const) return isSchema(schema.const);
    if (schema.enum) return false;
    return Boolean(schema.properties || schema.additionalProperties || schema.patternProperties);
  }
  if (Array.isArray(type))
    type = type.length === 2 && type.includes('null') ? type.find((t) => t !== 'null') : type[0];
  return type === 'object';
}

/** `right` merged into `left`: objects merged deeply, `required` lists of objects united, otherwise `right` wins. */
export function mergeSchemas(left: Schema, right: Schema): Schema {
  const merged: Schema = { ...left };
  for (const key of Object.keys(right)) {
    const value = right[key];
    if (Object.hasOwn(left, key) && isSchema(value)) {
      merged[key] = mergeSchemas(isSchema(left[key]) ? (left[key] as Schema) : {}, value);
    } else if (
      key === 'required' &&
      (looksLikeObject(left) || looksLikeObject(right)) &&
      Array.isArray(left[key]) &&
      Array.isArray(value)
    ) {
      merged[key] = [...new Set([...(left[key] as unknown[]), ...value])];
    } else merged[key] = value;
  }
  return merged;
}

/** How deep expansion goes before it stops (refs, merges and branches re-expand their results). */
const MAX_DEPTH = 12;
/** How many shapes one expansion may visit: a bound on time for any form the checker lets through. */
const MAX_VISITS = 5_000;

/** What one expansion found: the branches, and the schemas the library would check answers against. */
export interface Expansion {
  variants: Schema[];
  /** `if` conditions and the `{ properties: { key } }` tests of `dependencies` branches met on the way. */
  checked: Schema[];
}

/**
 * Every shape `schema` can take once its refs, dependencies, allOf and if/then/else are resolved
 * with every branch taken (RJSF's `retrieveSchema` with `expandAllBranches`), and what was checked
 * on the way. Options of `oneOf`/`anyOf` are left to the caller.
 *
 * Where RJSF builds every combination (one branch of each allOf member, of each dependency), this
 * takes each member and each dependency on its own: RJSF hands the members back one by one
 * anyway, so the shapes checked are the same, and a form with 40 conditions (the builder writes
 * each as one allOf member) costs 40 expansions instead of 2^40.
 */
export function expandBranches(schema: unknown, root: Schema): Expansion {
  const checked: Schema[] = [];
  let visits = 0;
  // `resolved`: the node's refs were resolved on the way here (by this expansion or the merge that
  // made it), so resolving again would only unfold a self-referring definition one level more.
  const expand = (node: unknown, depth: number, resolved = false): Schema[] => {
    if (!isSchema(node)) return [{}];
    visits += 1;
    if (depth > MAX_DEPTH || visits > MAX_VISITS) return [node];
    if (!resolved) {
      const withRefs = resolveRefs(node, root);
      if (withRefs !== node) return expand(withRefs, depth + 1, true);
    }
    if (isSchema(node.dependencies)) {
      return dependencyShapes(node, depth).flatMap((shape) => expand(shape, depth + 1, true));
    }
    if (Array.isArray(node.allOf)) {
      const { allOf, ...rest } = node;
      return [...allOf.flatMap((member) => expand(member, depth + 1)), ...expand(rest, depth + 1, true)];
    }
    if ('if' in node) {
      const { if: condition, then, else: otherwise, ...rest } = node;
      if (isSchema(condition)) checked.push(condition);
      const branches = [then, otherwise].filter(isSchema).flatMap((branch) => expand(branch, depth + 1));
      const merged = branches.length > 0 ? branches.map((branch) => mergeSchemas(rest, branch)) : [rest];
      return merged.flatMap((m) => expand(m, depth + 1, true));
    }
    return [node];
  };
  /** RJSF's resolveDependencies with every branch: each option of the schema, each dependency merged in. */
  const dependencyShapes = (node: Schema, depth: number): Schema[] => {
    const { dependencies, ...remaining } = node;
    const { oneOf, anyOf, ...withoutOptions } = remaining;
    const options = Array.isArray(oneOf) ? oneOf : Array.isArray(anyOf) ? anyOf : undefined;
    const bases = options
      ? options.filter(isSchema).map((option) => mergeSchemas(withoutOptions, option))
      : [remaining];
    // Each dependency merged into each base on its own (see above: no combinations).
    const shapes = [...bases];
    for (const [key, dependency] of Object.entries(dependencies as Schema)) {
      const withDependency = bases.flatMap((shape) => {
        if (isSchema(shape.properties) && !Object.hasOwn(shape.properties, key)) return [];
        if (Array.isArray(dependency)) {
          const required = Array.isArray(shape.required)
            ? [...new Set([...shape.required, ...dependency])]
            : dependency;
          return [{ ...shape, required }];
        }
        if (!isSchema(dependency)) return [];
        return expand(dependency, depth + 1).flatMap((dependent) => {
          const { oneOf: branches, ...rest } = dependent;
          const merged = mergeSchemas(shape, rest);
          if (!Array.isArray(branches)) return [merged];
          const resolvedBranches = branches.flatMap((branch) =>
            isSchema(branch) && typeof branch.$ref === 'string' ? expand(branch, depth + 1) : [branch],
          );
          return resolvedBranches.filter(isSchema).flatMap((branch) => {
            if (!isSchema(branch.properties) || !Object.hasOwn(branch.properties, key)) return [];
            const { [key]: condition, ...others } = branch.properties;
            checked.push({ type: 'object', properties: { [key]: condition } });
            return expand({ ...branch, properties: others }, depth + 1).map((b) => mergeSchemas(merged, b));
          });
        });
      });
      shapes.push(...withDependency);
    }
    return shapes;
  };
  const variants = expand(schema, 0);
  return { variants, checked };
}
