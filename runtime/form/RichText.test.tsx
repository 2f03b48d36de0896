import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText, richHelpFor } from './RichText.tsx';

const ui = {
  'ui:helpRich': {
    lv: {
      format: 'rich-text/1',
      blocks: [
        {
          type: 'paragraph',
          content: [{ text: 'Skatīt ' }, { text: 'VID', bold: true, link: 'https://vid.gov.lv' }],
        },
        { type: 'list', ordered: true, items: [[{ text: 'pirmais' }], [{ text: 'otrais', italic: true }]] },
        { type: 'paragraph', content: [{ text: '<b>teksts</b>', link: 'javascript:alert(1)' }] },
      ],
    },
  },
};

describe('RichText', () => {
  it('renders paragraphs, numbered lists, bold, italic and safe links, in the page language', () => {
    const doc = richHelpFor(ui, 'lv');
    expect(doc).toBeDefined();
    const html = renderToStaticMarkup(<RichText doc={doc!} />);
    expect(html).toContain(
      '<a href="https://vid.gov.lv" rel="noopener noreferrer" target="_blank"><strong>VID</strong></a>',
    );
    expect(html).toContain('<ol><li>pirmais</li><li><em>otrais</em></li></ol>');
    // Markup in a text run stays text; an unsafe link is dropped, its words kept.
    expect(html).toContain('&lt;b&gt;teksts&lt;/b&gt;');
    expect(html).not.toContain('javascript:');
  });

  it('has nothing for a language the help is not written in, or a malformed value', () => {
    expect(richHelpFor(ui, 'en')).toBeUndefined();
    expect(richHelpFor({ 'ui:helpRich': '<p>x</p>' }, 'lv')).toBeUndefined();
    expect(richHelpFor(undefined, 'lv')).toBeUndefined();
  });
});
