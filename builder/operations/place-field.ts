/**
 * Putting a field's parts into a container and taking them out again: schema, `required`, UI
 * node, English texts and place in the order. addField, moveField, duplicateField and deleteField
 * are each a combination of these two.
 */
import {
  movePointerPrefix,
  rewriteTranslationKeys,
} from '../../schema/conditions/rewrite-translation-keys.ts';
import { appendPointer } from '../../schema/json-pointer.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { FieldText, ServiceForm } from '../../schema/service-definition.ts';
import { containerOrder, insertAt, stepOf, withContainerOrder } from './field-order.ts';
import { type ContainerPlace, type FieldPath, type FieldPlace, uiOf } from './field-path.ts';
import { getIn, updateIn, withKey } from './update-in.ts';

/** Where a field goes. */
export interface FieldLocation {
  /** The section or repeating group to put it in; absent or `[]` for the top level. */
  parent?: FieldPath;
  /** The top level of a form with steps: the step to put it in (required there, refused elsewhere). */
  step?: string;
  /** Position among the fields of the container (or of the step), 0 = first. */
  index: number;
}

/** Everything that belongs to one field, lifted out of the form. */
export interface FieldParts {
  key: string;
  schema: JsonSchema;
  required: boolean;
  ui: Record<string, unknown> | undefined;
  /** English texts by pointer relative to the field (`''` is the field itself). */
  english: Record<string, FieldText>;
}

/** Reads a field's parts without changing the form. */
export function readFieldParts(form: ServiceForm, field: FieldPlace): FieldParts {
  const english: Record<string, FieldText> = {};
  for (const [pointer, text] of Object.entries(form.translations.en ?? {})) {
    if (pointer === field.pointer || pointer.startsWith(`${field.pointer}/`)) {
      english[pointer.slice(field.pointer.length)] = text;
    }
  }
  const ui = getIn(form.uiSchema, field.uiPath);
  return {
    key: field.key,
    schema: field.schema,
    required: (field.container.schema.required ?? []).includes(field.key),
    ui: ui === undefined ? undefined : uiOf(form, field.uiPath),
    english,
  };
}

/** The form without the field: its schema, `required` entry, UI node, texts and place in the order. */
export function removeField(form: ServiceForm, field: FieldPlace): ServiceForm {
  const { container, key } = field;
  const schema = updateIn(form.schema, container.schemaPath, (object) => {
    const current = object as JsonSchema;
    const next = withKey(
      current,
      'properties',
      withKey(current.properties ?? {}, key, undefined),
    ) as JsonSchema;
    if (Array.isArray(current.required) && current.required.includes(key)) {
      next.required = current.required.filter((name) => name !== key);
    }
    return next;
  });
  let result: ServiceForm = {
    ...form,
    schema,
    uiSchema: updateIn(form.uiSchema, field.uiPath, () => undefined),
  };
  const en = form.translations.en;
  if (en) {
    result = {
      ...result,
      translations: {
        ...form.translations,
        en: rewriteTranslationKeys(en, movePointerPrefix(field.pointer, null)),
      },
    };
  }
  if (container.path.length === 0 && form.steps.length > 0) {
    const step = stepOf(form, key);
    return {
      ...result,
      steps: form.steps.map((s) =>
        s === step ? { ...s, fields: s.fields.filter((name) => name !== key) } : s,
      ),
    };
  }
  return withContainerOrder(
    result,
    container,
    containerOrder(form, container).filter((name) => name !== key),
  );
}

/** The form with the field's parts put into `container` at `location`. The key must be free there. */
export function insertField(
  form: ServiceForm,
  container: ContainerPlace,
  location: FieldLocation,
  parts: FieldParts,
  op: string,
): ServiceForm {
  const { key } = parts;
  const topLevelWithSteps = container.path.length === 0 && form.steps.length > 0;
  if (location.step !== undefined && !topLevelWithSteps) {
    throw new Error(`${op}: a step is chosen only for a top-level field of a form with steps`);
  }
  if (topLevelWithSteps && location.step === undefined)
    throw new Error(`${op}: choose the step to put the field in`);

  const schema = updateIn(form.schema, container.schemaPath, (object) => {
    const current = (object ?? {}) as JsonSchema;
    const next = withKey(
      current,
      'properties',
      withKey(current.properties ?? {}, key, parts.schema),
    ) as JsonSchema;
    const required = (current.required ?? []).filter((name) => name !== key);
    if (parts.required) next.required = [...required, key];
    return next;
  });
  let result: ServiceForm = { ...form, schema };
  if (parts.ui !== undefined)
    result = { ...result, uiSchema: updateIn(form.uiSchema, [...container.uiPath, key], () => parts.ui) };
  const pointer = appendPointer('', ...container.schemaPath, 'properties', key);
  if (Object.keys(parts.english).length > 0) {
    const en = { ...(form.translations.en ?? {}) };
    for (const [relative, text] of Object.entries(parts.english)) {
      Object.defineProperty(en, pointer + relative, {
        value: text,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    result = { ...result, translations: { ...form.translations, en } };
  }
  if (topLevelWithSteps) {
    const step = form.steps.find((s) => s.id === location.step);
    if (!step) throw new Error(`${op}: no step ${JSON.stringify(location.step)}`);
    const fields = insertAt(step.fields, key, location.index, op);
    return { ...result, steps: form.steps.map((s) => (s === step ? { ...s, fields } : s)) };
  }
  const order = containerOrder(form, container).filter((name) => name !== key);
  return withContainerOrder(result, container, insertAt(order, key, location.index, op));
}

/** The UI node of a field at `uiPath` in `form`, undefined when it has none. */
export function uiNodeOf(form: ServiceForm, uiPath: readonly string[]): Record<string, unknown> | undefined {
  return getIn(form.uiSchema, uiPath) === undefined ? undefined : uiOf(form, uiPath);
}
