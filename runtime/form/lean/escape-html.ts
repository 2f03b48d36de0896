/** React's escaping of text and attribute values (`escapeTextForBrowser`), so markup written here reads as React's. */
const ESCAPES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#x27;',
  '<': '&lt;',
  '>': '&gt;',
};

/**
 * Text made safe to put between tags or inside a quoted attribute: nothing in it can open an
 * element or end the attribute.
 *
 * @example escapeHtml('<b class="x">') // '&lt;b class=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/["&'<>]/g, (c) => ESCAPES[c] ?? c);
}

/** One attribute: left out when undefined, null or false; `true` is written as React writes it, `=""`. */
export type HtmlAttribute = readonly [name: string, value: string | number | boolean | undefined | null];

/** The attributes, in the order given, each with its leading space. */
export function htmlAttributes(attributes: readonly HtmlAttribute[]): string {
  let out = '';
  for (const [name, value] of attributes) {
    if (value === undefined || value === null || value === false) continue;
    out += value === true ? ` ${name}=""` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}
