import { describe, expect, it } from 'vitest';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { type AnswerContext, describeAnswer, formatDate, formatNumber } from './describe-answer.ts';

const root: JsonSchema = {
  type: 'object',
  definitions: { code: { type: 'string', title: 'Kods' } },
  properties: {},
};
const lv: AnswerContext = {
  language: 'lv',
  words: { yes: 'Jā', no: 'Nē', notAnswered: 'Nav norādīts' },
  root,
};
const en: AnswerContext = { language: 'en', words: { yes: 'Yes', no: 'No', notAnswered: 'Not given' }, root };

describe('describeAnswer', () => {
  const properties = DECLARATION_OF_RESIDENCE.form.schema.properties ?? {};
  const ui = DECLARATION_OF_RESIDENCE.form.uiSchema as Record<string, Record<string, unknown>>;

  it('names attached files, one line each, by their upload tokens', () => {
    const files = { type: 'array', items: { type: 'string' }, attachment: {} } as JsonSchema;
    const names: Record<string, string> = { att_a: 'izziņa.pdf', att_b: 'foto.png' };
    const context = { ...lv, fileName: (token: string) => names[token] ?? 'fails' };
    expect(describeAnswer(files, {}, ['att_a', 'att_b'], context)).toEqual(['izziņa.pdf', 'foto.png']);
    expect(describeAnswer(files, {}, [], context)).toEqual(['Nav norādīts']);
  });

  it('says choices by their titles and yes/no in words', () => {
    expect(describeAnswer(properties.housingBasis ?? {}, {}, 'owner', lv)).toEqual(['Esmu īpašnieks']);
    expect(describeAnswer(properties.ownerConsent ?? {}, {}, false, lv)).toEqual(['Nē']);
    expect(describeAnswer({ type: 'boolean' }, {}, true, en)).toEqual(['Yes']);
    expect(
      describeAnswer({ type: 'string', enum: ['s', 'l'] }, { 'ui:enumNames': ['Mazs', 'Liels'] }, 'l', lv),
    ).toEqual(['Liels']);
  });

  it('writes dates and numbers the way the language does', () => {
    expect(describeAnswer(properties.birthDate ?? {}, {}, '1975-11-16', lv)).toEqual(['16.11.1975']);
    expect(describeAnswer(properties.birthDate ?? {}, {}, '1975-11-16', en)).toEqual(['16 November 1975']);
    expect(describeAnswer({ type: 'number' }, {}, 12345.5, lv)).toEqual([formatNumber(12345.5, 'lv')]);
    expect(formatNumber(12345.5, 'lv')).toMatch(/^12\s345,5$/u);
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
    expect(formatDate('not a date', 'lv')).toBe('not a date');
  });

  it('gives one line per answered part of a group, in the form’s order', () => {
    const address = { postalCode: 'LV-1010', street: 'Brīvības iela 1', city: '' };
    expect(describeAnswer(properties.address ?? {}, ui.address ?? {}, address, lv)).toEqual([
      'Iela, mājas numurs, dzīvoklis: Brīvības iela 1',
      'Pasta indekss: LV-1010',
    ]);
  });

  it('numbers list items, joins simple lists and follows $ref', () => {
    const children: JsonSchema = {
      type: 'array',
      items: {
        type: 'object',
        properties: { code: { $ref: '#/definitions/code' }, born: { type: 'string', format: 'date' } },
      },
    };
    expect(describeAnswer(children, {}, [{ code: 'A', born: '2020-01-02' }, { code: 'B' }], lv)).toEqual([
      '1. Kods: A; born: 02.01.2020',
      '2. Kods: B',
    ]);
    const languages: JsonSchema = { type: 'array', items: { type: 'string', enum: ['lv', 'en'] } };
    expect(
      describeAnswer(languages, { items: { 'ui:enumNames': ['latviešu', 'angļu'] } }, ['en', 'lv'], lv),
    ).toEqual(['angļu, latviešu']);
  });

  it('says plainly when nothing was answered', () => {
    for (const value of [undefined, '', [], {}, { street: '' }]) {
      expect(describeAnswer(properties.address ?? {}, {}, value, lv)).toEqual(['Nav norādīts']);
    }
  });
});
