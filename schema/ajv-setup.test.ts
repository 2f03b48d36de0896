import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { AJV_FORMAT_OPTIONS, AJV_OPTIONS, createAjv, RJSF_VALIDATOR_OPTIONS } from './ajv-setup.ts';

describe('createAjv', () => {
  it('has no way to load remote schemas and no $data', () => {
    const ajv = createAjv();
    expect(ajv.opts.loadSchema).toBeUndefined();
    expect(ajv.opts.$data).toBe(false);
    expect(() => ajv.compile({ $ref: 'https://example.com/schema.json' })).toThrow();
  });

  it('is strict about unknown keywords and formats', () => {
    const ajv = createAjv();
    expect(() => ajv.compile({ type: 'string', maxLenght: 3 })).toThrow(/unknown keyword/);
    expect(() => ajv.compile({ type: 'string', format: 'credit-card' })).toThrow(/unknown format/);
  });

  it('still compiles the condition shapes rjsf evaluates on their own', () => {
    const ajv = createAjv();
    expect(() => ajv.compile({ properties: { a: { const: true } } })).not.toThrow();
    expect(() => ajv.compile({ required: ['b'] })).not.toThrow();
  });

  it('validates our formats and full-mode dates', () => {
    const ajv = createAjv();
    const validate = ajv.compile({
      type: 'object',
      properties: {
        code: { type: 'string', format: 'lv-personal-code' },
        day: { type: 'string', format: 'date' },
      },
    });
    expect(validate({ code: '161175-19997', day: '2024-02-29' })).toBe(true);
    expect(validate({ code: '180565-05611', day: '2023-02-29' })).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath).sort()).toEqual(['/code', '/day']);
  });

  it('does not count inherited members as present properties', () => {
    const validate = createAjv().compile({ type: 'object', required: ['toString'] });
    expect(validate({})).toBe(false);
  });

  it('hands rjsf the same options and functions', () => {
    expect(RJSF_VALIDATOR_OPTIONS.ajvOptionsOverrides).toBe(AJV_OPTIONS);
    expect(Object.keys(RJSF_VALIDATOR_OPTIONS.customFormats).sort()).toEqual([
      'lv-company-code',
      'lv-personal-code',
      'lv-phone',
      'lv-postal-code',
    ]);
    expect(RJSF_VALIDATOR_OPTIONS.ajvFormatOptions).toBe(false);
    expect(AJV_FORMAT_OPTIONS).toEqual({ mode: 'full', formats: ['email', 'date'] });
    const extended = RJSF_VALIDATOR_OPTIONS.extenderFn(new Ajv(AJV_OPTIONS));
    expect(extended.compile({ type: 'string', format: 'lv-phone' })('+371 2612 3456')).toBe(true);
    expect(extended.compile({ type: 'string', format: 'date' })('2023-02-29')).toBe(false);
  });
});
