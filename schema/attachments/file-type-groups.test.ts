import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPES } from './attachment-field.ts';
import { applyFileTypes, FILE_TYPE_GROUPS, fileTypesProblem } from './file-type-groups.ts';

describe('file type groups', () => {
  it('together hold exactly the accepted list, each type once', () => {
    const grouped = FILE_TYPE_GROUPS.flatMap((group) => group.types);
    expect([...grouped].sort()).toEqual([...ATTACHMENT_TYPES].sort());
  });

  it('sets the chosen types in the list order and keeps the size limit', () => {
    const schema = applyFileTypes({ type: 'array', attachment: { maxFileBytes: 1024, types: ['pdf'] } }, [
      'png',
      'pdf',
    ]);
    expect(schema.attachment).toEqual({ maxFileBytes: 1024, types: ['pdf', 'png'] });
  });

  it('puts back the whole list when no choice is given', () => {
    expect(applyFileTypes({ type: 'array', attachment: { types: ['pdf'] } }, undefined).attachment).toEqual({
      types: [...ATTACHMENT_TYPES],
    });
  });

  it('refuses an empty choice, unknown types and repeats', () => {
    expect(fileTypesProblem([])).toMatch(/at least one/);
    expect(fileTypesProblem(['exe'])).toMatch(/not on the accepted list/);
    expect(fileTypesProblem(['pdf', 'pdf'])).toMatch(/twice/);
    expect(() => applyFileTypes({ type: 'array', attachment: {} }, ['exe'])).toThrow('setFileTypes:');
  });
});
