import { describe, expect, it } from 'vitest';
import { buildDefinition } from './build-definition.ts';
import { checkDefinition } from './check-definition.ts';

describe('buildDefinition', () => {
  it('builds a definition that passes the checker', () => {
    expect(checkDefinition(buildDefinition())).toMatchObject({ ok: true });
  });

  it('deep-merges objects and replaces arrays', () => {
    const definition = buildDefinition({
      code: 'dog-licence',
      settings: {
        access: { who: 'signed-in' },
        prefill: [{ field: 'fullName', source: { kind: 'claim', claim: 'given_name' } }],
      },
      form: { schema: { properties: { email: { type: 'string', format: 'email' } } } },
    });
    expect(definition.code).toBe('dog-licence');
    expect(definition.settings.access).toEqual({ who: 'signed-in', assurance: 'low' });
    expect(definition.settings.prefill).toHaveLength(1);
    expect(Object.keys(definition.form.schema.properties ?? {})).toEqual(['fullName', 'email']);
    expect(checkDefinition(definition).ok).toBe(true);
  });

  it('returns a fresh object each time', () => {
    const first = buildDefinition();
    first.title.lv = 'changed';
    expect(buildDefinition().title.lv).toBe('Testa pakalpojums');
  });

  it('keeps a hostile __proto__ override as data for the checker to refuse', () => {
    const definition = buildDefinition(
      JSON.parse('{"form":{"schema":{"properties":{"__proto__":{"type":"string"}}}}}'),
    );
    expect(({} as Record<string, unknown>).type).toBeUndefined();
    const result = checkDefinition(definition);
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toContain('forbidden_property_name');
  });
});
