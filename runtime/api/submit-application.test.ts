import { describe, expect, it } from 'vitest';
import { submitApplication } from './submit-application.ts';

const request = { code: 'dog-licence', version: 2, data: { name: 'Anna' }, idempotencyKey: 'k-1' };

function answering(status: number, body: unknown): typeof fetch {
  return async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
}

describe('submitApplication', () => {
  it('posts the version, data and idempotency key and returns the receipt', async () => {
    let sent: { url: string; init: RequestInit | undefined } | undefined;
    const receipt = {
      reference: 'EF-7K3M-9QXP-2HDT',
      serviceCode: 'dog-licence',
      version: 2,
      submittedAt: 'x',
    };
    const outcome = await submitApplication(request, {
      fetch: async (url, init) => {
        sent = { url: String(url), init };
        return new Response(JSON.stringify(receipt), { status: 201 });
      },
    });
    expect(outcome).toEqual({ kind: 'submitted', receipt });
    expect(sent?.url).toBe('/api/services/dog-licence/submissions');
    expect(new Headers(sent?.init?.headers).get('Idempotency-Key')).toBe('k-1');
    expect(JSON.parse(String(sent?.init?.body))).toEqual({ version: 2, data: { name: 'Anna' } });
  });

  it('returns field issues of a 422', async () => {
    const issues = [{ code: 'required', path: '/name', message: 'must have required property' }];
    const outcome = await submitApplication(request, {
      fetch: answering(422, { error: { code: 'validation_failed', message: 'x', issues } }),
    });
    expect(outcome).toEqual({ kind: 'invalid', issues });
  });

  it.each([
    [413, { error: { code: 'payload_too_large', message: 'x' } }, 'too-large'],
    [413, '<html>Request Entity Too Large</html>', 'too-large'],
    [410, { error: { code: 'service_retired', message: 'x' } }, 'retired'],
    [404, { error: { code: 'version_not_found', message: 'x' } }, 'not-found'],
    [409, { error: { code: 'idempotency_key_reused', message: 'x' } }, 'key-reused'],
    [502, '<html>Bad Gateway</html>', 'failed'],
  ])('maps status %i to %s', async (status, body, kind) => {
    expect(await submitApplication(request, { fetch: answering(status, body) })).toEqual({ kind });
  });

  it('reports a network failure so the page retries with the same key', async () => {
    const outcome = await submitApplication(request, {
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(outcome).toEqual({ kind: 'network' });
  });
});
