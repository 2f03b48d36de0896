import { decompileConditions } from '../../schema/conditions/decompile-conditions.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { Language, ServiceDefinition } from '../../schema/service-definition.ts';

/** What about a field changed, in words staff use. */
export type FieldAspect = 'label' | 'help' | 'required' | 'kind' | 'limits' | 'choices' | 'default' | 'other';

export interface FieldSummary {
  pointer: string;
  label: string;
}

/** A readable difference between two versions of a service (issue 3: version history). */
export interface DefinitionDiff {
  added: FieldSummary[];
  removed: FieldSummary[];
  changed: Array<FieldSummary & { aspects: FieldAspect[] }>;
  stepsChanged: boolean;
  conditionsChanged: boolean;
  detailsChanged: boolean;
  settingsChanged: boolean;
}

interface FieldInfo {
  node: JsonSchema;
  required: boolean;
  ui: unknown;
  en: unknown;
}

const LABEL_KEYS = new Set(['title']);
const KIND_KEYS = new Set(['type', 'format', 'items']);
const LIMIT_KEYS = new Set([
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'pattern',
  'multipleOf',
  'uniqueItems',
  'contentMediaType',
  'maxSize',
]);
const CHOICE_KEYS = new Set(['enum', 'oneOf', 'anyOf']);
const CONDITION_KEYS = ['if', 'then', 'else', 'allOf', 'dependencies'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Every field (property, at any depth, including inside repeating groups) by its JSON Pointer. */
function collectFields(def: ServiceDefinition): Map<string, FieldInfo> {
  const fields = new Map<string, FieldInfo>();
  const en = def.form.translations.en ?? {};
  const walk = (schema: JsonSchema, pointer: string, ui: Record<string, unknown> | undefined) => {
    const properties = asRecord(schema.properties) as Record<string, JsonSchema> | undefined;
    if (properties) {
      for (const [name, node] of Object.entries(properties)) {
        const path = `${pointer}/properties/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        const childUi = asRecord(ui?.[name]);
        const required = Array.isArray(schema.required) && schema.required.includes(name);
        fields.set(path, { node, required, ui: childUi, en: en[path] });
        walk(node, path, childUi);
      }
    }
    const items = asRecord(schema.items) as JsonSchema | undefined;
    if (items) walk(items, `${pointer}/items`, asRecord(ui?.items));
  };
  walk(def.form.schema, '', def.form.uiSchema);
  return fields;
}

/** A field's own settings, without its children (a changed child is reported on its own). */
function ownSettings(node: JsonSchema): Record<string, unknown> {
  const { properties: _p, required: _r, ...rest } = node as Record<string, unknown>;
  // A repeating group's items are fields of their own; only the group's own limits count here.
  if (asRecord(rest.items)?.properties) rest.items = 'group';
  return rest;
}

function aspectsOf(before: FieldInfo, after: FieldInfo): FieldAspect[] {
  const aspects = new Set<FieldAspect>();
  const a = ownSettings(before.node);
  const b = ownSettings(after.node);
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (same(a[key], b[key])) continue;
    if (LABEL_KEYS.has(key)) aspects.add('label');
    else if (KIND_KEYS.has(key)) aspects.add('kind');
    else if (LIMIT_KEYS.has(key)) aspects.add('limits');
    else if (CHOICE_KEYS.has(key)) aspects.add('choices');
    else if (key === 'default') aspects.add('default');
    else if (key === 'description') aspects.add('help');
    else aspects.add('other');
  }
  if (before.required !== after.required) aspects.add('required');
  const uiA = { ...asRecord(before.ui) };
  const uiB = { ...asRecord(after.ui) };
  if (!same(uiA['ui:help'], uiB['ui:help']) || !same(uiA['ui:helpRich'], uiB['ui:helpRich']))
    aspects.add('help');
  const enA = asRecord(before.en) ?? {};
  const enB = asRecord(after.en) ?? {};
  if (!same(enA.title, enB.title)) aspects.add('label');
  if (!same(enA.help, enB.help)) aspects.add('help');
  if (!same(enA.enumNames, enB.enumNames)) aspects.add('choices');
  const widgetKeys = (ui: Record<string, unknown>) =>
    Object.keys(ui).filter((k) => k.startsWith('ui:') && !k.startsWith('ui:help') && k !== 'ui:order');
  if (
    widgetKeys(uiA).some((k) => !same(uiA[k], uiB[k])) ||
    widgetKeys(uiB).some((k) => !same(uiA[k], uiB[k]))
  ) {
    aspects.add('kind');
  }
  return [...aspects];
}

function labelOf(def: ServiceDefinition, pointer: string, info: FieldInfo, language: Language): string {
  const en = asRecord(def.form.translations.en?.[pointer])?.title;
  if (language === 'en' && typeof en === 'string' && en) return en;
  return info.node.title || pointer.split('/').at(-1) || pointer;
}

function conditionsOf(def: ServiceDefinition): unknown {
  const schema = def.form.schema as Record<string, unknown>;
  return [def.form.conditions ?? [], ...CONDITION_KEYS.map((k) => schema[k])];
}

/**
 * What changed from one version of a service to another, for the version history.
 *
 * @example diffDefinitions(v1, v2, 'lv').added // [{ pointer: '/properties/phone', label: 'Tālrunis' }]
 */
export function diffDefinitions(
  compiledBefore: ServiceDefinition,
  compiledAfter: ServiceDefinition,
  language: Language,
): DefinitionDiff {
  // Compare forms as staff edit them: a field a condition shows is the same field, not a removed one.
  const before = { ...compiledBefore, form: decompileConditions(compiledBefore.form) };
  const after = { ...compiledAfter, form: decompileConditions(compiledAfter.form) };
  const a = collectFields(before);
  const b = collectFields(after);
  const diff: DefinitionDiff = {
    added: [],
    removed: [],
    changed: [],
    stepsChanged: !same(before.form.steps, after.form.steps),
    conditionsChanged: !same(conditionsOf(before), conditionsOf(after)),
    detailsChanged: !same([before.title, before.description], [after.title, after.description]),
    settingsChanged: !same(before.settings, after.settings),
  };
  for (const [pointer, info] of b) {
    const old = a.get(pointer);
    if (!old) diff.added.push({ pointer, label: labelOf(after, pointer, info, language) });
    else {
      const aspects = aspectsOf(old, info);
      if (aspects.length > 0)
        diff.changed.push({ pointer, label: labelOf(after, pointer, info, language), aspects });
    }
  }
  for (const [pointer, info] of a) {
    if (!b.has(pointer)) diff.removed.push({ pointer, label: labelOf(before, pointer, info, language) });
  }
  return diff;
}

/** True when nothing at all differs (e.g. republishing an unchanged draft). */
export function isEmptyDiff(diff: DefinitionDiff): boolean {
  return (
    diff.added.length + diff.removed.length + diff.changed.length === 0 &&
    !diff.stepsChanged &&
    !diff.conditionsChanged &&
    !diff.detailsChanged &&
    !diff.settingsChanged
  );
}
