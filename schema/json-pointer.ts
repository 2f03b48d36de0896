/**
 * JSON Pointers (RFC 6901) are how every issue says where it is, in a definition and in submitted
 * data alike, so the builder and the runtime can point at the exact field.
 */

/** Escapes one reference token: `~` becomes `~0` and `/` becomes `~1` (RFC 6901 section 3). */
export function escapePointerToken(token: string): string {
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Joins a pointer and further tokens.
 * @example appendPointer('/form/schema', 'properties', 'a/b') === '/form/schema/properties/a~1b'
 */
export function appendPointer(pointer: string, ...tokens: Array<string | number>): string {
  let result = pointer;
  for (const token of tokens) result += `/${escapePointerToken(String(token))}`;
  return result;
}

/**
 * Splits a pointer into unescaped tokens, or returns null when it is not a pointer.
 * `~1` is replaced before `~0` so that `~01` stays the literal `~1` (RFC 6901 section 4).
 */
export function parsePointer(pointer: string): string[] | null {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return null;
  const tokens = pointer.slice(1).split('/');
  for (const token of tokens) {
    if (/~(?![01])/.test(token)) return null;
  }
  return tokens.map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * The value at `tokens` inside `root`, or undefined. Reads own properties only, so a pointer
 * through `__proto__` or `constructor` finds nothing.
 */
export function valueAtPointer(root: unknown, tokens: readonly string[]): unknown {
  let node = root;
  for (const token of tokens) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** The value a local `$ref` (`#` or `#/a/b`, URI-encoded per RFC 6901 section 6) points at, or undefined. */
export function resolveLocalRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let tokens: string[] | null;
  try {
    tokens = parsePointer(decodeURIComponent(ref.slice(1)));
  } catch {
    return undefined;
  }
  return tokens ? valueAtPointer(root, tokens) : undefined;
}
