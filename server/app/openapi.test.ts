import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/build-test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

/** `/api/services/:code` (Hono) -> `/services/{code}` (OpenAPI, relative to the /api server). */
const toOpenApiPath = (path: string) => path.replace(/^\/api/, '').replace(/:([A-Za-z]+)/g, '{$1}');

describe('the OpenAPI document', () => {
  it('is generated from the routes and documents every API endpoint the app serves', async () => {
    const res = await t.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    const served = t.app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/openapi.json')
      .map((r) => `${r.method.toLowerCase()} ${toOpenApiPath(r.path)}`);
    expect(served.length).toBeGreaterThan(15);
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`),
    );
    expect(new Set(documented)).toEqual(new Set(served));
  });

  it('marks every endpoint that needs a key with the apiKey security scheme', async () => {
    const doc = await (await t.request('/api/openapi.json')).json();
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/submissions'].get.security).toEqual([{ apiKey: [] }]);
    expect(doc.paths['/services/{code}/submissions'].post.security).toBeUndefined();
  });

  it('answers unknown API paths with the JSON error shape', async () => {
    const res = await t.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});
