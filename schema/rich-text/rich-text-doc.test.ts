import { describe, expect, it } from 'vitest';
import { plainToRichText, RICH_TEXT_FORMAT, richTextToPlain, sanitizeRichText } from './rich-text-doc.ts';

const doc = {
  format: RICH_TEXT_FORMAT,
  blocks: [
    {
      type: 'paragraph',
      content: [{ text: 'Skatīt ' }, { text: 'noteikumus', bold: true, link: 'https://likumi.lv' }],
    },
    { type: 'list', ordered: true, items: [[{ text: 'pirmais', italic: true }], [{ text: 'otrais' }]] },
  ],
};

describe('sanitizeRichText', () => {
  it('keeps a clean document as it is', () => {
    expect(sanitizeRichText(doc)).toEqual(doc);
  });

  it('drops unsafe links, unknown keys and markup-bearing extras, keeping the text', () => {
    const hostile = {
      format: RICH_TEXT_FORMAT,
      blocks: [
        {
          type: 'paragraph',
          content: [{ text: '<script>x</script>', link: 'javascript:alert(1)', onclick: 'x', bold: 'yes' }],
        },
        { type: 'html', html: '<img onerror=x>' },
      ],
      extra: 1,
    };
    expect(sanitizeRichText(hostile)).toEqual({
      format: RICH_TEXT_FORMAT,
      blocks: [{ type: 'paragraph', content: [{ text: '<script>x</script>' }] }],
    });
  });

  it.each([[null], ['text'], [{ format: 'other', blocks: [] }], [{ format: RICH_TEXT_FORMAT, blocks: [] }]])(
    'answers undefined for %j',
    (value) => expect(sanitizeRichText(value)).toBeUndefined(),
  );
});

describe('richTextToPlain', () => {
  it('writes paragraphs, numbered items and link addresses as plain lines', () => {
    expect(richTextToPlain(sanitizeRichText(doc))).toBe(
      'Skatīt noteikumus (https://likumi.lv)\n1. pirmais\n2. otrais',
    );
  });
});

describe('plainToRichText', () => {
  it('turns lines into paragraphs and back', () => {
    expect(richTextToPlain(plainToRichText('a\nb'))).toBe('a\nb');
    expect(plainToRichText('')).toBeUndefined();
  });
});
