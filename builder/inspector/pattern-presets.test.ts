import { describe, expect, it } from 'vitest';
import { createAjv } from '../../schema/ajv-setup.ts';
import { buildDefinition } from '../../schema/build-definition.ts';
import { checkDefinition } from '../../schema/check-definition.ts';
import { PATTERN_PRESETS, presetOf } from './pattern-presets.ts';

describe('PATTERN_PRESETS', () => {
  it.each(PATTERN_PRESETS.map((p) => [p.id, p] as const))(
    '%s passes the checker and accepts its example',
    (_id, preset) => {
      const field = { type: 'string', title: 'X', ...preset.constraint };
      const definition = buildDefinition({ form: { schema: { properties: { x: field } } } });
      const result = checkDefinition(definition);
      expect(result.ok ? [] : result.issues.filter((i) => i.path.includes('/x'))).toEqual([]);
      const validate = createAjv().compile(field);
      expect(validate(preset.example)).toBe(true);
      expect(validate('<script>')).toBe(false);
    },
  );

  it('recognises the preset a field uses', () => {
    expect(presetOf({ format: 'lv-postal-code' })?.id).toBe('postal-code');
    expect(presetOf({ pattern: '^[0-9]+$' })?.id).toBe('digits');
    expect(presetOf({ pattern: '^a$' })).toBeUndefined();
  });
});
