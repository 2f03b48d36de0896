/**
 * The server foresees, without RJSF, every schema the browser's RJSF will ask the validator about
 * (server/validators/collect-validated-schemas.ts). Here RJSF itself is the oracle: its own
 * schema parser must find nothing the server missed, and RJSF at work on tricky forms (rendering,
 * matching answers to options, conditions, dependencies, refs) must never meet a schema without a
 * precompiled function, nor decide anything differently from the compiling validator.
 */
import Form from '@rjsf/core';
import { createSchemaUtils, type RJSFSchema } from '@rjsf/utils';
// By file: the parser is RJSF's own list of what `retrieveSchema` asks about (the oracle here).
import schemaParser from '@rjsf/utils/lib/parser/schemaParser.js';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../../schema/check-definition.ts';
import { DEMO_DEFINITIONS } from '../../schema/demo-definitions.ts';
import { readCorpus } from '../../schema/fixtures/fixture-corpus.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { stripAnnotations, validatorName } from '../../schema/validator-key.ts';
import { collectValidatedSchemas } from '../../server/validators/collect-validated-schemas.ts';
import { compileValidatorModule } from '../../server/validators/compile-validator-module.ts';
import { importValidatorModule } from '../../server/validators/testing/import-validator-module.ts';
import { DEFAULT_FORM_STATE } from './create-form-layout.ts';
import { createFormValidator } from './create-form-validator.ts';
import type { FormData } from './form-context.ts';
import { createPrecompiledValidator } from './precompiled-validator.ts';

const JUNK_OPTION_ID = '_$junk_option_schema_id$_';

/** Names of what RJSF's parser records, texts and its own `$id` tags removed. */
function parserNames(schema: JsonSchema): string[] {
  const recorded = Object.values(schemaParser(stripAnnotations(schema) as RJSFSchema)) as RJSFSchema[];
  return recorded
    .filter((s) => s.$id !== JUNK_OPTION_ID)
    .map(({ $id: _tag, ...rest }) => validatorName(rest as JsonSchema));
}

const address: JsonSchema = {
  type: 'object',
  properties: { street: { type: 'string', maxLength: 100 }, city: { type: 'string' } },
  required: ['street'],
  additionalProperties: false,
};

/** Forms no fixture has: options by $ref, nested options, conditions in items, dependencies by $ref. */
const TRICKY: ReadonlyArray<readonly [string, JsonSchema, FormData[]]> = [
  [
    'object options by $ref, closed to extra answers, with an option inside an option',
    {
      type: 'object',
      definitions: {
        address,
        abroad: {
          type: 'object',
          properties: {
            country: { type: 'string', oneOf: [{ const: 'EE' }, { const: 'LT' }] },
            line: { type: 'string' },
          },
          required: ['country'],
        },
      },
      properties: {
        where: { oneOf: [{ $ref: '#/definitions/address' }, { $ref: '#/definitions/abroad' }] },
        contact: {
          anyOf: [
            { type: 'object', properties: { phone: { type: 'string', pattern: '^\\+?\\d{8,12}$' } } },
            {
              type: 'object',
              properties: { post: { $ref: '#/definitions/address' } },
              additionalProperties: false,
            },
          ],
        },
      },
    },
    [
      {},
      { where: { street: 'Brīvības 1', city: 'Rīga' } },
      { where: { country: 'EE', line: 'Tallinn' } },
      { where: { street: 'x', country: 'LT' }, contact: { post: { street: 'a' } } },
      { contact: { phone: '+37126123456' } },
      { contact: { phone: 'nope', extra: 1 } },
    ],
  ],
  [
    'conditions inside conditions and inside repeated rows',
    {
      type: 'object',
      properties: {
        kind: { type: 'string', enum: ['person', 'company'] },
        rows: {
          type: 'array',
          items: {
            type: 'object',
            properties: { paid: { type: 'boolean' }, amount: { type: 'number' } },
            if: { properties: { paid: { const: true } }, required: ['paid'] },
            // biome-ignore lint/suspicious/noThenProperty: JSON Schema's then keyword.
            then: { required: ['amount'] },
          },
        },
      },
      if: { properties: { kind: { const: 'company' } }, required: ['kind'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's then keyword.
      then: {
        properties: { companyCode: { type: 'string', pattern: '^\\d{11}$' }, vat: { type: 'boolean' } },
        required: ['companyCode'],
        if: { properties: { vat: { const: true } }, required: ['vat'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's then keyword.
        then: { properties: { vatNumber: { type: 'string' } }, required: ['vatNumber'] },
      },
      else: { properties: { personalCode: { type: 'string' } } },
    },
    [
      {},
      { kind: 'person', personalCode: '010101-11111' },
      { kind: 'company', companyCode: '40003000000', vat: true, vatNumber: 'LV1' },
      { kind: 'company', vat: false, rows: [{ paid: true }, { paid: false, amount: 2 }] },
    ],
  ],
  [
    'dependencies with branches by $ref and conditions inside a branch',
    {
      type: 'object',
      definitions: {
        byPost: {
          properties: {
            delivery: { enum: ['post'] },
            postAddress: { type: 'string', minLength: 5 },
            urgent: { type: 'boolean' },
          },
          required: ['postAddress'],
          if: { properties: { urgent: { const: true } }, required: ['urgent'] },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's then keyword.
          then: { properties: { phone: { type: 'string' } }, required: ['phone'] },
        },
      },
      properties: { delivery: { type: 'string', enum: ['post', 'email'] }, name: { type: 'string' } },
      dependencies: {
        delivery: {
          oneOf: [
            { $ref: '#/definitions/byPost' },
            { properties: { delivery: { enum: ['email'] }, email: { type: 'string', format: 'email' } } },
          ],
        },
        name: ['delivery'],
      },
    },
    [
      {},
      { delivery: 'post', postAddress: 'Rīga 1', urgent: true, phone: '1' },
      { delivery: 'email', email: 'a@b.lv', name: 'A' },
      { delivery: 'email', postAddress: 'x' },
    ],
  ],
  [
    'conditions as the builder writes them (allOf of if/then) with a choice revealed by one',
    {
      type: 'object',
      properties: {
        hasPet: { type: 'boolean' },
        pets: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
      },
      allOf: [
        {
          if: { properties: { hasPet: { const: true } }, required: ['hasPet'] },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's then keyword.
          then: {
            properties: {
              petKind: {
                type: 'string',
                oneOf: [
                  { const: 'dog', title: 'Suns' },
                  { const: 'cat', title: 'Kaķis' },
                ],
              },
            },
            required: ['petKind'],
          },
          else: { propertyNames: { not: { enum: ['petKind'] } } },
        },
        {
          if: {
            anyOf: [
              { properties: { petKind: { const: 'dog' } }, required: ['petKind'] },
              { properties: { hasPet: { const: false } }, required: ['hasPet'] },
            ],
          },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's then keyword.
          then: { properties: { licence: { type: 'string' } } },
        },
      ],
    },
    [
      {},
      { hasPet: true, petKind: 'dog', licence: 'L-1' },
      { hasPet: false },
      { hasPet: true, petKind: 'cat' },
    ],
  ],
  [
    'repeated rows of object options',
    {
      type: 'object',
      properties: {
        documents: {
          type: 'array',
          items: {
            oneOf: [
              { type: 'object', properties: { passport: { type: 'string' } }, required: ['passport'] },
              {
                type: 'object',
                properties: { idCard: { type: 'string' }, issued: { type: 'string', format: 'date' } },
                required: ['idCard'],
              },
            ],
          },
        },
      },
    },
    [{}, { documents: [{ passport: 'LV1' }, { idCard: 'PA1', issued: '2020-01-01' }, {}] }],
  ],
];

const published: ReadonlyArray<readonly [string, JsonSchema]> = [
  ...readCorpus('valid').map(([name, input]) => {
    const checked = checkDefinition(input);
    return [name, (checked.ok ? checked.value : (input as ServiceDefinition)).form.schema] as const;
  }),
  ...DEMO_DEFINITIONS.map((definition) => [definition.code, definition.form.schema] as const),
  ...TRICKY.map(([name, schema]) => [name, schema] as const),
];

describe.each(published)('%s', (_, schema) => {
  it("holds everything RJSF's own parser records", () => {
    const ours = collectValidatedSchemas(schema);
    const missed = parserNames(schema).filter((name) => !ours.has(name));
    expect(missed).toEqual([]);
  });
});

describe.each(TRICKY)('RJSF at work on %s', (_, schema, samples) => {
  it('meets no schema the server did not precompile, and decides as the compiling validator', async () => {
    const precompiled = createPrecompiledValidator(
      await importValidatorModule(compileValidatorModule(schema)),
    );
    const compiling = createFormValidator<FormData, RJSFSchema>();
    const rjsfSchema = schema as RJSFSchema;
    const [ours, theirs] = [precompiled, compiling].map((validator) =>
      createSchemaUtils(validator, rjsfSchema, DEFAULT_FORM_STATE),
    );
    for (const formData of samples) {
      const label = JSON.stringify(formData);
      expect(ours!.retrieveSchema(rjsfSchema, formData), label).toEqual(
        theirs!.retrieveSchema(rjsfSchema, formData),
      );
      expect(ours!.retrieveSchema(rjsfSchema, formData, true), label).toEqual(
        theirs!.retrieveSchema(rjsfSchema, formData, true),
      );
      expect(ours!.getDefaultFormState(rjsfSchema, formData), label).toEqual(
        theirs!.getDefaultFormState(rjsfSchema, formData),
      );
      expect(ours!.omitExtraData(rjsfSchema, formData), label).toEqual(
        theirs!.omitExtraData(rjsfSchema, formData),
      );
      const pages = [precompiled, compiling].map((validator) =>
        renderToStaticMarkup(
          <Form<FormData, RJSFSchema> schema={rjsfSchema} validator={validator} formData={formData} />,
        ),
      );
      expect(pages[0], label).toEqual(pages[1]);
    }
    expect([...precompiled.missing]).toEqual([]);
  });
});
