import { appendPointer } from '../json-pointer.ts';
import { STEP_ID_PATTERN } from '../service-definition.ts';
import { checkConditionsShape } from './check-conditions.ts';
import {
  checkKnownKeys,
  checkLocalizedText,
  describeValue,
  type Issues,
  isRecord,
  readArray,
  readRecord,
  shapeIssue,
} from './shape-helpers.ts';

const FIELD_TEXT_KEYS = ['title', 'description', 'enumNames', 'help'] as const;

/**
 * Checks the containers of `form`: that schema and uiSchema are objects, and the shape of steps,
 * translations and conditions. What they refer to is checked in check-form-links.ts once the schema is known.
 */
export function checkFormShape(form: Record<string, unknown>, issues: Issues): void {
  checkKnownKeys(form, ['schema', 'uiSchema', 'steps', 'translations', 'conditions'], '/form', issues);
  // Absent means none (see ServiceForm.conditions); the checked copy always carries the list.
  form.conditions ??= [];
  checkConditionsShape(form.conditions, issues);
  readRecord(form.schema, '/form/schema', 'form.schema', issues);
  readRecord(form.uiSchema, '/form/uiSchema', 'form.uiSchema', issues);
  const steps = readArray(form.steps, '/form/steps', 'form.steps', issues) ?? [];
  for (const [index, step] of steps.entries())
    checkStepShape(step, appendPointer('/form/steps', index), issues);
  checkTranslationsShape(form.translations, issues);
}

function checkStepShape(value: unknown, path: string, issues: Issues): void {
  const step = readRecord(value, path, 'a step', issues);
  if (!step) return;
  checkKnownKeys(step, ['id', 'title', 'fields'], path, issues);
  if (typeof step.id !== 'string' || !STEP_ID_PATTERN.test(step.id)) {
    issues.push(shapeIssue(`${path}/id`, 'A step id must be lower-case letters, digits and single hyphens.'));
  }
  checkLocalizedText(step.title, `${path}/title`, 'The step title', issues);
  const fields = readArray(step.fields, `${path}/fields`, 'step.fields', issues);
  if (!fields) return;
  if (fields.length === 0) issues.push(shapeIssue(`${path}/fields`, 'A step must show at least one field.'));
  fields.forEach((field, index) => {
    if (typeof field !== 'string') {
      issues.push(
        shapeIssue(
          appendPointer(path, 'fields', index),
          `A field name must be a string, not ${describeValue(field)}.`,
        ),
      );
    }
  });
}

function checkTranslationsShape(value: unknown, issues: Issues): void {
  const translations = readRecord(value, '/form/translations', 'form.translations', issues);
  if (!translations) return;
  checkKnownKeys(translations, ['en'], '/form/translations', issues);
  if (translations.en === undefined) return;
  const en = readRecord(translations.en, '/form/translations/en', 'translations.en', issues);
  if (!en) return;
  for (const [pointer, text] of Object.entries(en)) {
    const path = appendPointer('/form/translations/en', pointer);
    if (!isRecord(text)) {
      issues.push(shapeIssue(path, `A field text must be an object, not ${describeValue(text)}.`));
      continue;
    }
    checkKnownKeys(text, FIELD_TEXT_KEYS, path, issues);
    for (const key of ['title', 'description', 'help'] as const) {
      if (text[key] !== undefined && typeof text[key] !== 'string') {
        issues.push(shapeIssue(`${path}/${key}`, `${key} must be a string.`));
      }
    }
    const names = text.enumNames;
    if (names !== undefined && (!Array.isArray(names) || names.some((name) => typeof name !== 'string'))) {
      issues.push(shapeIssue(`${path}/enumNames`, 'enumNames must be an array of strings.'));
    }
  }
}
