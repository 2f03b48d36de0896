import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../../schema/check-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { buildDesignerDefinition } from './testing/build-designer-definition.ts';

describe('editDefinition', () => {
  const def = buildDesignerDefinition();

  it('starts from a valid, compiled definition', () => {
    expect(checkDefinition(def)).toEqual({ ok: true, value: def });
  });

  it('returns an equal definition for an edit that changes nothing, sharing the fields', () => {
    const same = editDefinition(def, 'test', (open) => open);
    expect(same).toEqual(def);
    expect(same.form.schema.properties?.home).toBe(def.form.schema.properties?.home);
    expect(same.form.uiSchema).toBe(def.form.uiSchema);
  });

  it('refuses an edit that would make conditions depend on each other in a circle', () => {
    // The step condition reads hasPet; moving hasPet onto that step would hide it for good.
    const conditions = [
      ...(def.form.conditions ?? []),
      {
        id: 'home',
        target: { kind: 'step' as const, id: 'home' },
        join: 'all' as const,
        rules: [{ field: 'hasPet', op: 'is' as const, value: true }],
      },
    ];
    expect(() =>
      editDefinition(def, 'test', (open) => ({
        ...open,
        form: {
          ...open.form,
          conditions,
          steps: [
            { ...open.form.steps[0]!, fields: ['fullName', 'petName'] },
            { ...open.form.steps[1]!, fields: ['hasPet', 'home', 'members', 'about'] },
          ],
        },
      })),
    ).toThrow('test: conditions would depend on each other in a circle');
  });

  it('repairs order and references after an edit that only touched the schema', () => {
    const result = editDefinition(def, 'test', (open) => {
      const { hasPet: _, ...properties } = open.form.schema.properties ?? {};
      return { ...open, form: { ...open.form, schema: { ...open.form.schema, properties } } };
    });
    expect(result.form.steps[0]?.fields).toEqual(['fullName', 'petName']);
    expect(result.form.uiSchema['ui:order']).toEqual(['fullName', 'petName', 'home', 'members', 'about']);
    expect(result.form.conditions).toEqual([]);
    expect(result.form.schema.allOf).toBeUndefined();
  });
});
