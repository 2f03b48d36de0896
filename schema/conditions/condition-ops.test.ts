import { describe, expect, it } from 'vitest';
import { conditionOpsFor, ruleProblem } from './condition-ops.ts';

const choice = { type: 'string', oneOf: [{ const: 'a' }, { const: 'b' }] };
const many = { type: 'array', uniqueItems: true, maxItems: 2, items: choice };

describe('conditionOpsFor', () => {
  it.each([
    [{ type: 'boolean' }, ['is', 'is_not']],
    [{ type: 'string', format: 'date' }, ['is', 'is_not']],
    [{ type: 'integer' }, ['is', 'is_not', 'greater_than', 'less_than']],
    [choice, ['is', 'is_not', 'is_one_of']],
    [many, ['contains']],
    [{ type: 'object', properties: {} }, []],
    [{ type: 'null' }, []],
  ])('%j: %j', (schema, ops) => {
    expect(conditionOpsFor(schema)).toEqual(ops);
  });
});

describe('ruleProblem', () => {
  it.each([
    [choice, 'is_one_of', ['a', 'b'], undefined],
    [choice, 'is_one_of', ['a', 'a'], 'value'],
    [choice, 'is_one_of', [], 'value'],
    [choice, 'is', 'c', 'value'],
    [many, 'contains', 'b', undefined],
    [many, 'contains', ['b'], 'value'],
    [{ type: 'number' }, 'greater_than', 3.5, undefined],
    [{ type: 'number' }, 'less_than', '3', 'value'],
    [{ type: 'boolean' }, 'greater_than', 1, 'op'],
  ] as const)('%j %s %j -> %s', (schema, op, value, at) => {
    expect(ruleProblem(schema, { op, value })?.at).toBe(at);
  });
});
