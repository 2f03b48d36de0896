import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { lv } from '../i18n/lv.ts';
import { createAnswerChecker } from './answer-checker.ts';
import { createFormValidator } from './create-form-validator.ts';
import type { FormData } from './form-context.ts';
import { toPlainErrors } from './plain-error-messages.ts';

function wideSchema(count: number): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (let i = 0; i < count; i++) properties[`f${i}`] = { type: 'string', minLength: 2, title: `Lauks ${i}` };
  return { type: 'object', properties, required: Object.keys(properties).filter((_, i) => i % 3 === 0) };
}

const transformErrors = (errors: Parameters<typeof toPlainErrors>[0]) => toPlainErrors(errors, lv.errors);
/** Field paths of errors, however RJSF spells them (`.a.b` or `a.b`). */
const properties = (errors: { property?: string }[]) =>
  errors.map((error) => (error.property ?? '').replace(/^\./, '')).sort();

describe('createAnswerChecker', () => {
  it('finds what validating the form whole finds, worded for the citizen', () => {
    const schema = wideSchema(82);
    const validator = createFormValidator<FormData, RJSFSchema>();
    const checker = createAnswerChecker(schema, validator);
    const data: FormData = { f1: 'x', f4: 'long enough', f50: 'y' };
    const whole = createFormValidator<FormData, RJSFSchema>().validateFormData(data, schema as RJSFSchema);
    const split = checker.check(data, { transformErrors });
    expect(properties(split.errors)).toEqual(properties(whole.errors));
    expect(split.errorSchema).toMatchObject({
      f0: { __errors: [lv.errors.required] },
      f1: { __errors: [lv.errors.minLength(2)] },
    });
    expect(split.errors.every((error) => error.title === undefined)).toBe(true);
  });

  it('checks only the fields asked about', () => {
    const schema = wideSchema(60);
    const checker = createAnswerChecker(schema, createFormValidator());
    const { errors } = checker.check({}, { fields: new Set(['f3', 'f40', 'f41']) });
    expect(properties(errors)).toEqual(['f3']);
  });

  it('validates a form with conditions whole and keeps the conditions', () => {
    const { schema } = DECLARATION_OF_RESIDENCE.form;
    const checker = createAnswerChecker(schema, createFormValidator());
    const secondStep = new Set(['address', 'moveInDate', 'housingBasis', 'ownerConsent']);
    const rental = checker.check({ housingBasis: 'rental' }, { fields: secondStep });
    expect(properties(rental.errors)).toContain('ownerConsent');
    const owner = checker.check({ housingBasis: 'owner' }, { fields: secondStep });
    expect(properties(owner.errors)).not.toContain('ownerConsent');
  });

  it('warms up once: it runs the validator a first time, then has nothing left to do', () => {
    const schema = wideSchema(10);
    let runs = 0;
    const validator = createFormValidator<FormData, RJSFSchema>();
    const counting: typeof validator = Object.create(validator);
    counting.rawValidation = (schema, data) => {
      runs += 1;
      return validator.rawValidation(schema, data);
    };
    const checker = createAnswerChecker(schema, counting);
    expect(checker.warmUp()).toBe(false);
    expect(checker.warmUp()).toBe(false);
    expect(runs).toBe(1);
  });
});
