import { isSafeLink, type RichInline, type RichTextDoc } from '../../../schema/rich-text/rich-text-doc.ts';
import { escapeHtml, htmlAttributes } from './escape-html.ts';

function runMarkup(run: RichInline): string {
  let html = escapeHtml(run.text);
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.italic) html = `<em>${html}</em>`;
  // Checked again here although the server sanitised it: a definition is data, never trusted.
  if (run.link && isSafeLink(run.link)) {
    html = `<a${htmlAttributes([
      ['href', run.link],
      ['rel', 'noopener noreferrer'],
      ['target', '_blank'],
    ])}>${html}</a>`;
  }
  return html;
}

const runsMarkup = (content: readonly RichInline[]) => content.map(runMarkup).join('');

/**
 * The markup {@link RichText} draws for a rich-text document, as a string for the lean renderer:
 * paragraphs, lists, bold, italic and safe links, every text escaped. Nothing in a definition
 * becomes markup of its own. lean-markup.test.tsx holds the two equal through the questions' rich
 * help (paragraphs, lists, links safe and not, hostile text).
 */
export function richTextMarkup(doc: RichTextDoc, className: string, id: string): string {
  const blocks = doc.blocks
    .map((block) => {
      if (block.type === 'paragraph') return `<p>${runsMarkup(block.content)}</p>`;
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${runsMarkup(item)}</li>`).join('')}</${tag}>`;
    })
    .join('');
  return `<div${htmlAttributes([
    ['class', className],
    ['id', id],
  ])}>${blocks}</div>`;
}
