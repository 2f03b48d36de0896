import { topLevelFields } from '../../schema/conditions/top-level-fields.ts';
import { isFieldContainer } from '../../schema/field-types/field-type-of.ts';
import { escapePointerToken } from '../../schema/json-pointer.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { LocalizedText, ServiceDefinition } from '../../schema/service-definition.ts';

/** A field as the canvas shows it; `id` is its JSON Pointer into `form.schema`. */
export interface CanvasNode {
  id: string;
  key: string;
  title: string;
  schema: JsonSchema;
  ui: Record<string, unknown>;
  /** `object`: a section or address (fields inside); `array`: a repeating group; else none. */
  container: 'object' | 'array' | null;
  children: CanvasNode[];
}

export interface CanvasStep {
  /** The step id, or null for a form without steps (all fields on one page). */
  id: string | null;
  title: LocalizedText;
  nodes: CanvasNode[];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Names in `ui:order` first (RJSF's order), then the rest in schema order; `*` is skipped. */
export function orderedKeys(properties: Record<string, unknown>, ui: Record<string, unknown>): string[] {
  const names = Object.keys(properties);
  const order = Array.isArray(ui['ui:order'])
    ? (ui['ui:order'] as unknown[]).filter((n): n is string => typeof n === 'string')
    : [];
  const listed = order.filter((n) => n !== '*' && Object.hasOwn(properties, n));
  const rest = names.filter((n) => !listed.includes(n));
  return [...listed, ...rest];
}

/** Where the children of a node live: an object's own properties, or a repeating group's item. */
function childrenOf(
  schema: JsonSchema,
  ui: Record<string, unknown>,
  pointer: string,
): { node: JsonSchema; ui: Record<string, unknown>; pointer: string } | undefined {
  // An address is an object too, but its parts are fixed: only sections and repeating groups take fields.
  if (!isFieldContainer(schema)) return undefined;
  if (schema.type === 'object' && schema.properties) return { node: schema, ui, pointer };
  const items = record(schema.items) as JsonSchema;
  if (schema.type === 'array' && items.type === 'object' && items.properties) {
    return { node: items, ui: record(ui.items), pointer: `${pointer}/items` };
  }
  return undefined;
}

/**
 * The nodes of the last read, by id. Operations return fresh copies of the whole form (they
 * decompile and compile conditions), so object identity says nothing; an unchanged field is
 * found equal here and keeps its old node, and memoised canvas rows skip re-rendering.
 */
let previous = new Map<string, CanvasNode>();
let current = new Map<string, CanvasNode>();

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  }
  return true;
}

function buildNode(
  key: string,
  schema: JsonSchema,
  ui: Record<string, unknown>,
  pointer: string,
): CanvasNode {
  const id = `${pointer}/properties/${escapePointerToken(key)}`;
  const before = previous.get(id) ?? current.get(id);
  if (before && sameJson(before.schema, schema) && sameJson(before.ui, ui)) {
    current.set(id, before);
    registerChildren(before);
    return before;
  }
  const inner = childrenOf(schema, ui, id);
  const node: CanvasNode = {
    id,
    key,
    title: typeof schema.title === 'string' ? schema.title : '',
    schema,
    ui,
    container: inner ? (schema.type === 'array' ? 'array' : 'object') : null,
    children: inner
      ? orderedKeys(inner.node.properties ?? {}, inner.ui).map((k) =>
          buildNode(k, inner.node.properties?.[k] as JsonSchema, record(inner.ui[k]), inner.pointer),
        )
      : [],
  };
  current.set(id, node);
  return node;
}

function registerChildren(node: CanvasNode): void {
  for (const child of node.children) {
    current.set(child.id, child);
    registerChildren(child);
  }
}

/**
 * Where a field's schema is in the stored (compiled) form: conditional top-level fields live in
 * an `allOf` branch, so their translations are keyed there too.
 * @example compiledPointer(schema, '/properties/petName/properties/x') // '/allOf/0/then/properties/petName/properties/x'
 */
export function compiledPointer(schema: JsonSchema, id: string): string {
  const match = /^\/properties\/([^/]+)(.*)$/.exec(id);
  if (!match) return id;
  const key = match[1]!.replaceAll('~1', '/').replaceAll('~0', '~');
  const top = topLevelFields(schema).get(key);
  return top ? top.pointer + match[2] : id;
}

/**
 * The canvas's view of a definition: steps in order, each with its fields and their nested
 * fields (sections, addresses, repeating groups). A read model only; changes go through
 * builder/operations.
 *
 * @example canvasSteps(def)[0].nodes[0].id // '/properties/personalCode'
 */
export function canvasSteps(definition: ServiceDefinition): CanvasStep[] {
  const { schema, uiSchema, steps } = definition.form;
  // Conditional fields sit in compiled `allOf` branches; the canvas shows every field where staff put it.
  const properties: Record<string, JsonSchema> = {};
  for (const [key, field] of topLevelFields(schema)) properties[key] = record(field.schema) as JsonSchema;
  const node = (key: string) => buildNode(key, properties[key] ?? {}, record(uiSchema[key]), '');
  previous = current;
  current = new Map();
  if (steps.length === 0) {
    return [{ id: null, title: { lv: '', en: '' }, nodes: orderedKeys(properties, uiSchema).map(node) }];
  }
  return steps.map((step) => ({
    id: step.id,
    title: step.title,
    nodes: step.fields.filter((f) => Object.hasOwn(properties, f)).map(node),
  }));
}

/** Every node by id, and where it sits: for moves, announcements and the inspector. */
export interface NodePlace {
  node: CanvasNode;
  /** The container's id: a step id (top level) or a section's / group's node id. */
  parent: string;
  index: number;
  stepId: string | null;
}

export function indexNodes(steps: CanvasStep[]): Map<string, NodePlace> {
  const places = new Map<string, NodePlace>();
  const visit = (nodes: CanvasNode[], parent: string, stepId: string | null) => {
    nodes.forEach((node, index) => {
      places.set(node.id, { node, parent, index, stepId });
      visit(node.children, node.id, stepId);
    });
  };
  for (const step of steps) visit(step.nodes, stepContainerId(step.id), step.id);
  return places;
}

/** Container id of a step's top level (steps and nodes share one id space on the canvas). */
export function stepContainerId(stepId: string | null): string {
  return `step:${stepId ?? ''}`;
}
