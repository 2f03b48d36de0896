import { describe, expect, it } from 'vitest';
import { buildDefinition } from '../build-definition.ts';
import { checkDefinition } from '../check-definition.ts';
import { sanitizeRegisterRichText } from './sanitize-register-rich-text.ts';

const hostile = {
  format: 'rich-text/1',
  html: '<script>alert(1)</script>',
  blocks: [
    {
      type: 'paragraph',
      onclick: 'alert(1)',
      content: [
        { text: 'Open ', script: '<script>' },
        { text: 'the form', link: 'javascript:alert(1)' },
        { text: ' or write', link: 'mailto:info@example.lv' },
      ],
    },
    { type: 'html', content: '<img src=x onerror=alert(1)>' },
  ],
};

describe('sanitizeRegisterRichText', () => {
  it('keeps the text and safe links, and drops scripts, unknown keys and unsafe links', () => {
    const definition = buildDefinition();
    definition.register.howItIsDone = { lv: hostile as never, en: 'not a document' as never };
    const clean = sanitizeRegisterRichText(definition);
    expect(clean.register.howItIsDone).toEqual({
      lv: {
        format: 'rich-text/1',
        blocks: [
          {
            type: 'paragraph',
            content: [
              { text: 'Open ' },
              { text: 'the form' },
              { text: ' or write', link: 'mailto:info@example.lv' },
            ],
          },
        ],
      },
      en: null,
    });
    expect(JSON.stringify(clean)).not.toMatch(/<script|onerror|javascript:/);
    expect(checkDefinition(clean).ok).toBe(true);
  });

  it('leaves a definition without a register alone', () => {
    expect(sanitizeRegisterRichText({ code: 'x' })).toEqual({ code: 'x' });
  });
});
