import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { validatorName } from '../../schema/validator-key.ts';
import { collectValidatedSchemas } from './collect-validated-schemas.ts';

/** A form as the builder writes conditions: one allOf member (if/then/else) per condition. */
function conditionalForm(conditions: number): { schema: JsonSchema; ifs: JsonSchema[] } {
  const properties: Record<string, JsonSchema> = {};
  const allOf: JsonSchema[] = [];
  const ifs: JsonSchema[] = [];
  for (let i = 0; i < conditions; i++) {
    properties[`asked${i}`] = { type: 'boolean' };
    properties[`detail${i}`] = { type: 'string', maxLength: 50 };
    const condition: JsonSchema = { properties: { [`asked${i}`]: { const: true } }, required: [`asked${i}`] };
    ifs.push(condition);
    allOf.push({
      if: condition,
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's then keyword, not a thenable.
      then: { required: [`detail${i}`] },
      else: { propertyNames: { not: { enum: [`detail${i}`] } } },
    });
  }
  return { schema: { type: 'object', properties, allOf }, ifs };
}

describe("the schemas a form's browser validator will be asked about", () => {
  it('include every condition of a form with 60 conditions, without trying each combination of them', () => {
    // RJSF's own parser combines one branch of each condition: 2^60 shapes, publishing would hang.
    const { schema, ifs } = conditionalForm(60);
    const found = collectValidatedSchemas(schema);
    for (const condition of ifs) expect(found.has(validatorName(condition))).toBe(true);
    expect(found.has(validatorName(schema))).toBe(true);
  });

  it('end on a form whose definitions refer to themselves', () => {
    const schema: JsonSchema = {
      type: 'object',
      definitions: {
        person: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            kind: { oneOf: [{ const: 'adult' }, { const: 'child' }] },
            guardian: { $ref: '#/definitions/person' },
          },
        },
      },
      properties: { applicant: { $ref: '#/definitions/person' } },
    };
    const found = collectValidatedSchemas(schema);
    expect(found.has(validatorName({ const: 'child' }))).toBe(true);
  });
});
