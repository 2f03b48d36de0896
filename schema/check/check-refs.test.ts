import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../json-schema.ts';
import { checkRefs } from './check-refs.ts';
import type { Issues } from './shape-helpers.ts';
import { walkSchema } from './walk-schema.ts';

function refIssues(schema: JsonSchema) {
  const issues: Issues = [];
  checkRefs(walkSchema(schema, '', issues), '', issues);
  return issues;
}

describe('checkRefs', () => {
  it('accepts a definition used from several places (shared, not cyclic)', () => {
    expect(
      refIssues({
        type: 'object',
        definitions: {
          a: { type: 'string' },
          b: { type: 'object', properties: { x: { $ref: '#/definitions/a' } } },
        },
        properties: {
          one: { $ref: '#/definitions/b' },
          two: { $ref: '#/definitions/b' },
          three: { $ref: '#/definitions/a' },
        },
      }),
    ).toEqual([]);
  });

  it('finds a cycle whose closing edge is containment, and names a ref in it', () => {
    // a -> p/items; p/items -> p (ancestor). Whichever way the search goes, a ref site is reported.
    const issues = refIssues({
      type: 'object',
      definitions: { p: { type: 'array', items: { $ref: '#/definitions/p' } } },
      properties: { a: { $ref: '#/definitions/p/items' } },
    });
    expect(issues.map((issue) => issue.code)).toContain('ref_cycle');
    for (const issue of issues) expect(issue.message).not.toMatch(/undefined/);
  });

  it('finds a self-reference', () => {
    expect(refIssues({ type: 'object', properties: { a: { $ref: '#/properties/a' } } })).toEqual([
      expect.objectContaining({ code: 'ref_cycle', path: '/properties/a/$ref' }),
    ]);
  });

  it('resolves URI-encoded and escaped pointers, and refuses anchors', () => {
    expect(
      refIssues({
        type: 'object',
        definitions: { 'a b': { type: 'string' }, 'c/d': { type: 'string' } },
        properties: {
          x: { $ref: '#/definitions/a%20b' },
          y: { $ref: '#/definitions/c~1d' },
          z: { $ref: '#name' },
        },
      }).map((issue) => [issue.code, issue.path]),
    ).toEqual([['unresolved_ref', '/properties/z/$ref']]);
  });
});
