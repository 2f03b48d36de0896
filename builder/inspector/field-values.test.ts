import { describe, expect, it } from 'vitest';
import { COMPANY_CERTIFICATE_REQUEST, DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import { WIRED_OPERATIONS } from '../designer/wired-operations.ts';
import { readFieldValues } from './field-values.ts';

describe('readFieldValues', () => {
  it('reads labels and help in both languages, required and prefill', () => {
    const v = readFieldValues(DECLARATION_OF_RESIDENCE, '/properties/personalCode')!;
    expect(v.label).toEqual({ lv: 'Personas kods', en: 'Personal code' });
    expect(v.help).toEqual({ lv: 'Formā 123456-12345.', en: 'In the form 123456-12345.' });
    expect(v.required).toBe(true);
    expect(v.prefill).toEqual({ kind: 'claim', claim: 'personal_code' });
    expect(v.constraints.format).toBe('lv-personal-code');
  });

  it('reads nested fields and choice options with their translations', () => {
    const city = readFieldValues(DECLARATION_OF_RESIDENCE, '/properties/address/properties/city')!;
    expect(city).toMatchObject({
      label: { lv: 'Pilsēta vai pagasts', en: 'City or parish' },
      required: true,
      prefill: undefined,
    });
    expect(city.constraints).toEqual({ minLength: 1, maxLength: 100 });
    const kind = readFieldValues(COMPANY_CERTIFICATE_REQUEST, '/properties/certificateKind')!;
    expect(kind.options?.[0]).toEqual({
      value: 'register-extract',
      label: { lv: 'Izraksts no komercreģistra', en: 'Extract from the commercial register' },
    });
    expect(readFieldValues(COMPANY_CERTIFICATE_REQUEST, '/properties/copies')!.defaultValue).toBe(1);
  });

  it('reads a field that a condition shows (compiled into an allOf branch)', () => {
    const shown = WIRED_OPERATIONS.setCondition(DECLARATION_OF_RESIDENCE, {
      id: 'show-phone',
      target: { kind: 'field', id: 'phone' },
      join: 'all',
      rules: [{ field: 'housingBasis', op: 'is', value: 'rental' }],
    });
    expect(JSON.stringify(shown.form.schema.allOf)).toContain('"phone"');
    expect(readFieldValues(shown, '/properties/phone')?.label).toEqual({ lv: 'Tālrunis', en: 'Phone' });
  });

  it('answers undefined for a field that is not there', () => {
    expect(readFieldValues(DECLARATION_OF_RESIDENCE, '/properties/nope')).toBeUndefined();
  });
});
