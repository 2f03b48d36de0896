import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMBEDDED_SERVICE_ID, EMBEDDED_SESSION_ID } from '../../schema/embedded-page-data.ts';
import { buildTestApp, type TestApp } from '../testing/build-test-app.ts';
import { buildPermitDefinition } from '../testing/test-definitions.ts';

const PAGE = (entry: string) =>
  `<!doctype html><html><head><script type="module" src="/assets/${entry}.js"></script></head><body><div id="root"></div></body></html>`;

let t: TestApp;
let dist: string;
beforeEach(async () => {
  dist = mkdtempSync(join(tmpdir(), 'serve-browser-apps-'));
  for (const [folder, file, entry] of [
    ['runtime', 'index.html', 'main'],
    ['runtime', 'apply.html', 'apply'],
    ['builder', 'index.html', 'builder'],
  ] as const) {
    mkdirSync(join(dist, folder), { recursive: true });
    writeFileSync(join(dist, folder, file), PAGE(entry));
  }
  t = await buildTestApp({ config: { distDir: dist } });
});
afterEach(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

/** A second version: the draft saved again, then published. */
async function publishAgain() {
  const draft = await (await t.request('/api/services/parking-permit/draft', { key: t.keys.agency })).json();
  const saved = await t.request('/api/services/parking-permit/draft', {
    method: 'PUT',
    key: t.keys.agency,
    json: { baseRevision: draft.revision, definition: draft.definition },
  });
  expect(saved.status).toBe(200);
  const published = await t.request('/api/services/parking-permit/publish', {
    method: 'POST',
    key: t.keys.agency,
  });
  expect(published.status).toBe(201);
}

async function publish(definition = buildPermitDefinition()) {
  const created = await t.request('/api/services', {
    method: 'POST',
    key: t.keys.agency,
    json: { definition },
  });
  expect(created.status).toBe(201);
  const published = await t.request(`/api/services/${definition.code}/publish`, {
    method: 'POST',
    key: t.keys.agency,
  });
  expect(published.status).toBe(201);
}

/** The JSON the page embeds, as the runtime reads it, or undefined. */
function embedded(html: string, id = EMBEDDED_SERVICE_ID): unknown {
  const match = new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html);
  return match ? JSON.parse(match[1] ?? '') : undefined;
}

describe("a form's deep link (issue 4, time to ready)", () => {
  it('carries the published version as data and asks the browser for its validators at once', async () => {
    await publish();
    const page = await t.request('/services/parking-permit/apply?step=2');
    expect(page.status).toBe(200);
    // The form page's own entry, under the citizen pages' policy: inert JSON needs no script allowance.
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-eval');
    const html = await page.text();
    expect(html).toContain('/assets/apply.js');
    expect(html).toContain(
      '<link rel="modulepreload" href="/api/services/parking-permit/versions/1/validators.js" />',
    );
    const api = await (await t.request('/api/services/parking-permit')).json();
    expect(embedded(html)).toEqual(api);
  });

  it('tells a visitor without a session cookie that nobody is signed in, and never embeds a signed-in session', async () => {
    await publish();
    const anonymous = await (await t.request('/services/parking-permit/apply')).text();
    expect(embedded(anonymous, EMBEDDED_SESSION_ID)).toEqual({ authenticated: false });
    const session = await t.sessionFor();
    const signedIn = await (await t.request('/services/parking-permit/apply', { session })).text();
    expect(embedded(signedIn, EMBEDDED_SERVICE_ID)).toMatchObject({ code: 'parking-permit' });
    expect(embedded(signedIn, EMBEDDED_SESSION_ID)).toBeUndefined();
    expect(signedIn).not.toContain(session.csrfToken);
  });

  it('embeds the pinned version when the link names one, and nothing for one that is not published', async () => {
    await publish();
    await publishAgain();
    const pinned = embedded(await (await t.request('/services/parking-permit/apply?version=1')).text());
    expect(pinned).toMatchObject({ code: 'parking-permit', version: 1, latestVersion: 2 });
    const latest = embedded(await (await t.request('/services/parking-permit/apply')).text());
    expect(latest).toMatchObject({ version: 2 });
    for (const query of ['?version=3', '?version=0', '?version=x']) {
      const html = await (await t.request(`/services/parking-permit/apply${query}`)).text();
      expect(embedded(html)).toBeUndefined();
      expect(html).not.toContain('modulepreload');
    }
  });

  it('embeds nothing for an unknown or retired service: the runtime asks the API and explains', async () => {
    const unknown = await t.request('/services/no-such-service/apply');
    expect(unknown.status).toBe(200);
    expect(embedded(await unknown.text())).toBeUndefined();
    await publish();
    const retired = await t.request('/api/services/parking-permit/retire', {
      method: 'POST',
      key: t.keys.agency,
    });
    expect(retired.status).toBeLessThan(300);
    expect(embedded(await (await t.request('/services/parking-permit/apply')).text())).toBeUndefined();
  });

  it('keeps text of a definition from closing the element or being read as a replacement pattern', async () => {
    const definition = buildPermitDefinition();
    const hostile = "</script><script>alert(1)</script> $& $' <!--";
    definition.description = { lv: hostile, en: hostile };
    await publish(definition);
    const html = await (await t.request('/services/parking-permit/apply')).text();
    expect(html).not.toContain('<script>alert(1)');
    // The page's own module script and the two data elements (definition, anonymous session).
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(embedded(html)).toMatchObject({ definition: { description: { lv: hostile } } });
  });

  it('serves the other citizen pages without a definition', async () => {
    await publish();
    const html = await (await t.request('/services/parking-permit')).text();
    expect(html).toContain('/assets/main.js');
    expect(embedded(html)).toBeUndefined();
  });
});

describe('compression', () => {
  it('sends built scripts precompressed, as the browser takes them, with a year of caching', async () => {
    const script = `console.log(${JSON.stringify('sveiki '.repeat(500))});`;
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'assets', 'apply.js'), script);
    writeFileSync(join(dist, 'assets', 'apply.js.br'), brotliCompressSync(script));
    writeFileSync(join(dist, 'assets', 'apply.js.gz'), gzipSync(script));
    const br = await t.request('/assets/apply.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(script);
    const plain = await t.request('/assets/apply.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
    expect((await t.request('/assets/missing.js')).status).toBe(404);
    expect((await t.request('/assets/..%2Fruntime%2Findex.html')).status).toBe(404);
  });

  it('gzips the form page, which carries the published version', async () => {
    await publish();
    const page = await t.request('/services/parking-permit/apply', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    const html = gunzipSync(Buffer.from(await page.arrayBuffer())).toString();
    expect(embedded(html)).toMatchObject({ code: 'parking-permit' });
  });
});
