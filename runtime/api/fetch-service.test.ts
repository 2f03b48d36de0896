import { describe, expect, it } from 'vitest';
import { fetchService } from './fetch-service.ts';
import { PUBLISHED_TEST_SERVICE } from './testing/embedded-page.ts';

function answering(status: number, body: unknown, seen: string[] = []): typeof fetch {
  return async (url) => {
    seen.push(String(url));
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  };
}

const published = PUBLISHED_TEST_SERVICE;

describe('fetchService', () => {
  it('asks for the latest or the pinned version', async () => {
    const seen: string[] = [];
    expect(await fetchService('test-service', undefined, { fetch: answering(200, published, seen) })).toEqual(
      {
        kind: 'ok',
        service: published,
      },
    );
    await fetchService('test-service', 3, { fetch: answering(200, published, seen) });
    expect(seen).toEqual(['/api/services/test-service', '/api/services/test-service/versions/3']);
  });

  it.each([
    [404, { error: { code: 'service_not_found', message: '' } }, 'service-not-found'],
    [404, { error: { code: 'version_not_found', message: '' } }, 'version-not-found'],
    [410, { error: { code: 'service_retired', message: '' } }, 'retired'],
    [500, '<html>oops</html>', 'failed'],
    [200, { code: 'test-service' }, 'failed'],
  ])('turns status %i into %s', async (status, body, kind) => {
    expect(await fetchService('test-service', undefined, { fetch: answering(status, body) })).toEqual({
      kind,
    });
  });
});
