import { describe, expect, it } from 'vitest';
import { isLvCompanyCode } from './lv-company-code.ts';

describe('isLvCompanyCode', () => {
  it.each(['40003032949', '90000069281'])('accepts %s', (code) => {
    expect(isLvCompanyCode(code)).toBe(true);
  });

  it.each(['40003521601', '40003032948', '4000303294', '400030329490', '4000303294a', 'LV40003032949', ''])(
    'rejects %j',
    (code) => {
      expect(isLvCompanyCode(code)).toBe(false);
    },
  );
});
