import { describe, expect, it } from 'vitest';
import { createAjv } from '../ajv-setup.ts';
import { checkDefinition } from '../check-definition.ts';
import { DEMO_DEFINITIONS } from '../demo-definitions.ts';
import { readCorpus } from '../fixtures/fixture-corpus.ts';
import { createFormValidator } from '../form-validator.ts';
import type { JsonSchema } from '../json-schema.ts';
import { generateValidData } from './generate-valid-data.ts';
import { samplePattern } from './sample-pattern.ts';

const fixtures = readCorpus('valid').map(([file, definition]) => {
  // As the server stores it: migrated to the current model, dialect spelling normalised.
  const checked = checkDefinition(definition);
  if (!checked.ok) throw new Error(`${file} does not pass the checker`);
  return [file, checked.value.form.schema] as const;
});
const demos = DEMO_DEFINITIONS.map(
  (definition) => [`demo ${definition.code}`, definition.form.schema] as const,
);
const ajv = createAjv();

describe.each([...fixtures, ...demos])('%s', (_, schema) => {
  const validate = createFormValidator(ajv, schema);

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('generated answers pass the server validator (seed %i)', (seed) => {
    for (const optional of ['all', 'none'] as const) {
      const data = generateValidData(schema, { seed, optional });
      const result = validate(data);
      expect(result.ok ? [] : result.issues, JSON.stringify(data)).toEqual([]);
    }
  });
});

describe('generateValidData', () => {
  it('is repeatable per seed and answers optional questions only when asked', () => {
    const [, schema] = demos[0]!;
    expect(generateValidData(schema, { seed: 3 })).toEqual(generateValidData(schema, { seed: 3 }));
    const all = Object.keys(generateValidData(schema, { seed: 3 }));
    const some = Object.keys(generateValidData(schema, { seed: 3, optional: 'none' }));
    expect(all.length).toBeGreaterThan(some.length);
  });

  it('follows a compiled "show only when" condition both ways', () => {
    const schema: JsonSchema = {
      type: 'object',
      required: ['hasPet'],
      properties: { hasPet: { type: 'boolean' } },
      allOf: [
        {
          if: { properties: { hasPet: { const: true } }, required: ['hasPet'] },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword.
          then: { properties: { petName: { type: 'string', minLength: 2 } }, required: ['petName'] },
          else: { propertyNames: { not: { enum: ['petName'] } } },
        },
      ],
    };
    const validate = createFormValidator(ajv, schema);
    const seen = new Set<boolean>();
    for (let seed = 1; seed <= 12; seed++) {
      const data = generateValidData(schema, { seed });
      seen.add(data.hasPet === true);
      expect(Object.hasOwn(data, 'petName')).toBe(data.hasPet === true);
      expect(validate(data)).toEqual({ ok: true });
    }
    expect(seen).toEqual(new Set([true, false]));
  });
});

describe('samplePattern', () => {
  it.each([
    '^LV-\\d{4}$',
    '^\\+371(?: ?\\d){8}$',
    '^[A-Z]{2}-\\d{1,4}$',
    '^(ab|cd)+x?$',
    '^[^0-9]{3}$',
    '^[a-z\\u0100-\\u017e .-]{1,10}$',
  ])('matches %s', (pattern) => {
    for (let stretch = 0; stretch < 3; stretch++) {
      expect(samplePattern(pattern, stretch)).toMatch(new RegExp(pattern, 'u'));
    }
  });
});
