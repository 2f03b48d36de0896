import { type RJSFValidationError, toPath } from '@rjsf/utils';
import { parsePointer } from '../../schema/json-pointer.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';

/** Where an error summary line points: the field's element id and the words to name it by. */
export interface ErrorTarget {
  /** RJSF's id of the field (`root_address_street`); undefined for an error about the whole form. */
  fieldId: string | undefined;
  /** The field's title in the page's language, when the schema has one. */
  title: string | undefined;
}

function resolveRef(root: JsonSchema, node: JsonSchema): JsonSchema {
  if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#')) return node;
  let target: unknown = root;
  for (const token of parsePointer(node.$ref.slice(1)) ?? []) {
    if (typeof target !== 'object' || target === null || !Object.hasOwn(target, token)) return node;
    target = (target as Record<string, unknown>)[token];
  }
  return typeof target === 'object' && target !== null ? (target as JsonSchema) : node;
}

/** Every declaration of a property at this level, including those conditions add (`then`, `allOf`...). */
function declarationsOf(root: JsonSchema, node: JsonSchema, name: string): JsonSchema | undefined {
  const found: JsonSchema[] = [];
  const visit = (candidate: JsonSchema | undefined, depth: number) => {
    if (!candidate || depth > 4) return;
    const resolved = resolveRef(root, candidate);
    if (resolved.properties && Object.hasOwn(resolved.properties, name)) {
      const property = resolved.properties[name];
      if (property) found.push(resolveRef(root, property));
    }
    for (const part of resolved.allOf ?? []) visit(part, depth + 1);
    visit(resolved.then, depth + 1);
    visit(resolved.else, depth + 1);
  };
  visit(node, 0);
  return found.length > 0 ? Object.assign({}, ...found) : undefined;
}

/**
 * The schema of the field at a data path (`['address', 'street']`), following `$ref`s, list
 * items and the fields that conditions declare; undefined when there is none.
 */
export function schemaAt(root: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = resolveRef(root, root);
  for (const segment of path) {
    if (!node) return undefined;
    node =
      /^\d+$/.test(segment) && node.items && !Array.isArray(node.items)
        ? resolveRef(root, node.items)
        : declarationsOf(root, node, segment);
  }
  return node;
}

function titleAt(root: JsonSchema, path: string[]): string | undefined {
  const node = schemaAt(root, path);
  return typeof node?.title === 'string' && node.title !== '' ? node.title : undefined;
}

/**
 * Finds the field an error belongs to, for the error summary's links (GOV.UK error summary
 * pattern: every line links to its field). RJSF names errors by a property path (`.address.street`)
 * and fields by `root` + the path joined with `_`; the server's errors arrive without a title, so
 * the title is looked up in the (already translated) schema.
 */
export function errorTarget(error: RJSFValidationError, schema: JsonSchema, idPrefix = 'root'): ErrorTarget {
  const path = toPath(error.property ?? '').filter((segment) => segment !== '');
  if (path.length === 0) return { fieldId: undefined, title: undefined };
  return { fieldId: [idPrefix, ...path].join('_'), title: error.title || titleAt(schema, path) };
}
