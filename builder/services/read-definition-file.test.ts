import { describe, expect, it } from 'vitest';
import { readDefinitionFile } from './read-definition-file.ts';

describe('readDefinitionFile', () => {
  it('accepts a JSON object', () => {
    expect(readDefinitionFile('{"a":1}', 7)).toEqual({ ok: true, value: { a: 1 } });
  });
  it.each([
    ['{"a":', 5, 'not-json'],
    ['[1]', 3, 'not-object'],
    ['null', 4, 'not-object'],
    ['{}', 3 * 1024 * 1024, 'too-large'],
  ] as const)('refuses %s', (text, bytes, problem) => {
    expect(readDefinitionFile(text, bytes)).toEqual({ ok: false, problem });
  });
});
