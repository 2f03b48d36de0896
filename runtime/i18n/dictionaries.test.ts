import { describe, expect, it } from 'vitest';
import { FORMAT_CATALOG } from '../../schema/formats/format-catalog.ts';
import { en } from './en.ts';
import { lv } from './lv.ts';

describe('interface dictionaries', () => {
  it.each([
    ['lv', lv],
    ['en', en],
  ])('%s explains every format a form may use', (_language, strings) => {
    for (const format of FORMAT_CATALOG) expect(strings.errors.format[format.name], format.name).toBeTruthy();
  });

  it('inflects Latvian counts', () => {
    expect(lv.errors.minLength(1)).toBe('Ievadiet vismaz 1 rakstzīmi.');
    expect(lv.errors.maxLength(11)).toBe('Ievadiet ne vairāk kā 11 rakstzīmes.');
    expect(lv.errors.maxLength(21)).toBe('Ievadiet ne vairāk kā 21 rakstzīmi.');
  });
});
