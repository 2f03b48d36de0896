/**
 * The neutral rich-text format for help texts (issue 3: "stored in a neutral, sanitisable format
 * that the runtime renders without Lexical"). Deliberately tiny: paragraphs and lists of text
 * runs that may be bold, italic or a link. No HTML anywhere, so rendering it is building React
 * elements from data, and a hostile value can at worst show odd text.
 *
 * Where it lives in a definition: `uiSchema.<field>['ui:helpRich'] = { lv?: RichTextDoc, en?:
 * RichTextDoc }`, beside the plain-text fallback in `ui:help` (Latvian) and
 * `translations.en[pointer].help` (English), which every renderer already shows.
 *
 * Pure and dependency-free on purpose, ready to move to schema/ (the shared model) so the runtime
 * and the server's sanitiser use the same code.
 */
export const RICH_TEXT_FORMAT = 'rich-text/1' as const;

export interface RichInline {
  text: string;
  bold?: true;
  italic?: true;
  /** https:, http:, mailto: or tel: only. */
  link?: string;
}

export type RichBlock =
  | { type: 'paragraph'; content: RichInline[] }
  | { type: 'list'; ordered: boolean; items: RichInline[][] };

export interface RichTextDoc {
  format: typeof RICH_TEXT_FORMAT;
  blocks: RichBlock[];
}

/** The uiSchema key holding the structured help per language. */
export const RICH_HELP_KEY = 'ui:helpRich' as const;

export const RICH_TEXT_LIMITS = {
  blocks: 50,
  items: 50,
  runs: 200,
  textLength: 5000,
  linkLength: 2000,
} as const;

const SAFE_LINK = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:\+?[0-9 ()-]+)$/i;

/** True for links a citizen may safely follow (never `javascript:` or `data:`). */
export function isSafeLink(url: string): boolean {
  return url.length <= RICH_TEXT_LIMITS.linkLength && SAFE_LINK.test(url.trim());
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function sanitizeRuns(value: unknown): RichInline[] {
  if (!Array.isArray(value)) return [];
  const runs: RichInline[] = [];
  for (const item of value.slice(0, RICH_TEXT_LIMITS.runs)) {
    const run = record(item);
    if (!run || typeof run.text !== 'string' || run.text === '') continue;
    const clean: RichInline = { text: run.text.slice(0, RICH_TEXT_LIMITS.textLength) };
    if (run.bold === true) clean.bold = true;
    if (run.italic === true) clean.italic = true;
    if (typeof run.link === 'string' && isSafeLink(run.link)) clean.link = run.link.trim();
    runs.push(clean);
  }
  return runs;
}

/**
 * A clean copy of anything claiming to be a rich-text document: unknown keys dropped, unsafe
 * links dropped (their text kept), sizes capped. Undefined when nothing usable is left.
 */
export function sanitizeRichText(value: unknown): RichTextDoc | undefined {
  const doc = record(value);
  if (!doc || doc.format !== RICH_TEXT_FORMAT || !Array.isArray(doc.blocks)) return undefined;
  const blocks: RichBlock[] = [];
  for (const item of doc.blocks.slice(0, RICH_TEXT_LIMITS.blocks)) {
    const block = record(item);
    if (block?.type === 'paragraph') blocks.push({ type: 'paragraph', content: sanitizeRuns(block.content) });
    else if (block?.type === 'list' && Array.isArray(block.items)) {
      const items = block.items.slice(0, RICH_TEXT_LIMITS.items).map(sanitizeRuns);
      if (items.some((i) => i.length > 0))
        blocks.push({ type: 'list', ordered: block.ordered === true, items });
    }
  }
  return blocks.some((b) => (b.type === 'paragraph' ? b.content.length > 0 : true))
    ? { format: RICH_TEXT_FORMAT, blocks }
    : undefined;
}

const runsText = (runs: RichInline[]) => runs.map((r) => r.text).join('');

/**
 * The plain-text fallback stored in `ui:help`: paragraphs on their own lines, list items with
 * a bullet or a number, links as "text (address)" so nothing is lost.
 */
export function richTextToPlain(doc: RichTextDoc | undefined): string {
  if (!doc) return '';
  const lines: string[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'paragraph') {
      lines.push(
        block.content.map((r) => (r.link && r.link !== r.text ? `${r.text} (${r.link})` : r.text)).join(''),
      );
    } else {
      for (const [i, item] of block.items.entries()) {
        lines.push(`${block.ordered ? `${i + 1}.` : '•'} ${runsText(item)}`);
      }
    }
  }
  return lines.join('\n').trim();
}

/** A plain help text as a document, one paragraph a line (for help written before rich text). */
export function plainToRichText(text: string): RichTextDoc | undefined {
  const blocks: RichBlock[] = text
    .split('\n')
    .map((line) => ({ type: 'paragraph' as const, content: line ? [{ text: line }] : [] }));
  return sanitizeRichText({ format: RICH_TEXT_FORMAT, blocks });
}
