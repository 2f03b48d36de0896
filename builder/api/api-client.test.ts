import { describe, expect, it } from 'vitest';
import { createApiClient } from './api-client.ts';

function recordingFetch(response: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return response();
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

describe('createApiClient', () => {
  it('sends the session cookie and the CSRF token on changes, not on reads', async () => {
    const { calls, fetch } = recordingFetch(() => Response.json({ ok: true }));
    const api = createApiClient({ fetch, csrfToken: () => 'tok' });
    await api.request('GET', '/services');
    await api.request('PUT', '/services/x/draft', { a: 1 });
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect((calls[0]!.init.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
    expect((calls[1]!.init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok');
    expect(calls[1]?.url).toBe('/api/services/x/draft');
    expect(calls[1]?.init.body).toBe('{"a":1}');
  });

  it('returns the stable error code and issues of a refused request', async () => {
    const { fetch } = recordingFetch(() =>
      Response.json(
        {
          error: {
            code: 'edit_conflict',
            message: 'x',
            issues: [{ code: 'c', path: '/p', message: 'm' }, 5],
          },
        },
        { status: 409 },
      ),
    );
    const result = await createApiClient({ fetch }).request('PUT', '/x', {});
    expect(result).toEqual({
      ok: false,
      kind: 'http',
      status: 409,
      code: 'edit_conflict',
      issues: [{ code: 'c', path: '/p', message: 'm' }],
    });
  });

  it('reports a failed connection or a gateway error as offline', async () => {
    const thrown = createApiClient({
      fetch: (async () => Promise.reject(new TypeError('x'))) as typeof fetch,
    });
    expect(await thrown.request('GET', '/x')).toEqual({ ok: false, kind: 'network' });
    const { fetch } = recordingFetch(() => new Response('<html>', { status: 503 }));
    expect(await createApiClient({ fetch }).request('GET', '/x')).toEqual({ ok: false, kind: 'network' });
  });

  it('tolerates an error body that is not JSON', async () => {
    const { fetch } = recordingFetch(() => new Response('oops', { status: 500 }));
    expect(await createApiClient({ fetch }).request('GET', '/x')).toMatchObject({
      status: 500,
      code: undefined,
    });
  });
});
