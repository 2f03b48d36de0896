import type { RJSFValidationError } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { lv } from '../i18n/lv.ts';
import { plainMessage, toPlainErrors } from './plain-error-messages.ts';

const error = (
  name: string,
  property: string,
  params: Record<string, unknown> = {},
  title = '',
): RJSFValidationError => ({
  name,
  property,
  params,
  title,
  message: 'ajv text',
  stack: 'ajv text',
});

describe('plainMessage', () => {
  it('says what to do, with the limit, in the chosen language', () => {
    expect(plainMessage('required', { missingProperty: 'name' }, lv.errors)).toBe('Aizpildiet šo lauku.');
    expect(plainMessage('minLength', { limit: 3 }, lv.errors)).toBe('Ievadiet vismaz 3 rakstzīmes.');
    expect(plainMessage('maxLength', { limit: 1 }, en.errors)).toBe('Enter no more than 1 character.');
    expect(plainMessage('format', { format: 'lv-phone' }, en.errors)).toMatch(/\+371/);
    expect(plainMessage('type', { type: 'integer' }, en.errors)).toBe('Enter a whole number.');
    expect(plainMessage('const', { allowedValue: true }, lv.errors)).toBe('Lai turpinātu, atzīmējiet šo.');
  });

  it('falls back to a general sentence for unknown keywords, formats or missing limits', () => {
    expect(plainMessage('format', { format: 'toString' }, en.errors)).toBe(en.errors.formatOther);
    expect(plainMessage('minLength', undefined, en.errors)).toBe(en.errors.other);
    expect(plainMessage('propertyNames', {}, lv.errors)).toBe(lv.errors.other);
  });
});

describe('toPlainErrors', () => {
  it('rewrites messages and prefixes the summary line with the field title', () => {
    const [plain] = toPlainErrors(
      [error('required', '.name', { missingProperty: 'name' }, 'Vārds')],
      lv.errors,
    );
    expect(plain).toMatchObject({
      property: '.name',
      message: 'Aizpildiet šo lauku.',
      stack: 'Vārds: Aizpildiet šo lauku.',
    });
  });

  it('drops if-wrappers and repeated messages for one field', () => {
    const plain = toPlainErrors(
      [
        error('const', '.colour', { allowedValue: 'black' }),
        error('const', '.colour', { allowedValue: 'white' }),
        error('oneOf', '.colour'),
        error('if', ''),
        error('required', '.reason', { missingProperty: 'reason' }),
      ],
      en.errors,
    );
    expect(plain.map((e) => [e.property, e.message])).toEqual([
      ['.colour', 'Choose one of the options.'],
      ['.reason', 'Fill in this field.'],
    ]);
  });
});
