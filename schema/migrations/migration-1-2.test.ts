import { describe, expect, it } from 'vitest';
import { migrate1To2 } from './migration-1-2.ts';

const v1 = {
  modelVersion: 1,
  code: 'dog-registration',
  form: { schema: { type: 'object' }, uiSchema: {}, steps: [], translations: {} },
};

describe('migrate1To2', () => {
  it('adds an empty list of conditions and bumps the version', () => {
    expect(migrate1To2(v1)).toEqual({
      ok: true,
      value: {
        modelVersion: 2,
        code: 'dog-registration',
        form: { schema: { type: 'object' }, uiSchema: {}, steps: [], translations: {}, conditions: [] },
      },
    });
  });

  it('keeps a conditions key a version 1 document already had, for the checker to judge', () => {
    const result = migrate1To2({ ...v1, form: { ...v1.form, conditions: 'x' } });
    expect(result.ok && (result.value.form as Record<string, unknown>).conditions).toBe('x');
  });

  it('leaves a form that is not an object to the shape check', () => {
    expect(migrate1To2({ ...v1, form: 7 })).toEqual({ ok: true, value: { ...v1, modelVersion: 2, form: 7 } });
  });

  it('does not change its input', () => {
    const input = structuredClone(v1);
    migrate1To2(input);
    expect(input).toEqual(v1);
  });
});
