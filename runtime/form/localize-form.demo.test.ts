import { describe, expect, it } from 'vitest';
import { DEMO_DEFINITIONS } from '../../schema/demo-definitions.ts';
import { parsePointer } from '../../schema/json-pointer.ts';
import { localizeForm } from './localize-form.ts';

function nodeAt(root: unknown, pointer: string): Record<string, unknown> | undefined {
  let node = root;
  for (const token of parsePointer(pointer) ?? [])
    node = (node as Record<string, unknown> | undefined)?.[token];
  return node as Record<string, unknown> | undefined;
}

describe.each(DEMO_DEFINITIONS.map((definition) => [definition.code, definition] as const))(
  'English for the demo service %s',
  (_code, definition) => {
    it('applies every translated title and description', () => {
      const { schema } = localizeForm(definition.form, 'en');
      for (const [pointer, text] of Object.entries(definition.form.translations.en ?? {})) {
        const node = nodeAt(schema, pointer);
        expect(node, pointer).toBeDefined();
        if (text.title !== undefined) expect(node?.title, pointer).toBe(text.title);
        if (text.description !== undefined) expect(node?.description, pointer).toBe(text.description);
      }
    });
  },
);
