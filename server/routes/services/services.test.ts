import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/build-test-app.ts';
import { buildPermitDefinition } from '../../testing/test-definitions.ts';
import { createValidatorModuleCache } from '../../validators/validator-module-cache.ts';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

async function createAndPublish(code = 'parking-permit') {
  const created = await t.request('/api/services', {
    method: 'POST',
    key: t.keys.agency,
    json: { definition: buildPermitDefinition(code) },
  });
  expect(created.status).toBe(201);
  const published = await t.request(`/api/services/${code}/publish`, { method: 'POST', key: t.keys.agency });
  expect(published.status).toBe(201);
  return (await published.json()) as { version: number };
}

describe('service registry', () => {
  it('creates a draft that is not public until published, then serves version 1', async () => {
    const created = await t.request('/api/services', {
      method: 'POST',
      key: t.keys.agency,
      json: { definition: buildPermitDefinition() },
    });
    expect(created.status).toBe(201);
    const draft = await created.json();
    expect(draft).toMatchObject({
      code: 'parking-permit',
      status: 'draft',
      revision: 1,
      latestVersion: null,
      issues: [],
    });
    expect(draft.definition).toMatchObject({ agency: 'demo-agency', state: 'draft', version: 1 });

    expect((await t.request('/api/services/parking-permit')).status).toBe(404);

    const published = await t.request('/api/services/parking-permit/publish', {
      method: 'POST',
      key: t.keys.agency,
    });
    expect(published.status).toBe(201);
    expect(await published.json()).toMatchObject({ code: 'parking-permit', version: 1 });

    const latest = await t.request('/api/services/parking-permit');
    expect(latest.status).toBe(200);
    const body = await latest.json();
    expect(body).toMatchObject({
      code: 'parking-permit',
      version: 1,
      state: 'published',
      agency: { code: 'demo-agency' },
    });
    expect(body.definition.state).toBe('published');
    expect(body.definition.version).toBe(1);
  });

  it('publishing again creates version 2 while version 1 stays exactly as it was', async () => {
    await createAndPublish();
    const v1 = await (await t.request('/api/services/parking-permit/versions/1')).json();

    const draft = await (
      await t.request('/api/services/parking-permit/draft', { key: t.keys.agency })
    ).json();
    const changed = { ...draft.definition, title: { lv: 'Jauns nosaukums', en: 'New title' } };
    const saved = await t.request('/api/services/parking-permit/draft', {
      method: 'PUT',
      key: t.keys.agency,
      json: { baseRevision: draft.revision, definition: changed },
    });
    expect(saved.status).toBe(200);
    expect((await saved.json()).definition.version).toBe(2);
    const second = await t.request('/api/services/parking-permit/publish', {
      method: 'POST',
      key: t.keys.agency,
    });
    expect(await second.json()).toMatchObject({ version: 2 });

    expect(await (await t.request('/api/services/parking-permit/versions/1')).json()).toEqual(
      expect.objectContaining({ definition: v1.definition }),
    );
    const latest = await (await t.request('/api/services/parking-permit')).json();
    expect(latest.version).toBe(2);
    expect(latest.definition.title.en).toBe('New title');
    const versions = await (await t.request('/api/services/parking-permit/versions')).json();
    expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('refuses a stale draft save with edit_conflict and keeps the first save', async () => {
    await t.request('/api/services', {
      method: 'POST',
      key: t.keys.agency,
      json: { definition: buildPermitDefinition() },
    });
    const a = { ...buildPermitDefinition(), title: { lv: 'A', en: 'A' } };
    const b = { ...buildPermitDefinition(), title: { lv: 'B', en: 'B' } };
    const first = await t.request('/api/services/parking-permit/draft', {
      method: 'PUT',
      key: t.keys.agency,
      json: { baseRevision: 1, definition: a },
    });
    expect(first.status).toBe(200);
    const second = await t.request('/api/services/parking-permit/draft', {
      method: 'PUT',
      key: t.keys.agency,
      json: { baseRevision: 1, definition: b },
    });
    expect(second.status).toBe(409);
    expect((await second.json()).error.code).toBe('edit_conflict');
    const now = await (await t.request('/api/services/parking-permit/draft', { key: t.keys.agency })).json();
    expect(now.definition.title.lv).toBe('A');
    expect(now.revision).toBe(2);
  });

  it('stores rich help rebuilt from its allowed parts: a crafted script link never reaches citizens', async () => {
    const definition = buildPermitDefinition();
    definition.form.uiSchema.fullName = {
      'ui:helpRich': {
        lv: {
          format: 'rich-text/1',
          blocks: [
            {
              type: 'paragraph',
              content: [{ text: 'Skatīt', link: 'javascript:alert(document.cookie)', style: 'x' }],
            },
            { type: 'html', html: '<img src=x onerror=alert(1)>' },
          ],
        },
      },
    };
    const created = await t.request('/api/services', {
      method: 'POST',
      key: t.keys.agency,
      json: { definition },
    });
    expect(created.status).toBe(201);
    expect((await created.json()).definition.form.uiSchema.fullName['ui:helpRich']).toEqual({
      lv: { format: 'rich-text/1', blocks: [{ type: 'paragraph', content: [{ text: 'Skatīt' }] }] },
    });
    const saved = await t.request('/api/services/parking-permit/draft', {
      method: 'PUT',
      key: t.keys.agency,
      json: { baseRevision: 1, definition },
    });
    expect(JSON.stringify((await saved.json()).definition)).not.toMatch(/javascript:|onerror/);
    await t.request('/api/services/parking-permit/publish', { method: 'POST', key: t.keys.agency });
    const live = await (await t.request('/api/services/parking-permit')).json();
    expect(JSON.stringify(live)).not.toMatch(/javascript:|onerror/);
    expect(live.definition.form.uiSchema.fullName['ui:helpRich'].lv.blocks[0].content[0].text).toBe('Skatīt');
  });

  it('refuses to publish a draft with an unsafe pattern and names the field', async () => {
    const definition = buildPermitDefinition();
    definition.form.schema.properties!.fullName!.pattern = '^(a+)+$';
    const created = await t.request('/api/services', {
      method: 'POST',
      key: t.keys.agency,
      json: { definition },
    });
    expect(created.status).toBe(201);
    expect((await created.json()).issues.map((i: { code: string }) => i.code)).toContain('unsafe_pattern');
    const published = await t.request('/api/services/parking-permit/publish', {
      method: 'POST',
      key: t.keys.agency,
    });
    expect(published.status).toBe(422);
    const body = await published.json();
    expect(body.error.code).toBe('definition_invalid');
    expect(body.error.issues).toContainEqual(
      expect.objectContaining({ code: 'unsafe_pattern', path: '/form/schema/properties/fullName/pattern' }),
    );
    expect((await t.request('/api/services/parking-permit')).status).toBe(404);
  });

  it('answers 409 for a taken code and 422 for a code that is not URL-safe', async () => {
    await t.request('/api/services', {
      method: 'POST',
      key: t.keys.agency,
      json: { definition: buildPermitDefinition() },
    });
    const again = await t.request('/api/services', {
      method: 'POST',
      key: t.keys.agency,
      json: { definition: buildPermitDefinition() },
    });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('service_exists');
    const bad = await t.request('/api/services', {
      method: 'POST',
      key: t.keys.agency,
      json: { definition: buildPermitDefinition('Not/A Code') },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.issues[0].code).toBe('invalid_service_code');
  });

  it('retiring closes the public links with 410', async () => {
    await createAndPublish();
    const retired = await t.request('/api/services/parking-permit/retire', {
      method: 'POST',
      key: t.keys.agency,
    });
    expect(retired.status).toBe(200);
    const latest = await t.request('/api/services/parking-permit');
    expect(latest.status).toBe(410);
    expect((await latest.json()).error.code).toBe('service_retired');
    expect((await t.request('/api/services/parking-permit/versions/1')).status).toBe(410);
    const republish = await t.request('/api/services/parking-permit/publish', {
      method: 'POST',
      key: t.keys.agency,
    });
    expect(republish.status).toBe(409);
  });

  it("keeps agencies apart: another agency's service is 404 to every write", async () => {
    await createAndPublish();
    const other = t.keys.otherAgency;
    expect((await t.request('/api/services/parking-permit/draft', { key: other })).status).toBe(404);
    expect(
      (await t.request('/api/services/parking-permit/publish', { method: 'POST', key: other })).status,
    ).toBe(404);
    expect(
      (await t.request('/api/services/parking-permit/retire', { method: 'POST', key: other })).status,
    ).toBe(404);
    const save = await t.request('/api/services/parking-permit/draft', {
      method: 'PUT',
      key: other,
      json: { baseRevision: 1, definition: buildPermitDefinition() },
    });
    expect(save.status).toBe(404);
    const list = await (await t.request('/api/services', { key: other })).json();
    expect(list.services.map((s: { code: string }) => s.code)).not.toContain('parking-permit');
    expect((await t.request('/api/services/parking-permit')).status).toBe(200);
  });

  it('a service created by another agency is owned by that agency whatever the definition says', async () => {
    const definition = { ...buildPermitDefinition('other-permit'), agency: 'demo-agency' };
    const created = await t.request('/api/services', {
      method: 'POST',
      key: t.keys.otherAgency,
      json: { definition },
    });
    expect(created.status).toBe(201);
    expect((await created.json()).definition.agency).toBe('other-agency');
    expect((await t.request('/api/services/other-permit/draft', { key: t.keys.agency })).status).toBe(404);
  });

  it('requires a valid key for every write and refuses forged ones', async () => {
    const body = { definition: buildPermitDefinition() };
    expect((await t.request('/api/services', { method: 'POST', json: body })).status).toBe(401);
    const forged = await t.request('/api/services', {
      method: 'POST',
      key: 'efp_demoagency_XXXX-key-not-for-production-0001',
      json: body,
    });
    expect(forged.status).toBe(401);
    expect((await forged.json()).error.code).toBe('unauthenticated');
    const garbage = await t.request('/api/services', {
      method: 'POST',
      headers: { authorization: 'Bearer nonsense' },
      json: body,
    });
    expect(garbage.status).toBe(401);
  });

  it('checks any definition without storing it', async () => {
    const definition = buildPermitDefinition();
    definition.form.schema.$schema = 'https://json-schema.org/draft/2020-12/schema';
    const res = await t.request('/api/definitions/check', {
      method: 'POST',
      key: t.keys.agency,
      json: { definition },
    });
    expect(res.status).toBe(200);
    const result = await res.json();
    expect(result.ok).toBe(false);
    expect(result.issues.map((i: { code: string }) => i.code)).toContain('unknown_dialect');
  });
});

describe('precompiled validators of a published version', () => {
  const url = (version: number, code = 'parking-permit') =>
    `/api/services/${code}/versions/${version}/validators.js`;

  it('are a JavaScript module for published versions only, cached for a year under the version URL', async () => {
    const draft = await t.request('/api/services', {
      method: 'POST',
      key: t.keys.agency,
      json: { definition: buildPermitDefinition() },
    });
    expect(draft.status).toBe(201);
    const unpublished = await t.request(url(1));
    expect(unpublished.status).toBe(404);
    expect((await unpublished.json()).error.code).toBe('service_not_found');
    expect(unpublished.headers.get('cache-control') ?? '').not.toContain('immutable');

    const published = await t.request('/api/services/parking-permit/publish', {
      method: 'POST',
      key: t.keys.agency,
    });
    expect(published.status).toBe(201);
    const module = await t.request(url(1));
    expect(module.status).toBe(200);
    expect(module.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(module.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const code = await module.text();
    expect(code).toMatch(/^export default function load\(require, formats\) \{/);

    const gzipped = await t.request(url(1), { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString()).toBe(code);
    // A client that refuses gzip by name gets the module as it is.
    const refused = await t.request(url(1), { headers: { 'Accept-Encoding': 'gzip;q=0, br' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(await refused.text()).toMatch(/^export default function load/);

    const later = await t.request(url(2));
    expect(later.status).toBe(409);
    expect((await later.json()).error.code).toBe('service_not_published');
    expect((await t.request(url(1, 'no-such-service'))).status).toBe(404);
  });

  it('are made when a version is published, so no citizen waits for the compile', async () => {
    const modules = createValidatorModuleCache(5);
    const own = await buildTestApp({ validatorModules: modules });
    try {
      const created = await own.request('/api/services', {
        method: 'POST',
        key: own.keys.agency,
        json: { definition: buildPermitDefinition() },
      });
      expect(created.status).toBe(201);
      expect(modules.size).toBe(0);
      const published = await own.request('/api/services/parking-permit/publish', {
        method: 'POST',
        key: own.keys.agency,
      });
      expect(published.status).toBe(201);
      await new Promise((resolve) => setImmediate(resolve));
      expect(modules.size).toBe(1);
      // The request finds it made: no second module.
      expect((await own.request(url(1))).status).toBe(200);
      expect(modules.size).toBe(1);
    } finally {
      await own.close();
    }
  });

  it('are gone with the service: retired is 410', async () => {
    await createAndPublish();
    await t.request('/api/services/parking-permit/retire', { method: 'POST', key: t.keys.agency });
    expect((await t.request(url(1))).status).toBe(410);
  });
});
