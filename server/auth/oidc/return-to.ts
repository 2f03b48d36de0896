const PLACEHOLDER_ORIGIN = 'http://return-to.invalid';
const MAX_LENGTH = 2048;

/**
 * Where to land after sign-in: only a path on this portal. Anything else becomes `/`, so the
 * sign-in round trip cannot be used to bounce people to another site (open redirect, CWE-601).
 * Refused: absolute URLs (`https://x`, `javascript:`), protocol-relative `//x`, backslashes
 * (browsers read `/\x` as `//x`), control characters and whitespace escapes (`/\t/x` parses as
 * `//x`), and the sign-in routes themselves (no loops). The result is the same path and query,
 * with only non-ASCII percent-encoded so it is a valid Location header.
 *
 * @example safeReturnTo('/services/permit/apply?version=2&name=A') // '/services/permit/apply?version=2&name=A'
 * @example safeReturnTo('//evil.example/') // '/'
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || value.length > MAX_LENGTH) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return '/';
  if (url.pathname === '/auth' || url.pathname.startsWith('/auth/')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
