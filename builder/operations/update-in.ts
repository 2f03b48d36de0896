/**
 * Copy-on-write updates of plain JSON: only the objects on the path are copied, everything else
 * keeps its identity. The designer's undo history keeps every definition it showed, and memoised
 * canvas rows skip fields whose schema object did not change, so operations must not copy more.
 */

/** The value at `path` (own properties only), or undefined. */
export function getIn(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isRecord(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * Returns `root` with the value at `path` replaced by `update(current)`; `undefined` removes the
 * key. Objects missing on the way are created. Keys are set as own data properties, so even a
 * `__proto__` key can never change a prototype.
 * @example updateIn({ a: { b: 1 } }, ['a', 'b'], (b) => (b as number) + 1) // { a: { b: 2 } }
 */
export function updateIn<T>(root: T, path: readonly string[], update: (current: unknown) => unknown): T {
  if (path.length === 0) return update(root) as T;
  const [key, ...rest] = path as [string, ...string[]];
  const node: Record<string, unknown> = isRecord(root) ? root : {};
  const current = Object.hasOwn(node, key) ? node[key] : undefined;
  const next = updateIn(current, rest, update);
  // Nothing changed (also: removing what is not there creates nothing on the way).
  if (next === current && (Object.hasOwn(node, key) || next === undefined)) return root;
  return withKey(node, key, next) as T;
}

/** A copy of `record` with `key` set to `value` (or removed, when `value` is undefined). */
export function withKey(
  record: Record<string, unknown>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(record)) {
    if (name !== key) define(copy, name, record[name]);
  }
  if (value !== undefined) define(copy, key, value);
  return copy;
}

/** A copy of `record` with `key` inserted before `before` (or at the end); keeps property order readable. */
export function withKeyBefore(
  record: Record<string, unknown>,
  key: string,
  value: unknown,
  before: string | undefined,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(record)) {
    if (name === key) continue;
    if (name === before) define(copy, key, value);
    define(copy, name, record[name]);
  }
  if (!Object.hasOwn(copy, key)) define(copy, key, value);
  return copy;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
