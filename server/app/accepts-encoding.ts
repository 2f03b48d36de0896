import { parseAccept } from 'hono/utils/accept';

/**
 * Whether a client takes a response in `encoding` (`br`, `gzip`), by its `Accept-Encoding`
 * header: named with a quality above 0, or covered by `*` without being refused by name.
 *
 * @example acceptsEncoding('gzip, br;q=0', 'br') // false
 */
export function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  if (!header) return false;
  const accepts = parseAccept(header);
  const named = accepts.find((accept) => accept.type.toLowerCase() === encoding);
  if (named) return named.q > 0;
  return (accepts.find((accept) => accept.type === '*')?.q ?? 0) > 0;
}
