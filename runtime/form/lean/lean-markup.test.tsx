/**
 * The lean renderer must draw exactly what RJSF draws: for every kind of plain question, with and
 * without answers, hints, help, messages and in both languages, the markup of a
 * {@link LeanFieldGroup} equals that of the RJSF {@link FieldGroup} it replaces. Questions it
 * does not know stay with RJSF.
 */
import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createFieldSchema } from '../../../schema/field-types/create-field-schema.ts';
import { type CreatableFieldType, FIELD_TYPES } from '../../../schema/field-types/field-types.ts';
import type { JsonSchema } from '../../../schema/json-schema.ts';
import type { Language } from '../../../schema/service-definition.ts';
import { en } from '../../i18n/en.ts';
import { lv } from '../../i18n/lv.ts';
import {
  createFormLayout,
  type FieldGroupSpec,
  LEAN_GROUP_SIZE,
  RENDER_GROUP_SIZE,
} from '../create-form-layout.ts';
import { createFormValidator } from '../create-form-validator.ts';
import { FieldGroup } from '../FieldGroup.tsx';
import type { FormData } from '../form-context.ts';
import { createTranslateString } from '../rjsf-translate-string.ts';
import { LeanFieldGroup } from './LeanFieldGroup.tsx';
import { leanFieldPlan } from './lean-field-plan.ts';

const validator = createFormValidator<FormData>() as ValidatorType<FormData, RJSFSchema>;
const STRINGS = { lv, en } as const;
const OPTIONS = [
  { const: 'a', title: 'Pirmā' },
  { const: 'b', title: 'Otrā' },
];
const RICH = {
  lv: {
    format: 'rich-text/1',
    blocks: [
      {
        type: 'paragraph',
        content: [
          { text: 'Skatīt ', bold: true },
          { text: 'noteikumus', link: 'https://likumi.lv/?a=1&b="2"', italic: true },
          { text: ' <script>', bold: true, italic: true },
          { text: 'un ' },
          { text: 'šo', link: 'javascript:alert(1)' },
        ],
      },
      { type: 'list', ordered: true, items: [[{ text: 'viens' }], [{ text: "div's & trīs" }]] },
      { type: 'list', ordered: false, items: [[{ text: '' }, { text: 'x', bold: true }]] },
    ],
  },
  en: { format: 'rich-text/1', blocks: [{ type: 'paragraph', content: [{ text: 'See', italic: true }] }] },
};
/** Text that would be markup if it were not escaped. */
const HOSTILE = `"><img src=x onerror=alert(1)> & 'x' </textarea><script>`;

/** Every plain question kind, each in the variants that change its markup. */
const PROPERTIES: Record<string, JsonSchema> = {
  text: { type: 'string', title: 'Vārds', minLength: 2, maxLength: 60, pattern: '^[A-Za-z ]*$' },
  described: { type: 'string', title: 'Uzvārds', description: 'Kā pasē' },
  untitled: { type: 'string' },
  helped: { type: 'string', title: 'Ar palīdzību' },
  rich: { type: 'string', title: 'Ar bagātu palīdzību' },
  prefilled: { type: 'string', title: 'Personas kods' },
  retitled: { type: 'string', title: 'Vecais nosaukums', description: 'Vecs apraksts' },
  placeholder: { type: 'string', title: 'Ar paraugu' },
  email: { type: 'string', title: 'E-pasts', format: 'email' },
  date: { type: 'string', title: 'Datums', format: 'date' },
  long: { type: 'string', title: 'Apraksts', maxLength: 4000 },
  choice: { type: 'string', title: 'Izvēle', oneOf: OPTIONS },
  dropdown: { type: 'string', title: 'Saraksts', oneOf: OPTIONS },
  named: { type: 'string', title: 'Nosauktie', enum: ['x', 'y'] },
  preset: { type: 'string', title: 'Ar noklusējumu', oneOf: OPTIONS, default: 'b' },
  whole: { type: 'integer', title: 'Skaits', minimum: 0, maximum: 120 },
  copies: { type: 'integer', title: 'Eksemplāri', minimum: 1, maximum: 5, default: 1 },
  amount: { type: 'number', title: 'Summa', multipleOf: 0.01, exclusiveMinimum: 0 },
  tick: { type: 'boolean', title: 'Piekrītu' },
  untitledTick: { type: 'boolean' },
  radios: { type: 'string', title: 'Radio', oneOf: OPTIONS },
  namedRadios: { type: 'string', title: 'Nosauktās pogas', enum: ['x', 'y', 'z'] },
  yesNo: { type: 'boolean', title: 'Vai jums ir suns?', description: 'Arī kucēns' },
  retitledYesNo: { type: 'boolean', title: 'Vecs' },
  hostile: { type: 'string', title: `Vārds ${HOSTILE}`, description: HOSTILE },
  hostileChoice: { type: 'string', title: HOSTILE, oneOf: [{ const: HOSTILE, title: HOSTILE }] },
  hostileTick: { type: 'boolean', title: HOSTILE },
  lines: { type: 'string', title: 'Rindas' },
  // A field name that would break out of the ids and attributes derived from it if not escaped.
  'odd "name" <x>': { type: 'string', title: 'Dīvains nosaukums' },
};
const UI: Record<string, unknown> = {
  helped: { 'ui:help': 'Rakstiet pilnu vārdu.' },
  rich: { 'ui:helpRich': RICH },
  prefilled: { 'ui:readonly': true, 'ui:autocomplete': 'off' },
  retitled: { 'ui:title': 'Jaunais nosaukums', 'ui:description': 'Jauns apraksts' },
  placeholder: { 'ui:placeholder': 'piemēram, Rīga', 'ui:autocomplete': 'address-level2' },
  email: { 'ui:autocomplete': 'email' },
  long: { 'ui:widget': 'textarea' },
  dropdown: { 'ui:widget': 'select' },
  named: { 'ui:enumNames': ['Iks', 'Igrek'] },
  tick: { 'ui:help': 'Atzīmējiet, ja piekrītat.' },
  radios: { 'ui:widget': 'radio', 'ui:help': 'Izvēlieties vienu.' },
  namedRadios: { 'ui:widget': 'radio', 'ui:enumNames': ['Iks', 'Igrek', 'Zet'] },
  yesNo: { 'ui:widget': 'radio' },
  retitledYesNo: { 'ui:widget': 'radio', 'ui:title': 'Jauns', 'ui:readonly': true },
  hostile: { 'ui:help': HOSTILE, 'ui:placeholder': HOSTILE },
  hostileChoice: { 'ui:widget': 'radio' },
  lines: { 'ui:widget': 'textarea', 'ui:placeholder': 'Rakstiet' },
};
const REQUIRED = ['text', 'email', 'date', 'choice', 'whole', 'tick', 'long', 'radios', 'yesNo'];
const SCHEMA: JsonSchema = { type: 'object', required: REQUIRED, properties: PROPERTIES };

const ANSWERS: FormData = {
  text: 'Anna',
  described: 'Bērziņa',
  prefilled: '010203-12345',
  email: 'anna@example.lv',
  date: '1975-11-16',
  long: 'Pirmā rinda\notrā rinda',
  choice: 'b',
  dropdown: 'a',
  named: 'y',
  preset: 'a',
  whole: 0,
  copies: 3,
  amount: 12.5,
  tick: true,
  untitledTick: false,
  radios: 'b',
  namedRadios: 'z',
  yesNo: false,
  retitledYesNo: true,
  hostile: HOSTILE,
  hostileChoice: HOSTILE,
  hostileTick: true,
  // A leading line break: HTML drops the first one after <textarea>, so it must be written twice.
  lines: '\nPirmā\n\notrā',
  'odd "name" <x>': 'jā',
};
const MESSAGES = Object.fromEntries(
  Object.keys(PROPERTIES).map((field, index) => [
    field,
    { __errors: index % 2 === 0 ? ['Jāaizpilda.'] : ['Par īsu.', `Neatbilst paraugam ${HOSTILE}`] },
  ]),
);

function render(spec: FieldGroupSpec, language: Language, answers: FormData, errors: boolean, lean: boolean) {
  const strings = STRINGS[language];
  const common = {
    readAnswers: () => answers,
    errorSchema: errors ? MESSAGES : undefined,
    formContext: { language, strings },
    translateString: createTranslateString(strings.formLibrary),
    onAnswers: () => {},
  };
  return renderToStaticMarkup(
    lean ? (
      <LeanFieldGroup fields={spec.fields} plans={spec.lean ?? []} {...common} />
    ) : (
      <FieldGroup spec={spec} validator={validator} {...common} />
    ),
  );
}

function groupsOf(schema: JsonSchema, uiSchema: Record<string, unknown>): FieldGroupSpec[] {
  const layout = createFormLayout(schema, uiSchema, [], validator);
  return layout.groupsFor(layout.visibleFields({}), {});
}

describe('the lean renderer', () => {
  const groups = groupsOf(SCHEMA, UI);

  it('takes every plain question of the form', () => {
    expect(groups.every((group) => group.lean !== undefined)).toBe(true);
    expect(groups.flatMap((group) => group.fields)).toEqual(Object.keys(PROPERTIES));
  });

  for (const language of ['lv', 'en'] as const) {
    for (const [label, answers] of [
      ['no answers', {}],
      ['answers', ANSWERS],
    ] as const) {
      for (const errors of [false, true]) {
        it(`draws what RJSF draws: ${language}, ${label}, ${errors ? 'with' : 'without'} messages`, () => {
          for (const group of groups) {
            const lean = render(group, language, answers, errors, true);
            expect(lean).toBe(render(group, language, answers, errors, false));
            expect(lean).toContain('<input');
          }
        });
      }
    }
  }

  it("draws the builder's plain question types as RJSF does, and leaves the rest to RJSF", () => {
    const creatable = FIELD_TYPES.filter((type) => type.available && type.id !== 'page-break').map(
      (type) => type.id as CreatableFieldType,
    );
    const lean: string[] = [];
    for (const type of creatable) {
      const { schema, uiSchema } = createFieldSchema(type, { label: { lv: 'Jautājums', en: 'Question' } });
      const [group] = groupsOf(
        { type: 'object', required: ['q'], properties: { q: schema } },
        { q: uiSchema },
      );
      if (!group?.lean) continue;
      lean.push(type);
      for (const errors of [false, true]) {
        expect(render(group, 'lv', {}, errors, true)).toBe(render(group, 'lv', {}, errors, false));
      }
    }
    // The everyday questions are lean; lists, files and groups are RJSF's.
    expect(lean).toEqual(
      expect.arrayContaining([
        'short-text',
        'long-text',
        'number',
        'date',
        'email',
        'yes-no',
        'single-choice',
      ]),
    );
    expect(lean).not.toContain('file');
  });

  it.each([
    ['a $ref', { $ref: '#/definitions/x' }, undefined],
    ['a nested group', { type: 'object', properties: { a: { type: 'string' } } }, undefined],
    ['a list', { type: 'array', items: { type: 'string' } }, undefined],
    [
      'radio buttons in a row',
      { type: 'string', oneOf: OPTIONS },
      { 'ui:widget': 'radio', 'ui:options': { inline: true } },
    ],
    [
      'yes/no with its own words',
      { type: 'boolean' },
      { 'ui:widget': 'radio', 'ui:enumNames': ['Jā!', 'Nē!'] },
    ],
    [
      'tick boxes',
      { type: 'array', items: { type: 'string', enum: ['a'] }, uniqueItems: true },
      { 'ui:widget': 'checkboxes' },
    ],
    [
      'an option with a description',
      { type: 'string', oneOf: [{ const: 'a', description: 'x' }] },
      undefined,
    ],
    ['a web address', { type: 'string', format: 'uri' }, undefined],
    ['a constant', { type: 'string', const: 'a' }, undefined],
    ['examples', { type: 'string', examples: ['a'] }, undefined],
    ['a described checkbox', { type: 'boolean', description: 'x' }, undefined],
    ['ui:options', { type: 'string' }, { 'ui:options': { inputType: 'tel' } }],
    ['a hidden field', { type: 'string' }, { 'ui:widget': 'hidden' }],
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's then keyword.
    ['a condition', { type: 'string', if: { minLength: 1 }, then: { maxLength: 3 } }, undefined],
    ['a number dropdown', { type: 'integer', enum: [1, 2] }, undefined],
    ['a read-only schema', { type: 'string', readOnly: true }, undefined],
  ])('leaves %s to RJSF', (_label, schema, uiSchema) => {
    expect(leanFieldPlan('q', schema as JsonSchema, uiSchema, false)).toBeUndefined();
  });

  it('splits a step into runs: plain questions lean, the others in RJSF forms, in page order', () => {
    const properties: Record<string, JsonSchema> = {};
    for (let i = 0; i < LEAN_GROUP_SIZE + 2; i++) properties[`a${i}`] = { type: 'string' };
    // Lists of tick boxes stay with RJSF.
    for (let i = 0; i < RENDER_GROUP_SIZE + 1; i++) {
      properties[`pick${i}`] = {
        type: 'array',
        items: { type: 'string', enum: ['a', 'b'] },
        uniqueItems: true,
      };
    }
    properties.b0 = { type: 'string' };
    const split = groupsOf({ type: 'object', properties }, {});
    expect(split.map((group) => [group.fields.length, group.lean !== undefined])).toEqual([
      [LEAN_GROUP_SIZE, true],
      [2, true],
      [RENDER_GROUP_SIZE, false],
      [1, false],
      [1, true],
    ]);
  });
});
