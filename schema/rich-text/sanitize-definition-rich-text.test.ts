import { describe, expect, it } from 'vitest';
import { RICH_TEXT_FORMAT } from './rich-text-doc.ts';
import { sanitizeDefinitionRichText } from './sanitize-definition-rich-text.ts';

const doc = (runs: unknown[]) => ({
  format: RICH_TEXT_FORMAT,
  blocks: [{ type: 'paragraph', content: runs }],
});

describe('sanitizeDefinitionRichText', () => {
  it('drops unsafe links and unknown keys in nested help, keeps the text and everything else', () => {
    const input = {
      code: 'x',
      form: {
        schema: { type: 'object' },
        uiSchema: {
          'ui:order': ['name', 'family'],
          name: {
            'ui:help': 'plain',
            'ui:helpRich': {
              lv: doc([{ text: 'Klikšķini', link: 'javascript:alert(1)', onclick: 'x' }]),
              en: { format: 'html', html: '<script>alert(1)</script>' },
              fr: doc([{ text: 'bonjour' }]),
            },
          },
          family: {
            items: { name: { 'ui:helpRich': { en: doc([{ text: 'ok', link: 'https://vid.gov.lv' }]) } } },
          },
        },
      },
    };
    const out = sanitizeDefinitionRichText(input);
    expect(out.form.uiSchema.name).toEqual({
      'ui:help': 'plain',
      'ui:helpRich': { lv: doc([{ text: 'Klikšķini' }]) },
    });
    expect(out.form.uiSchema.family.items.name['ui:helpRich']).toEqual({
      en: doc([{ text: 'ok', link: 'https://vid.gov.lv' }]),
    });
    expect(out.form.uiSchema['ui:order']).toEqual(['name', 'family']);
    expect(out.code).toBe('x');
  });

  it('removes a rich help entry with nothing usable left', () => {
    const out = sanitizeDefinitionRichText({
      form: { uiSchema: { a: { 'ui:helpRich': { lv: '<b>x</b>' }, 'ui:widget': 'textarea' } } },
    });
    expect(out.form.uiSchema.a).toEqual({ 'ui:widget': 'textarea' });
  });

  it('returns anything that is not a definition with a UI schema unchanged', () => {
    expect(sanitizeDefinitionRichText(null)).toBeNull();
    const noUi = { form: { schema: {} } };
    expect(sanitizeDefinitionRichText(noUi)).toBe(noUi);
  });
});
