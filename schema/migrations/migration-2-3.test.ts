import { describe, expect, it } from 'vitest';
import { emptyRegister } from '../register/service-register.ts';
import { migrate2To3 } from './migration-2-3.ts';

const v2 = {
  modelVersion: 2,
  code: 'dog-registration',
  settings: { access: { who: 'anyone', assurance: 'low' } },
};

describe('migrate2To3', () => {
  it('adds an empty register entry for citizens and bumps the version', () => {
    expect(migrate2To3(v2)).toEqual({
      ok: true,
      value: { ...v2, modelVersion: 3, register: emptyRegister(['citizens']) },
    });
  });

  it('gives a form for company representatives a business audience', () => {
    const result = migrate2To3({ ...v2, settings: { access: { who: 'company-representatives' } } });
    expect(result.ok && (result.value.register as { audience: string[] }).audience).toEqual(['businesses']);
  });

  it('keeps a register a version 2 document already had, for the checker to judge', () => {
    const result = migrate2To3({ ...v2, register: 'x' });
    expect(result.ok && result.value.register).toBe('x');
  });

  it('does not change its input', () => {
    const input = structuredClone(v2);
    migrate2To3(input);
    expect(input).toEqual(v2);
  });
});
