import { describe, expect, it } from 'vitest';
import { buildDefinition } from './build-definition.ts';
import { checkDefinition, MAX_REPORTED_ISSUES } from './check-definition.ts';
import { LIMITS } from './definition-issue.ts';
import { FORM_SCHEMA_DIALECT } from './json-schema.ts';

const codesOf = (input: unknown) => {
  const result = checkDefinition(input);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
};

describe('checkDefinition', () => {
  it('returns a normalised copy, not the input', () => {
    const input = buildDefinition({
      form: { schema: { $schema: 'https://json-schema.org/draft-07/schema' } },
    });
    const result = checkDefinition(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).not.toBe(input);
    expect(result.value.form.schema.$schema).toBe(FORM_SCHEMA_DIALECT);
    expect(input.form.schema.$schema).toBe('https://json-schema.org/draft-07/schema');
  });

  it('migrates an old model version before checking', () => {
    const result = checkDefinition({
      modelVersion: 0,
      code: 'dog-registration',
      version: 1,
      agency: 'riga-city',
      state: 'draft',
      title: 'Suņa reģistrācija',
      description: 'Pieteikums.',
      formSchema: { type: 'object', properties: { dogName: { type: 'string' } } },
    });
    expect(result.ok && result.value.form.schema.$schema).toBe(FORM_SCHEMA_DIALECT);
  });

  it('measures size in UTF-8 bytes, where Latvian letters take two', () => {
    // 1.1 million "ā" are 1.1 million UTF-16 units but 2.2 MB of UTF-8.
    const description = 'ā'.repeat(1_100_000);
    expect(description.length).toBeLessThan(LIMITS.maxDefinitionBytes);
    expect(codesOf(buildDefinition({ description: { lv: description } }))).toEqual(['too_large']);
  });

  it('reports every problem with a JSON Pointer, escaping ~ and /', () => {
    const result = checkDefinition(
      buildDefinition({ form: { schema: { properties: { 'a/b': { type: 'string', format: 'nope' } } } } }),
    );
    expect(result.ok ? [] : result.issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_format', path: '/form/schema/properties/a~1b/format' }),
    );
  });

  it('caps the number of issues', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`f${i}`, { type: 'string', format: `bad-${i}` }]),
    );
    const result = checkDefinition(buildDefinition({ form: { schema: { properties } } }));
    expect(result.ok ? 0 : result.issues.length).toBe(MAX_REPORTED_ISSUES);
  });
});

describe('checkDefinition on hostile input', () => {
  const deepArray = () => {
    let value: unknown = 1;
    for (let i = 0; i < 200_000; i++) value = [value];
    return value;
  };
  const cyclic = () => {
    const definition = buildDefinition() as unknown as Record<string, unknown>;
    definition.self = definition;
    return definition;
  };
  const sharedBomb = () => {
    // 2^24 leaves when expanded (within the depth limit): the copy must stop at the size budget.
    let node: unknown = { a: 'x' };
    for (let i = 0; i < 24; i++) node = { left: node, right: node };
    return buildDefinition({ form: { schema: { properties: { bomb: { type: 'object', default: node } } } } });
  };
  const throwingGetter = () => {
    const definition = buildDefinition() as unknown as Record<string, unknown>;
    Object.defineProperty(definition, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    return definition;
  };
  const hugeSparse = () => buildDefinition({ form: { steps: new Array(2 ** 32 - 1) } });

  it.each([
    ['null', null, 'invalid_shape'],
    ['a number', 42, 'invalid_shape'],
    ['an array', [], 'invalid_shape'],
    ['NaN inside', buildDefinition({ version: Number.NaN }), 'invalid_shape'],
    ['a function inside', { ...buildDefinition(), code: () => 1 }, 'invalid_shape'],
    ['a bigint inside', { ...buildDefinition(), version: 1n }, 'invalid_shape'],
    ['a Date inside', { ...buildDefinition(), title: new Date() }, 'invalid_shape'],
    ['200 000 nested arrays', { ...buildDefinition(), extra: deepArray() }, 'too_deep'],
    ['a cyclic object', cyclic(), 'too_deep'],
    ['a shared-reference bomb', sharedBomb(), 'too_large'],
    ['a throwing getter', throwingGetter(), 'invalid_shape'],
    ['a sparse array of 4 billion', hugeSparse(), 'too_large'],
  ])('answers %s without throwing', (_, input, code) => {
    const started = performance.now();
    expect(codesOf(input)).toContain(code);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a prototype-polluting key without polluting anything', () => {
    const input = JSON.parse(
      JSON.stringify(buildDefinition()).replace(
        '"uiSchema":{}',
        '"uiSchema":{"__proto__":{"polluted":true}}',
      ),
    );
    expect(codesOf(input)).toEqual(['forbidden_property_name']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stays within its time budget for many distinct catastrophic patterns', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`f${i}`, { type: 'string', pattern: `^(x${i}|x${i})*$` }]),
    );
    const started = performance.now();
    const codes = codesOf(buildDefinition({ form: { schema: { properties } } }));
    expect(performance.now() - started).toBeLessThan(6_000);
    expect(codes.filter((code) => code === 'unsafe_pattern')).toHaveLength(40);
  });
});
