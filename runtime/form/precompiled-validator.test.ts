import { createSchemaUtils, type RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../../schema/check-definition.ts';
import { DEMO_DEFINITIONS } from '../../schema/demo-definitions.ts';
import { readCorpus } from '../../schema/fixtures/fixture-corpus.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { generateValidData } from '../../schema/testing/generate-valid-data.ts';
import { compileValidatorModule } from '../../server/validators/compile-validator-module.ts';
import { importValidatorModule } from '../../server/validators/testing/import-validator-module.ts';
import { en } from '../i18n/en.ts';
import { createAnswerChecker } from './answer-checker.ts';
import { createFormLayout, DEFAULT_FORM_STATE } from './create-form-layout.ts';
import { createFormValidator } from './create-form-validator.ts';
import type { FormData } from './form-context.ts';
import { localizeForm } from './localize-form.ts';
import { toPlainErrors } from './plain-error-messages.ts';
import { createPrecompiledValidator } from './precompiled-validator.ts';

const published: ReadonlyArray<readonly [string, ServiceDefinition]> = [
  ...readCorpus('valid').map(([name, input]) => {
    const checked = checkDefinition(input);
    // schema/fixtures/corpus.test.ts asserts they pass; a busy machine may run out of the
    // pattern-analysis budget here, and only two fixtures need the normalisation anyway.
    return [name, checked.ok ? checked.value : (input as ServiceDefinition)] as const;
  }),
  ...DEMO_DEFINITIONS.map((definition) => [definition.code, definition] as const),
];

/** Answers a citizen may have at any moment: complete, partial, each answer wrong or missing. */
function answersOf(definition: ServiceDefinition): FormData[] {
  const { schema } = definition.form;
  const found: FormData[] = [{}];
  for (const seed of [1, 2, 3]) {
    const valid = generateValidData(schema, { seed });
    found.push(valid, generateValidData(schema, { seed, optional: 'none' }));
    for (const key of Object.keys(valid)) {
      const { [key]: _gone, ...without } = valid;
      found.push(without, { ...valid, [key]: 'x' }, { ...valid, [key]: 12 });
    }
  }
  return found;
}

const plain = (errors: Parameters<typeof toPlainErrors>[0]) => toPlainErrors(errors, en.errors);

describe.each(published)('%s with validators precompiled on the server', (_, definition) => {
  it('shows, checks and sends exactly what the compiling validator does, in English too', async () => {
    const { form } = definition;
    const precompiled = createPrecompiledValidator(
      await importValidatorModule(compileValidatorModule(form.schema)),
    );
    const compiling = createFormValidator<FormData, RJSFSchema>();
    const english = localizeForm(form, 'en');
    const layouts = [precompiled, compiling].map((validator) =>
      createFormLayout(english.schema, english.uiSchema, form.steps, validator),
    );
    const checkers = [precompiled, compiling].map((validator) => createAnswerChecker(form.schema, validator));
    const utils = [precompiled, compiling].map((validator) =>
      createSchemaUtils(validator, english.schema as RJSFSchema, DEFAULT_FORM_STATE),
    );
    for (const answers of answersOf(definition)) {
      const [ours, theirs] = [0, 1].map((i) => ({
        visible: layouts[i]!.visibleFields(answers),
        sent: layouts[i]!.submittable(answers),
        defaults: utils[i]!.getDefaultFormState(english.schema as RJSFSchema, answers),
        errors: checkers[i]!.check(answers, { transformErrors: plain }).errors.map(
          ({ property, message, name }) => ({ property, message, name }),
        ),
      }));
      expect(ours, JSON.stringify(answers).slice(0, 300)).toEqual(theirs);
    }
    // Every schema RJSF asked about had been foreseen by the server.
    expect([...precompiled.missing]).toEqual([]);
  });
});

describe('schemas RJSF builds while matching answers to options', () => {
  it('were foreseen by the server too (object options, made stricter; dependency branches)', async () => {
    const schema: RJSFSchema = {
      type: 'object',
      properties: {
        contact: {
          title: 'Saziņa',
          oneOf: [
            {
              title: 'Tālrunis',
              properties: { phone: { type: 'string', format: 'lv-phone' } },
              required: ['phone'],
            },
            {
              title: 'E-pasts',
              properties: { email: { type: 'string', format: 'email' } },
              required: ['email'],
            },
          ],
        },
        kind: { type: 'string', enum: ['a', 'b'] },
      },
      dependencies: {
        kind: {
          oneOf: [
            { properties: { kind: { const: 'a' }, extraA: { type: 'string' } } },
            { properties: { kind: { const: 'b' }, extraB: { type: 'number' } } },
          ],
        },
      },
    };
    const validator = createPrecompiledValidator(
      await importValidatorModule(compileValidatorModule(schema as JsonSchema)),
    );
    const utils = createSchemaUtils(validator, schema, DEFAULT_FORM_STATE);
    const compilingUtils = createSchemaUtils(createFormValidator(), schema, DEFAULT_FORM_STATE);
    for (const answers of [
      { contact: { email: 'a@b.lv' }, kind: 'b', extraB: 2 },
      { contact: { phone: '+371 26123456' }, kind: 'a', extraA: 'x', extraB: 3 },
    ]) {
      expect(utils.omitExtraData(schema, answers)).toEqual(compilingUtils.omitExtraData(schema, answers));
      expect(utils.retrieveSchema(schema, answers)).toEqual(compilingUtils.retrieveSchema(schema, answers));
      expect(utils.getDefaultFormState(schema, answers)).toEqual(
        compilingUtils.getDefaultFormState(schema, answers),
      );
    }
    expect([...validator.missing]).toEqual([]);
  });
});

describe('a schema the server did not precompile', () => {
  it('counts as not matching and is reported, instead of being compiled here', async () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } } } as const;
    const validator = createPrecompiledValidator(await importValidatorModule(compileValidatorModule(schema)));
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(validator.isValid({ type: 'number' }, { a: 5 }, schema)).toBe(false);
    } finally {
      console.warn = warn;
    }
    expect(validator.missing.size).toBe(1);
    expect(validator.isValid(schema, { a: 'x' }, schema)).toBe(true);
    expect(validator.isValid({ ...schema, title: 'Translated' }, { a: 5 }, schema)).toBe(false);
  });
});
