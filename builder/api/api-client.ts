import type { ApiIssue } from '../../schema/api-error.ts';

/**
 * The builder talks to the platform only through its public API (issue 3: "the builder has no
 * private endpoints"). Staff are signed in with a session cookie, so requests go same-origin with
 * credentials, and every state-changing request carries the session's CSRF token (double-submit
 * defence: a page on another origin can make the browser send the cookie, never the header).
 *
 * Answers come back as data, never as thrown errors: a network blip or a 409 is something the
 * designer must show and recover from, not a crash.
 */
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; kind: 'network' }
  | { ok: false; kind: 'http'; status: number; code: string | undefined; issues: ApiIssue[] };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiClient {
  request<T>(method: HttpMethod, path: string, body?: unknown): Promise<ApiResult<T>>;
}

export interface ApiClientOptions {
  /** Defaults to the window's fetch; tests hand in their own. */
  fetch?: typeof fetch;
  /** The current session's CSRF token, read per request because it arrives after start-up. */
  csrfToken?: () => string | undefined;
  /** Prefix of every path, `/api` in the app. */
  base?: string;
}

function isIssue(value: unknown): value is ApiIssue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.path === 'string' && typeof v.message === 'string';
}

async function readError(response: Response): Promise<{ code: string | undefined; issues: ApiIssue[] }> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; issues?: unknown } } | null;
    const error = body?.error;
    const issues = Array.isArray(error?.issues) ? error.issues.filter(isIssue) : [];
    return { code: typeof error?.code === 'string' ? error.code : undefined, issues };
  } catch {
    // A proxy or a crashed server may answer with HTML or nothing: fall back on the status.
    return { code: undefined, issues: [] };
  }
}

/**
 * @example
 * const api = createApiClient({ csrfToken: () => session.csrfToken });
 * const result = await api.request<{ services: ServiceSummary[] }>('GET', '/services');
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const base = options.base ?? '/api';
  return {
    async request<T>(method: HttpMethod, path: string, body?: unknown): Promise<ApiResult<T>> {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const token = method === 'GET' ? undefined : options.csrfToken?.();
      if (token) headers['X-CSRF-Token'] = token;
      let response: Response;
      try {
        response = await doFetch(base + path, {
          method,
          headers,
          credentials: 'same-origin',
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch {
        return { ok: false, kind: 'network' };
      }
      if (!response.ok) {
        // Gateways answer 502-504 while the server restarts: for the designer that is "offline".
        if (response.status >= 502 && response.status <= 504) return { ok: false, kind: 'network' };
        return { ok: false, kind: 'http', status: response.status, ...(await readError(response)) };
      }
      try {
        const data = response.status === 204 ? (undefined as T) : ((await response.json()) as T);
        return { ok: true, status: response.status, data };
      } catch {
        return { ok: false, kind: 'network' };
      }
    },
  };
}
