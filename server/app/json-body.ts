import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_SCAN_DEPTH = 64;

/**
 * Text that cannot be stored the same on both engines: PostgreSQL's jsonb refuses NUL and lone
 * UTF-16 surrogates, so they are refused for every engine (one behaviour everywhere).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what we look for
const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type UnsafeJson = { code: 'forbidden_key' | 'invalid_text'; path: string };

/**
 * Finds what must not enter the system: a key that could pollute prototypes when an object is
 * merged or spread later (`JSON.parse` keeps `__proto__` as an own key), or unstorable text.
 * Iterative, so hostile nesting cannot overflow the stack.
 */
export function findUnsafeJson(value: unknown): UnsafeJson | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (UNSTORABLE_TEXT.test(item.value)) return { code: 'invalid_text', path: item.path };
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth > MAX_SCAN_DEPTH) return { code: 'forbidden_key', path: item.path };
    if (Array.isArray(item.value)) {
      item.value.forEach((entry, index) => {
        stack.push({ value: entry, path: `${item.path}/${index}`, depth: item.depth + 1 });
      });
      continue;
    }
    for (const key of Object.keys(item.value)) {
      const path = `${item.path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden_key', path };
      if (UNSTORABLE_TEXT.test(key)) return { code: 'invalid_text', path };
      stack.push({ value: (item.value as Record<string, unknown>)[key], path, depth: item.depth + 1 });
    }
  }
  return null;
}

/**
 * Every request body the API reads is JSON: a wrong content type answers 415, malformed JSON 400,
 * and a prototype-polluting key or unstorable text 422, before any handler sees it. The parsed body is left in
 * Hono's body cache, so the route's validator does not parse it again.
 */
export function requireJsonBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'POST' && method !== 'PUT' && method !== 'PATCH') return next();
    const contentType = c.req.header('content-type');
    const length = c.req.header('content-length');
    const hasBody = contentType !== undefined || (length !== undefined && length !== '0');
    if (!hasBody) return next();
    const mediaType = (contentType ?? '').split(';')[0]!.trim();
    if (!JSON_MEDIA_TYPE.test(mediaType)) {
      throw new ApiError(
        415,
        'unsupported_media_type',
        'Send the request body as JSON (Content-Type: application/json).',
      );
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch (err) {
      if (err instanceof ApiError || (err instanceof Error && err.name === 'BodyLimitError')) throw err;
      if (err instanceof Error && 'status' in err && (err as { status: number }).status === 413) throw err;
      throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
    }
    const unsafe = findUnsafeJson(body);
    if (unsafe?.code === 'forbidden_key') {
      throw new ApiError(422, 'forbidden_key', `The key at ${unsafe.path} is not allowed.`, [
        {
          ...unsafe,
          message:
            'Keys named __proto__, constructor or prototype (or nesting past 64 levels) are not allowed.',
        },
      ]);
    }
    if (unsafe) {
      throw new ApiError(
        422,
        'invalid_text',
        `The text at ${unsafe.path} contains characters that cannot be stored.`,
        [{ ...unsafe, message: 'Remove NUL characters and broken UTF-16 surrogates.' }],
      );
    }
    return next();
  };
}
