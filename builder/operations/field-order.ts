/**
 * The order of fields. Inside sections and repeating groups it is their `ui:order`. At the top
 * level of a form with steps it is the steps' `fields`, in step order, and the root `ui:order` is
 * always their concatenation (the runtime lays fields out by `ui:order` and pages them by step);
 * without steps it is the root `ui:order`. normalizeOrder writes every `ui:order` in full after
 * each operation, so RJSF never meets a field missing from one.
 */
import { isFieldContainer } from '../../schema/field-types/field-type-of.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { FormStep, ServiceForm } from '../../schema/service-definition.ts';
import { type ContainerPlace, type FieldPath, rootPlace, uiOf } from './field-path.ts';
import { getIn, isRecord, updateIn } from './update-in.ts';

/**
 * The keys of `properties` in display order: `ui:order` first (its `'*'` standing for the rest in
 * schema order), names it does not list after it, names it lists but the schema lacks dropped.
 */
export function orderedKeys(properties: unknown, ui: Record<string, unknown>): string[] {
  const names = isRecord(properties) ? Object.keys(properties) : [];
  const order = Array.isArray(ui['ui:order']) ? ui['ui:order'] : [];
  const listed = new Set<string>();
  const before: string[] = [];
  const after: string[] = [];
  let target = before;
  for (const entry of order) {
    if (entry === '*') target = after;
    else if (typeof entry === 'string' && names.includes(entry) && !listed.has(entry)) {
      listed.add(entry);
      target.push(entry);
    }
  }
  return [...before, ...names.filter((name) => !listed.has(name)), ...after];
}

/** The fields of a container in order; for the top level of a form with steps, all steps in turn. */
export function containerOrder(form: ServiceForm, container: ContainerPlace): string[] {
  if (container.path.length === 0 && form.steps.length > 0) return form.steps.flatMap((step) => step.fields);
  return orderedKeys(container.schema.properties, uiOf(form, container.uiPath));
}

/** Sets a container's order (not for the top level of a form with steps: that is the steps). */
export function withContainerOrder(
  form: ServiceForm,
  container: ContainerPlace,
  keys: string[],
): ServiceForm {
  return { ...form, uiSchema: updateIn(form.uiSchema, [...container.uiPath, 'ui:order'], () => keys) };
}

/** A copy of `list` with `item` at `index` (0..length); throws `<op>: ...` when out of range. */
export function insertAt(list: readonly string[], item: string, index: number, op: string): string[] {
  if (!Number.isInteger(index) || index < 0 || index > list.length) {
    throw new Error(`${op}: index ${index} is outside 0..${list.length}`);
  }
  return [...list.slice(0, index), item, ...list.slice(index)];
}

/**
 * Every `ui:order` written in full, and the top level's steps consistent with the fields: steps
 * lose names that are no longer top-level fields, a field in no step joins the last one, and a
 * step left empty is removed (a page with nothing on it is no page; its condition goes with it,
 * see pruneReferences). Returns the input when nothing changed.
 */
export function normalizeOrder(form: ServiceForm): ServiceForm {
  let result = form;
  const root = rootPlace(form);
  const topLevel = orderedKeys(root.schema.properties, form.uiSchema);
  if (form.steps.length > 0) {
    const steps = normalizeSteps(form.steps, topLevel);
    if (steps !== form.steps) result = { ...result, steps };
    setOrder(result.steps.flatMap((step) => step.fields));
  } else {
    setOrder(topLevel);
  }
  // Nested containers, depth first over an explicit stack.
  const stack: Array<{ schemaPath: string[]; uiPath: string[] }> = topLevel.map((key) => ({
    schemaPath: ['properties', key],
    uiPath: [key],
  }));
  while (stack.length > 0) {
    const { schemaPath, uiPath } = stack.pop()!;
    const field = getIn(result.schema, schemaPath) as JsonSchema;
    if (!isFieldContainer(field)) continue;
    const inner = field.type === 'array' ? 'items' : undefined;
    const objectPath = inner ? [...schemaPath, inner] : schemaPath;
    const objectUiPath = inner ? [...uiPath, inner] : uiPath;
    const keys = orderedKeys(getIn(result.schema, [...objectPath, 'properties']), uiOf(result, objectUiPath));
    result = withOrderIfChanged(result, objectUiPath, keys);
    for (const key of keys)
      stack.push({ schemaPath: [...objectPath, 'properties', key], uiPath: [...objectUiPath, key] });
  }
  return result;

  function setOrder(keys: string[]): void {
    result = withOrderIfChanged(result, [], keys);
  }
}

function withOrderIfChanged(form: ServiceForm, uiPath: string[], keys: string[]): ServiceForm {
  const current = getIn(form.uiSchema, [...uiPath, 'ui:order']);
  if (
    Array.isArray(current) &&
    current.length === keys.length &&
    current.every((key, i) => key === keys[i])
  ) {
    return form;
  }
  return { ...form, uiSchema: updateIn(form.uiSchema, [...uiPath, 'ui:order'], () => keys) };
}

function normalizeSteps(steps: FormStep[], topLevel: readonly string[]): FormStep[] {
  const fields = new Set(topLevel);
  const placed = new Set<string>();
  let changed = false;
  const next = steps.map((step) => {
    const kept = step.fields.filter((field) => {
      const keep = fields.has(field) && !placed.has(field);
      placed.add(field);
      return keep;
    });
    if (kept.length === step.fields.length) return step;
    changed = true;
    return { ...step, fields: kept };
  });
  const missing = topLevel.filter((field) => !placed.has(field));
  if (missing.length > 0) {
    changed = true;
    const last = next.length - 1;
    next[last] = { ...next[last]!, fields: [...next[last]!.fields, ...missing] };
  }
  const nonEmpty = next.filter((step) => step.fields.length > 0);
  return changed || nonEmpty.length !== next.length ? nonEmpty : steps;
}

/** The step holding a top-level field, if the form has steps. */
export function stepOf(form: ServiceForm, key: string): FormStep | undefined {
  return form.steps.find((step) => step.fields.includes(key));
}

export type { FieldPath };
