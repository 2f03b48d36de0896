import { describe, expect, it } from 'vitest';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { WIRED_OPERATIONS } from '../designer/wired-operations.ts';
import { diffDefinitions, isEmptyDiff } from './diff-definitions.ts';

const v1 = DECLARATION_OF_RESIDENCE;
function edit(change: (d: ServiceDefinition) => void): ServiceDefinition {
  const copy = structuredClone(v1);
  change(copy);
  return copy;
}

describe('diffDefinitions', () => {
  it('finds nothing between equal versions', () => {
    expect(isEmptyDiff(diffDefinitions(v1, structuredClone(v1), 'lv'))).toBe(true);
  });

  it('lists added and removed fields by label, nested ones included', () => {
    const v2 = edit((d) => {
      d.form.schema.properties!.note = { type: 'string', title: 'Piezīmes' };
      delete d.form.schema.properties!.phone;
      delete d.form.schema.properties!.address!.properties!.city;
    });
    const diff = diffDefinitions(v1, v2, 'lv');
    expect(diff.added).toEqual([{ pointer: '/properties/note', label: 'Piezīmes' }]);
    expect(diff.removed.map((f) => f.label)).toEqual(['Tālrunis', 'Pilsēta vai pagasts']);
  });

  it('says what about a field changed', () => {
    const v2 = edit((d) => {
      const p = d.form.schema.properties!;
      p.givenName!.title = 'Vārds(-i)';
      p.givenName!.maxLength = 50;
      d.form.schema.required = d.form.schema.required!.filter((n) => n !== 'email');
      (d.form.uiSchema.phone as Record<string, unknown>)['ui:help'] = 'Cits padoms';
      d.form.translations.en!['/properties/housingBasis/oneOf/0'] = { title: 'Owner' };
      p.housingBasis!.oneOf!.push({ const: 'x', title: 'X' });
    });
    const byLabel = Object.fromEntries(
      diffDefinitions(v1, v2, 'en').changed.map((c) => [c.label, c.aspects]),
    );
    expect(byLabel['Given name']).toEqual(['label', 'limits']);
    expect(byLabel['E-mail']).toEqual(['required']);
    expect(byLabel.Phone).toEqual(['help']);
    expect(byLabel['Legal basis for living at this address']).toEqual(['choices']);
  });

  it('sees a field that a new condition shows as the same field, and the condition as changed', () => {
    const v2 = WIRED_OPERATIONS.setCondition(v1, {
      id: 'show-phone',
      target: { kind: 'field', id: 'phone' },
      join: 'all',
      rules: [{ field: 'housingBasis', op: 'is', value: 'rental' }],
    });
    const diff = diffDefinitions(v1, v2, 'lv');
    expect(diff).toMatchObject({ added: [], removed: [], conditionsChanged: true });
  });

  it('notices changed conditions, steps, details and settings', () => {
    const v2 = edit((d) => {
      d.form.schema.else = { required: ['ownerConsent', 'phone'] };
      d.form.steps[0]!.title.lv = 'Jūs';
      d.title.lv = 'Cits';
      d.settings.targetProcessingTime = 'P5D';
    });
    const diff = diffDefinitions(v1, v2, 'lv');
    expect(diff).toMatchObject({
      conditionsChanged: true,
      stepsChanged: true,
      detailsChanged: true,
      settingsChanged: true,
    });
    expect(diff.changed).toEqual([]);
  });
});
