/**
 * Everything in a definition that names a field must name one that exists: steps, prefill
 * rules, English translations and `ui:order` (conditions: check-conditions.ts). Runs once the schema walk has indexed the form.
 */
import { topLevelFields } from '../conditions/top-level-fields.ts';
import { buildDeclaredShape, type DeclaredShape } from '../declared-shape.ts';
import { appendPointer, parsePointer, valueAtPointer } from '../json-pointer.ts';
import type { JsonSchema } from '../json-schema.ts';
import { type Issues, isRecord, shapeIssue } from './shape-helpers.ts';
import type { SchemaIndex } from './walk-schema.ts';

/**
 * Reports `unknown_field`, `duplicate_step_field`, `field_not_in_step` and `invalid_ui_order`.
 * Steps and prefill name top-level fields only: the runtime pages and prefills by those.
 */
export function checkFormLinks(
  form: Record<string, unknown>,
  settings: unknown,
  index: SchemaIndex,
  issues: Issues,
): void {
  const schema = form.schema as JsonSchema;
  // Fields that conditions show live in compiled `then` branches; they are top-level all the same.
  const fields = new Set(topLevelFields(schema).keys());
  checkSteps(form.steps, fields, issues);
  if (isRecord(settings)) checkPrefill(settings.prefill, fields, issues);
  checkTranslations(form.translations, schema, index, issues);
  if (isRecord(form.uiSchema)) checkUiOrder(form.uiSchema, buildDeclaredShape(schema), issues);
}

function checkSteps(value: unknown, fields: ReadonlySet<string>, issues: Issues): void {
  if (!Array.isArray(value) || value.length === 0) return;
  const stepIds = new Set<string>();
  const placed = new Set<string>();
  value.forEach((step, i) => {
    if (!isRecord(step)) return;
    const path = appendPointer('/form/steps', i);
    if (typeof step.id === 'string') {
      if (stepIds.has(step.id)) {
        issues.push({
          code: 'duplicate_step_field',
          path: `${path}/id`,
          message: `Step id "${step.id}" repeats.`,
        });
      }
      stepIds.add(step.id);
    }
    if (!Array.isArray(step.fields)) return;
    step.fields.forEach((field, j) => {
      if (typeof field !== 'string') return;
      const fieldPath = appendPointer(path, 'fields', j);
      if (!fields.has(field)) {
        issues.push({ code: 'unknown_field', path: fieldPath, message: `The form has no field "${field}".` });
      } else if (placed.has(field)) {
        issues.push({
          code: 'duplicate_step_field',
          path: fieldPath,
          message: `"${field}" is already in a step.`,
        });
      }
      placed.add(field);
    });
  });
  for (const field of fields) {
    if (!placed.has(field)) {
      issues.push({
        code: 'field_not_in_step',
        path: appendPointer('/form/schema/properties', field),
        message: `"${field}" is in no step, so nobody could fill it in.`,
      });
    }
  }
}

function checkPrefill(value: unknown, fields: ReadonlySet<string>, issues: Issues): void {
  if (!Array.isArray(value)) return;
  const prefilled = new Set<string>();
  value.forEach((rule, i) => {
    if (!isRecord(rule) || typeof rule.field !== 'string') return;
    const path = appendPointer('/settings/prefill', i, 'field');
    if (!fields.has(rule.field)) {
      issues.push({
        code: 'unknown_field',
        path,
        message: `The form has no top-level field "${rule.field}".`,
      });
    } else if (prefilled.has(rule.field)) {
      issues.push(shapeIssue(path, `"${rule.field}" already has a prefill rule.`));
    }
    prefilled.add(rule.field);
  });
}

function checkTranslations(value: unknown, schema: JsonSchema, index: SchemaIndex, issues: Issues): void {
  if (!isRecord(value) || !isRecord(value.en)) return;
  for (const [pointer, text] of Object.entries(value.en)) {
    const path = appendPointer('/form/translations/en', pointer);
    const tokens = parsePointer(pointer);
    if (!tokens || !index.byPointer.has(appendPointer('', ...tokens))) {
      issues.push({
        code: 'unknown_field',
        path,
        message: `"${pointer.slice(0, 80)}" is not a place in the form schema.`,
      });
      continue;
    }
    const target = valueAtPointer(schema, tokens);
    if (isRecord(text) && Array.isArray(text.enumNames) && isRecord(target) && Array.isArray(target.enum)) {
      if (text.enumNames.length !== target.enum.length) {
        issues.push(shapeIssue(`${path}/enumNames`, 'enumNames must have one label per enum value.'));
      }
    }
  }
}

/**
 * react-jsonschema-form throws while rendering when `ui:order` leaves out a property without a
 * `'*'` or has two `'*'` (utils/orderProperties). Conditional properties count: they appear as
 * soon as their condition holds.
 */
function checkUiOrder(uiSchema: Record<string, unknown>, root: DeclaredShape, issues: Issues): void {
  const stack: Array<{ ui: Record<string, unknown>; shape: DeclaredShape; path: string }> = [
    { ui: uiSchema, shape: root, path: '/form/uiSchema' },
  ];
  while (stack.length > 0) {
    const { ui, shape, path } = stack.pop()!;
    const order = ui['ui:order'];
    if (order !== undefined) checkOneOrder(order, shape, appendPointer(path, 'ui:order'), issues);
    for (const [name, child] of shape.properties) {
      const nested = ui[name];
      if (isRecord(nested)) stack.push({ ui: nested, shape: child, path: appendPointer(path, name) });
    }
    if (shape.items && isRecord(ui.items))
      stack.push({ ui: ui.items, shape: shape.items, path: `${path}/items` });
  }
}

function checkOneOrder(order: unknown, shape: DeclaredShape, path: string, issues: Issues): void {
  if (!Array.isArray(order) || order.some((entry) => typeof entry !== 'string')) {
    issues.push({ code: 'invalid_ui_order', path, message: 'ui:order must be a list of field names.' });
    return;
  }
  const wildcards = order.filter((entry) => entry === '*').length;
  if (wildcards > 1)
    issues.push({ code: 'invalid_ui_order', path, message: "ui:order may contain '*' only once." });
  order.forEach((entry, i) => {
    if (entry !== '*' && !shape.properties.has(entry)) {
      issues.push({
        code: 'unknown_field',
        path: appendPointer(path, i),
        message: `The form has no field "${entry}" here.`,
      });
    }
  });
  if (wildcards === 0) {
    const missing = [...shape.properties.keys()].filter((name) => !order.includes(name));
    if (missing.length > 0) {
      issues.push({
        code: 'invalid_ui_order',
        path,
        message: `ui:order leaves out ${missing.join(', ')}; list them or add '*'.`,
      });
    }
  }
}
