import { describe, expect, it } from 'vitest';
import { setPrefill } from './set-prefill.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();

describe('setPrefill', () => {
  it('replaces a field’s source in place, adds one, removes one', () => {
    const replaced = setPrefill(def, { field: 'fullName', source: { kind: 'claim', claim: 'given_name' } });
    expectValid(replaced);
    expect(replaced.settings.prefill).toEqual([
      { field: 'fullName', source: { kind: 'claim', claim: 'given_name' } },
    ]);
    const added = setPrefill(def, { field: 'petName', source: { kind: 'url', param: 'pet' } });
    expect(added.settings.prefill.map((rule) => rule.field)).toEqual(['fullName', 'petName']);
    expect(setPrefill(def, { field: 'fullName', source: null }).settings.prefill).toEqual([]);
  });

  it.each([
    ['nope', { kind: 'url', param: 'x' }],
    ['fullName', { kind: 'url', param: 'a b' }],
    ['fullName', { kind: 'claim', claim: 'salary' }],
  ])('refuses %s from %j', (field, source) => {
    expect(() => setPrefill(def, { field, source: source as never })).toThrow(/^setPrefill: /);
  });
});
