import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../service-definition.ts';
import { MIGRATIONS, migrateDefinition } from './migrate-definition.ts';

describe('migrateDefinition', () => {
  it('has one step per version below the current one', () => {
    expect(MIGRATIONS).toHaveLength(MODEL_VERSION);
  });

  it('leaves a current document as it is', () => {
    const doc = { modelVersion: MODEL_VERSION, code: 'x' };
    expect(migrateDefinition(doc)).toEqual({ ok: true, value: doc });
  });

  it('runs the steps from the stored version', () => {
    const result = migrateDefinition({
      modelVersion: 0,
      title: 'T',
      description: 'D',
      formSchema: { type: 'object' },
    });
    expect(result.ok && result.value.modelVersion).toBe(MODEL_VERSION);
  });

  it.each([[99], [-1], [1.5], ['1'], [undefined]])('refuses modelVersion %j', (modelVersion) => {
    const result = migrateDefinition({ modelVersion });
    expect(result.ok ? null : result.issues[0]?.code).toBe('unknown_model_version');
  });

  it('refuses what is not an object', () => {
    expect(migrateDefinition([1]).ok).toBe(false);
    expect(migrateDefinition(null).ok).toBe(false);
  });
});
