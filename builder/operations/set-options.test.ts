import { describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { addField } from './add-field.ts';
import { setCondition } from './set-condition.ts';
import { setDefault } from './set-default.ts';
import { setOptions } from './set-options.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';
import { expectValid } from './testing/expect-valid.ts';

const owner = { value: 'owner', label: { lv: 'Īpašnieks', en: 'Owner' } };
const rent = { label: { lv: 'Īre', en: 'Rent' } };

function withChoice(type: 'single-choice' | 'multiple-choice'): ServiceDefinition {
  return addField(buildDesignerDefinition(), {
    type,
    options: { label: { lv: 'Pamats', en: 'Basis' } },
    at: { step: 'you', index: 0 },
  });
}

describe('setOptions', () => {
  it('replaces the options and their English labels, making values from labels', () => {
    const result = setOptions(withChoice('single-choice'), {
      field: ['pamats'],
      options: [owner, rent],
      display: 'dropdown',
    });
    expectValid(result);
    expect(result.form.schema.properties?.pamats?.oneOf).toEqual([
      { const: 'owner', title: 'Īpašnieks' },
      { const: 'ire', title: 'Īre' },
    ]);
    expect(result.form.translations.en?.['/properties/pamats/oneOf/1']).toEqual({ title: 'Rent' });
    expect(result.form.uiSchema.pamats).toEqual({ 'ui:widget': 'select' });
  });

  it('bounds a multiple choice by its number of options and drops stale English labels', () => {
    const three = setOptions(withChoice('multiple-choice'), {
      field: ['pamats'],
      options: [owner, rent, { label: { lv: 'Cits', en: 'Other' } }],
    });
    const one = setOptions(three, { field: ['pamats'], options: [owner] });
    expectValid(one);
    expect(one.form.schema.properties?.pamats).toMatchObject({
      maxItems: 1,
      items: { oneOf: [{ const: 'owner' }] },
    });
    expect(one.form.translations.en?.['/properties/pamats/items/oneOf/2']).toBeUndefined();
  });

  it('drops a default and condition rules that named a removed option', () => {
    let def = setOptions(withChoice('single-choice'), {
      field: ['pamats'],
      options: [owner, { value: 'rent', label: rent.label }],
    });
    def = setDefault(def, { field: ['pamats'], value: 'rent' });
    def = setCondition(def, {
      target: { kind: 'field', id: 'fullName' },
      join: 'any',
      rules: [
        { field: 'pamats', op: 'is', value: 'rent' },
        { field: 'pamats', op: 'is_one_of', value: ['owner', 'rent'] },
      ],
    });
    const result = setOptions(def, { field: ['pamats'], options: [owner] });
    expectValid(result);
    expect(result.form.schema.properties?.pamats).not.toHaveProperty('default');
    expect(result.form.conditions?.[1]?.rules).toEqual([
      { field: 'pamats', op: 'is_one_of', value: ['owner'] },
    ]);
  });

  it('refuses misuse', () => {
    const def = withChoice('single-choice');
    expect(() => setOptions(def, { field: ['pamats'], options: [] })).toThrow(/1 to 200 options/);
    expect(() => setOptions(def, { field: ['pamats'], options: [owner, owner] })).toThrow(/same value/);
    expect(() => setOptions(def, { field: ['fullName'], options: [owner] })).toThrow(
      'setOptions: a short-text has no options',
    );
  });
});
