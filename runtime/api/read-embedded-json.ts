/**
 * The value of an inert JSON element the server put in the page (`<script type="application/json"
 * id=...>`, server/static/embed-published-service.ts); undefined when it is missing, of another
 * type or unreadable, so the caller asks the API instead.
 *
 * @example readEmbeddedJson(document, 'session-state') // { authenticated: false } or undefined
 */
export function readEmbeddedJson(page: Pick<Document, 'getElementById'>, id: string): unknown {
  const element = page.getElementById(id);
  if (element?.getAttribute('type') !== 'application/json') return undefined;
  try {
    return JSON.parse(element.textContent ?? '');
  } catch {
    return undefined;
  }
}
