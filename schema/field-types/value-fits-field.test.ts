import { describe, expect, it } from 'vitest';
import { valueFitsField } from './value-fits-field.ts';

const choice = {
  type: 'string',
  oneOf: [
    { const: 'owner', title: 'Īpašnieks' },
    { const: 'rental', title: 'Īre' },
  ],
};
const checkboxes = {
  type: 'array',
  uniqueItems: true,
  maxItems: 2,
  items: { type: 'string', oneOf: [{ const: 'a' }, { const: 'b' }, { const: 'c' }] },
};

describe('valueFitsField', () => {
  it.each([
    [{ type: 'string', maxLength: 3 }, 'abc', true],
    [{ type: 'string', maxLength: 3 }, 'abcd', false],
    [{ type: 'string', minLength: 2 }, 'ā', false],
    [{ type: 'string', format: 'lv-postal-code' }, 'LV-1050', true],
    [{ type: 'string', format: 'lv-postal-code' }, '1050', false],
    [{ type: 'string', format: 'date' }, '2024-02-29', true],
    [{ type: 'string', format: 'date' }, '2023-02-29', false],
    [{ type: 'string', format: 'email' }, 'anna@example.lv', true],
    [{ type: 'string', format: 'email' }, 'anna', false],
    [{ type: 'string', format: 'nope' }, 'x', false],
    [{ type: 'integer', minimum: 1, maximum: 3 }, 2, true],
    [{ type: 'integer' }, 2.5, false],
    [{ type: 'number', exclusiveMinimum: 0 }, 0, false],
    [{ type: 'number' }, '2', false],
    [{ type: 'boolean' }, false, true],
    [{ type: 'boolean' }, 'false', false],
    [{ type: 'null' }, null, true],
    [choice, 'owner', true],
    [choice, 'other', false],
    [checkboxes, ['a', 'c'], true],
    [checkboxes, ['a', 'a'], false],
    [checkboxes, ['a', 'b', 'c'], false],
    [checkboxes, ['d'], false],
    [{ type: 'object' }, {}, false],
    ['not a schema', 'x', false],
  ])('%j holds %j: %s', (schema, value, expected) => {
    expect(valueFitsField(schema, value)).toBe(expected);
  });
});
