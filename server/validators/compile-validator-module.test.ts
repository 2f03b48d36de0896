import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../schema/ajv-setup.ts';
import { checkDefinition } from '../../schema/check-definition.ts';
import { readCorpus } from '../../schema/fixtures/fixture-corpus.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { composePlainObject } from '../../schema/plain-object-validator.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { generateValidData } from '../../schema/testing/generate-valid-data.ts';
import { validatorName } from '../../schema/validator-key.ts';
import { compileValidatorModule } from './compile-validator-module.ts';
import { importValidatorModule } from './testing/import-validator-module.ts';

type Data = Record<string, unknown>;

/** Valid answers, then each top-level answer removed, emptied, of the wrong type, too long, negative. */
function samples(schema: JsonSchema): Data[] {
  const found: Data[] = [];
  for (const seed of [1, 2]) {
    const valid = generateValidData(schema, { seed });
    found.push(valid, {});
    for (const key of Object.keys(schema.properties ?? {})) {
      const { [key]: _removed, ...without } = valid;
      found.push(without);
      for (const wrong of [
        null,
        '',
        'ä'.repeat(400),
        -1,
        1.5,
        true,
        [],
        { x: 1 },
        'not-an-email@',
        '2024-02-30',
      ]) {
        found.push({ ...valid, [key]: wrong });
      }
    }
  }
  return found;
}

const pick = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map(({ keyword, instancePath, schemaPath, params, message }) => ({
    keyword,
    instancePath,
    schemaPath,
    params,
    message,
  }));

describe('precompiled validators of the fixture corpus', () => {
  // As published: the checker normalises (dialect spelling, older model versions).
  const valid = readCorpus('valid').map(([name, input]) => {
    const checked = checkDefinition(input);
    // schema/fixtures/corpus.test.ts asserts they pass; a busy machine may run out of the
    // pattern-analysis budget here, and only two fixtures need the normalisation anyway.
    return [name, checked.ok ? checked.value : (input as ServiceDefinition)] as const;
  });
  // Past 200 required fields ajv checks them in a loop: the composed root must agree there too.
  const wide: JsonSchema = { type: 'object', properties: {}, required: [] };
  for (let i = 0; i < 260; i++) {
    wide.properties![`f${i}`] = i % 2 ? { type: 'string', maxLength: 5 } : { type: 'integer', minimum: 0 };
    wide.required!.push(`f${i}`);
  }
  const cases: ReadonlyArray<readonly [string, JsonSchema]> = [
    ...valid.map(([name, definition]) => [name, definition.form.schema] as const),
    ['a wide form of 260 required fields', wide],
  ];
  it.each(cases)('%s: same verdicts and errors as the server', async (_, schema) => {
    const server = createAjv().compile(schema);
    const functions = await importValidatorModule(compileValidatorModule(schema));
    // A plain object root is composed from its fields in the browser; any other is compiled whole.
    const precompiled = functions[validatorName(schema)] ?? composePlainObject(schema, functions);
    expect(precompiled).toBeTypeOf('function');
    let invalid = 0;
    for (const data of samples(schema)) {
      const expected = server(data);
      expect(precompiled!(data), JSON.stringify(data).slice(0, 200)).toBe(expected);
      expect(pick(precompiled!.errors)).toEqual(pick(server.errors));
      if (!expected) invalid += 1;
    }
    // The samples must include refusals, or agreeing would prove little.
    expect(invalid).toBeGreaterThan(0);
  });
});

/**
 * Everything an agency types can end up in the module as a string; none of it may become code.
 * Each payload would set `globalThis.__injected` if it escaped its string literal or comment.
 */
const ESCAPES = [
  '*/ globalThis.__injected = 1; /*',
  '`; globalThis.__injected = 1; `',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is that text.
  '${globalThis.__injected = 1}',
  '"; globalThis.__injected = 1; "',
  "'; globalThis.__injected = 1; '",
  '</script><script>globalThis.__injected = 1</script>',
  '\n globalThis.__injected = 1; //',
  '\u2028 globalThis.__injected = 1; //',
  '\\"; globalThis.__injected = 1; //',
];

function hostileSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  ESCAPES.forEach((payload, i) => {
    properties[payload] = {
      type: 'string',
      title: payload,
      description: payload,
      $comment: payload,
      enum: [payload, `${payload}${i}`],
      default: payload,
    } as JsonSchema;
    properties[`pattern${i}`] = {
      type: 'string',
      // The escape as a literal string of the pattern language: every special character escaped.
      pattern: `^${payload.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`,
      title: payload,
    };
    properties[`const${i}`] = { const: payload, title: payload } as JsonSchema;
  });
  return {
    $id: 'https://example.test/*/ globalThis.__injected = 1; /*',
    $comment: '*/ globalThis.__injected = 1; /*',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is that text.
    title: '`${globalThis.__injected = 1}`',
    type: 'object',
    properties,
    required: ESCAPES.slice(0, 3),
    if: { properties: { [ESCAPES[0]!]: { const: ESCAPES[1] } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's then keyword, not a thenable.
    then: { required: ['pattern0'] },
  };
}

describe('a hostile schema', () => {
  it('stays data: the module runs without executing any of it, and validates by it', async () => {
    const schema = hostileSchema();
    const code = compileValidatorModule(schema);
    const globals = globalThis as { __injected?: unknown };
    delete globals.__injected;
    const functions = await importValidatorModule(code);
    const validate = functions[validatorName(schema)]!;
    const answers: Data = {};
    ESCAPES.forEach((payload, i) => {
      answers[payload] = payload;
      answers[`pattern${i}`] = payload;
      answers[`const${i}`] = payload;
    });
    expect(validate(answers)).toBe(true);
    expect(validate({ ...answers, [ESCAPES[0]!]: 'other' })).toBe(false);
    expect(validate({ ...answers, pattern4: 'x' })).toBe(false);
    expect(createAjv().validate({ ...schema, $id: undefined }, answers)).toBe(true);
    expect(globals.__injected).toBeUndefined();
    // The only names the module defines are its own: no schema text outside string literals.
    expect(code).not.toContain('https://example.test');
    expect(code.startsWith('export default function load(require, formats) {')).toBe(true);
  });

  it('cannot make the module reach outside the form with a $ref', () => {
    const schema: JsonSchema = { type: 'object', properties: { a: { $ref: 'https://example.test/x.json' } } };
    expect(() => compileValidatorModule(schema)).toThrow();
  });
});
