/**
 * Issue 3, "done when": each condition kind validates and renders the same in the server and the
 * runtime. For every comparison, the compiled schema is read by react-jsonschema-form's own
 * utilities with the browser's validator (customizeValidator(RJSF_VALIDATOR_OPTIONS)) and by the
 * server's createFormValidator(createAjv(), schema):
 * - condition true: RJSF shows the field and marks it required; both refuse the form without an
 *   answer and accept it with one;
 * - condition false: RJSF hides the field (not in the retrieved schema, so omitExtraData drops
 *   its value and no default is filled in); both accept the form without it, and both refuse a
 *   value sent anyway.
 * @rjsf is used here only in a test, as schema/ may not import it (the runtime owns it).
 */
import {
  getDefaultFormState,
  type RJSFSchema,
  retrieveSchema,
  toPathSchema,
  type ValidatorType,
} from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { describe, expect, it } from 'vitest';
import { createAjv, RJSF_VALIDATOR_OPTIONS } from '../../schema/ajv-setup.ts';
import { checkDefinition } from '../../schema/check-definition.ts';
import type { CreatableFieldType } from '../../schema/field-types/field-types.ts';
import { createFormValidator } from '../../schema/form-validator.ts';
import type { ConditionOp, ServiceDefinition } from '../../schema/service-definition.ts';
import { addField } from '../operations/add-field.ts';
import { addStep } from '../operations/add-step.ts';
import { setCondition } from '../operations/set-condition.ts';
import { setDefault } from '../operations/set-default.ts';
import { setOptions } from '../operations/set-options.ts';
import { setRequired } from '../operations/set-required.ts';
import { buildDesignerDefinition } from '../operations/testing/build-designer-definition.ts';

type Data = Record<string, unknown>;

const rjsf = customizeValidator(
  RJSF_VALIDATOR_OPTIONS as Parameters<typeof customizeValidator>[0],
) as ValidatorType<Data, RJSFSchema>;
const ajv = createAjv();
const options = ['a', 'b', 'c'].map((value) => ({ value, label: { lv: value.toUpperCase(), en: value } }));

/** A form with a trigger question and a required follow-up question `target` shown by `op value`. */
function formFor(triggerType: CreatableFieldType, op: ConditionOp, value: unknown): ServiceDefinition {
  let def = addField(buildDesignerDefinition(), {
    type: triggerType,
    options: { label: { lv: 'Jautājums', en: 'Question' } },
    at: { step: 'you', index: 0 },
    key: 'trigger',
  });
  if (triggerType === 'single-choice' || triggerType === 'multiple-choice')
    def = setOptions(def, { field: ['trigger'], options });
  def = addField(def, {
    type: 'short-text',
    options: { label: { lv: 'Sīkāk', en: 'Details' } },
    at: { step: 'you', index: 1 },
    key: 'target',
  });
  def = setRequired(setDefault(def, { field: ['target'], value: 'iepriekš' }), {
    field: ['target'],
    required: true,
  });
  return setCondition(def, {
    target: { kind: 'field', id: 'target' },
    join: 'all',
    rules: [{ field: 'trigger', op, value }],
  });
}

/** The rest of the designer definition answered, so only the condition decides. */
const BASE: Data = {
  fullName: 'Anna Bērziņa',
  hasPet: false,
  home: { street: 'Brīvības 1', city: 'Rīga', postalCode: 'LV-1050' },
};

function expectAgreement(def: ServiceDefinition, answer: Data, shown: boolean, base: Data = BASE): void {
  expect(checkDefinition(def).ok).toBe(true);
  const schema = def.form.schema as RJSFSchema;
  const server = createFormValidator(ajv, def.form.schema);
  const data = { ...base, ...answer };
  const rendered = retrieveSchema(rjsf, schema, schema, data);
  const paths = toPathSchema(rjsf, schema, '', schema, data) as Record<string, unknown>;
  const defaults = getDefaultFormState(rjsf, schema, data, schema) as Data;
  // RJSF also reports the `if` whose branch failed; like the server, count only what is wrong.
  const rjsfErrors = (formData: Data) =>
    rjsf
      .validateFormData(formData, schema)
      .errors.filter((error) => error.name !== 'if')
      .map((error) => error.property);
  const serverPaths = (formData: Data) => {
    const result = server(formData);
    return result.ok ? [] : result.issues.map((issue) => issue.path);
  };

  expect(Object.hasOwn(rendered.properties ?? {}, 'target'), 'rendered').toBe(shown);
  expect(Object.hasOwn(paths, 'target'), 'kept by omitExtraData').toBe(shown);
  expect(defaults.target, 'default filled in').toBe(shown ? 'iepriekš' : undefined);
  if (shown) {
    expect(rendered.required).toContain('target');
    expect(rjsfErrors(data)).toEqual(['target']);
    expect(serverPaths(data)).toEqual(['/target']);
    expect(rjsfErrors({ ...data, target: 'atbilde' })).toEqual([]);
    expect(serverPaths({ ...data, target: 'atbilde' })).toEqual([]);
  } else {
    expect(rjsfErrors(data)).toEqual([]);
    expect(serverPaths(data)).toEqual([]);
    expect(rjsfErrors({ ...data, target: 'atbilde' }).length).toBeGreaterThan(0);
    expect(serverPaths({ ...data, target: 'atbilde' })).toContain('/target');
  }
}

describe.each([
  // [comparison, trigger type, rule value, answer that makes it true, answers that make it false]
  ['is', 'short-text', 'jā', 'jā', ['nē', undefined]],
  ['is', 'yes-no', true, true, [false, undefined]],
  ['is', 'date', '2025-03-01', '2025-03-01', ['2025-03-02']],
  ['is_not', 'short-text', 'nē', 'jā', ['nē', undefined]],
  ['is_not', 'single-choice', 'a', 'b', ['a', undefined]],
  ['is_one_of', 'single-choice', ['a', 'c'], 'c', ['b', undefined]],
  ['contains', 'multiple-choice', 'b', ['a', 'b'], [['a', 'c'], [], undefined]],
  ['greater_than', 'number', 3, 3.5, [3, -1, undefined]],
  ['less_than', 'number', 3, -1, [3, 10, undefined]],
] as const)('%s on a %s field', (op, type, value, holds, fails) => {
  const def = formFor(type, op, value);

  it('shows the field, required, when the condition holds', () => {
    expectAgreement(def, { trigger: holds }, true);
  });

  it.each(fails.map((answer) => [JSON.stringify(answer) ?? 'no answer', answer]))(
    'hides it, refusing a value, when the answer is %s',
    (_, answer) => {
      expectAgreement(def, answer === undefined ? {} : { trigger: answer }, false);
    },
  );
});

describe('joins and steps', () => {
  const twoRules = (join: 'all' | 'any') => {
    let def = formFor('number', 'greater_than', 0);
    def = setCondition(def, {
      target: { kind: 'field', id: 'target' },
      join,
      rules: [
        { field: 'trigger', op: 'greater_than', value: 0 },
        { field: 'trigger', op: 'less_than', value: 10 },
      ],
    });
    return def;
  };

  it.each([
    ['all', 5, true],
    ['all', 12, false],
    ['any', 12, true],
    ['any', undefined, false],
  ] as const)('join %s with the answer %s: shown %s', (join, answer, shown) => {
    expectAgreement(twoRules(join), answer === undefined ? {} : { trigger: answer }, shown);
  });

  it('applies a step condition to every field of the step, together with a field’s own', () => {
    let def = formFor('yes-no', 'is', true);
    def = addField(def, {
      type: 'yes-no',
      options: { label: { lv: 'Vēl', en: 'More' } },
      at: { step: 'you', index: 0 },
      key: 'gate',
    });
    def = addStep(def, { before: 'trigger', title: { lv: 'Sīkāk', en: 'Details' } });
    def = setCondition(def, {
      target: { kind: 'step', id: 'sikak' },
      join: 'all',
      rules: [{ field: 'gate', op: 'is', value: true }],
    });
    expect(def.form.steps.find((step) => step.id === 'sikak')?.fields).toEqual([
      'trigger',
      'target',
      'fullName',
      'hasPet',
      'petName',
    ]);
    expectAgreement(def, { gate: true, trigger: true }, true);
    // Closed, the step's other questions are hidden too, so a citizen answers only the home.
    expectAgreement(def, { gate: false }, false, { home: BASE.home });
    expectAgreement(def, { gate: true, trigger: false }, false);
    // The step's other fields follow its condition too.
    const schema = def.form.schema as RJSFSchema;
    const closed = retrieveSchema(rjsf, schema, schema, { gate: false });
    expect(Object.keys(closed.properties ?? {})).not.toContain('fullName');
    const server = createFormValidator(ajv, def.form.schema);
    expect(server({ gate: false, home: BASE.home })).toEqual({ ok: true });
  });
});
