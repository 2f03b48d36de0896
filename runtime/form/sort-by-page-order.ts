/**
 * Orders items by where their elements sit on the page, so the error summary lists problems in
 * the order the citizen meets the fields (GOV.UK error summary guidance). RJSF reports errors in
 * validation order instead: missing top-level answers first, nested ones after, regardless of
 * steps and `ui:order`. Items without an element keep their place at the end, in given order.
 */
export function sortByPageOrder<T>(items: readonly T[], idOf: (item: T) => string | undefined): T[] {
  const placed = items.map((item, index) => {
    const id = idOf(item);
    return { item, index, element: id ? document.getElementById(id) : null };
  });
  return placed
    .sort((a, b) => {
      if (a.element && b.element && a.element !== b.element) {
        return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      }
      if (a.element && !b.element) return -1;
      if (!a.element && b.element) return 1;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}
