import { describe, expect, it } from 'vitest';
import { addField } from './add-field.ts';
import { setCondition } from './set-condition.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';

const def = buildDesignerDefinition();
const hasPet = [{ field: 'hasPet', op: 'is' as const, value: true }];

describe('setCondition', () => {
  it('adds a condition on a step with a generated id, compiled into the schema', () => {
    const result = setCondition(def, { target: { kind: 'step', id: 'home' }, join: 'all', rules: hasPet });
    expectValid(result);
    expect(result.form.conditions?.[1]).toEqual({
      id: 'show-home',
      target: { kind: 'step', id: 'home' },
      join: 'all',
      rules: hasPet,
    });
    expect(result.form.schema.properties).not.toHaveProperty('members');
    expect(result.form.steps[1]?.fields).toEqual(['home', 'members', 'about']);
  });

  it('replaces the condition of the same target in place, keeping its id', () => {
    const rules = [
      { field: 'hasPet', op: 'is' as const, value: true },
      { field: 'fullName', op: 'is_not' as const, value: 'Anna' },
    ];
    const result = setCondition(def, { target: { kind: 'field', id: 'petName' }, join: 'any', rules });
    expectValid(result);
    expect(result.form.conditions).toEqual([
      { id: 'show-pet-name', target: { kind: 'field', id: 'petName' }, join: 'any', rules },
    ]);
  });

  it('accepts every comparison on a field it fits', () => {
    let result = addField(def, {
      type: 'number',
      options: { label: { lv: 'Skaits', en: 'Count' } },
      at: { step: 'you', index: 0 },
    });
    result = addField(result, {
      type: 'multiple-choice',
      options: { label: { lv: 'Kas', en: 'What' } },
      at: { step: 'you', index: 0 },
    });
    result = addField(result, {
      type: 'single-choice',
      options: { label: { lv: 'Kurš', en: 'Which' } },
      at: { step: 'you', index: 0 },
    });
    result = setCondition(result, {
      target: { kind: 'field', id: 'members' },
      join: 'all',
      rules: [
        { field: 'skaits', op: 'greater_than', value: 1 },
        { field: 'skaits', op: 'less_than', value: 9 },
        { field: 'kas', op: 'contains', value: 'option-2' },
        { field: 'kurs', op: 'is_one_of', value: ['option-1', 'option-2'] },
        { field: 'fullName', op: 'is', value: 'Anna' },
      ],
    });
    expectValid(result);
  });

  it.each([
    [{ kind: 'field', id: 'nope' }, hasPet, /no top-level field "nope"/],
    [{ kind: 'step', id: 'nope' }, hasPet, /no top-level step "nope"/],
    [{ kind: 'field', id: 'home' }, [], /1 to 20 rules/],
    [{ kind: 'field', id: 'home' }, [{ field: 'about', op: 'is', value: {} }], /no single answer/],
    [{ kind: 'field', id: 'home' }, [{ field: 'hasPet', op: 'greater_than', value: 1 }], /does not fit/],
    [{ kind: 'field', id: 'home' }, [{ field: 'hasPet', op: 'is', value: 'yes' }], /not an answer/],
    [{ kind: 'field', id: 'hasPet' }, [{ field: 'petName', op: 'is', value: 'Rex' }], /circle/],
    [{ kind: 'step', id: 'you' }, hasPet, /circle/],
  ] as const)('refuses %j with %j', (target, rules, message) => {
    expect(() => setCondition(def, { target, join: 'all', rules: [...rules] })).toThrow(message);
  });
});
