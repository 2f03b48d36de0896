import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../schema/ajv-setup.ts';
import { FORMAT_CATALOG } from '../../schema/formats/format-catalog.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { createFormValidator } from './create-form-validator.ts';
import { errorTarget } from './error-target.ts';

const probes = [
  '',
  'clearly not valid',
  '2025-02-29',
  '2024-02-29',
  'a@b',
  'janis@example.lv',
  'LV-1050',
  '+371 2612 3456',
];

describe('createFormValidator', () => {
  it.each(FORMAT_CATALOG.map((format) => [format.name, format.example]))(
    'agrees with the server on format %s',
    (name, example) => {
      const schema: RJSFSchema = { type: 'object', properties: { value: { type: 'string', format: name } } };
      const browser = createFormValidator();
      const server = createAjv().compile(schema);
      for (const value of [example, ...probes]) {
        const browserValid = browser.isValid(schema, { value }, schema);
        expect(browserValid, `${name}: ${JSON.stringify(value)}`).toBe(server({ value }));
      }
    },
  );

  it('names errors so the error summary can link them to their fields', () => {
    const schema: RJSFSchema = {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', title: 'Vārds' },
        address: { type: 'object', properties: { postcode: { type: 'string', format: 'lv-postal-code' } } },
      },
    };
    const { errors } = createFormValidator().validateFormData({ address: { postcode: '1050' } }, schema);
    const targets = errors.map((error) => errorTarget(error, schema as JsonSchema));
    expect(targets).toEqual(
      expect.arrayContaining([
        { fieldId: 'root_name', title: 'Vārds' },
        { fieldId: 'root_address_postcode', title: undefined },
      ]),
    );
  });
});
