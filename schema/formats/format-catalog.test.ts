import { describe, expect, it } from 'vitest';
import { createAjv } from '../ajv-setup.ts';
import { FORMAT_CATALOG } from './format-catalog.ts';

describe('FORMAT_CATALOG', () => {
  it.each(FORMAT_CATALOG.map((format) => [format.name, format] as const))(
    '%s is known to our ajv and its example passes',
    (name, format) => {
      const validate = createAjv().compile({ type: 'string', format: name });
      expect(validate(format.example)).toBe(true);
      expect(validate('clearly not valid')).toBe(false);
      expect(format.label.lv.trim()).not.toBe('');
      expect(format.label.en.trim()).not.toBe('');
    },
  );
});
