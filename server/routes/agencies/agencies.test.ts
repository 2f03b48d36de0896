import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/build-test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('agencies and API keys', () => {
  it('only a platform administrator registers agencies', async () => {
    const body = {
      code: 'new-agency',
      name: { lv: 'Jauna iestāde', en: 'New Agency' },
      registrationNumber: '40003032949',
    };
    expect(
      (await t.request('/api/agencies', { method: 'POST', key: t.keys.agency, json: body })).status,
    ).toBe(403);
    const created = await t.request('/api/agencies', { method: 'POST', key: t.keys.platform, json: body });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ code: 'new-agency', eAddress: '_DEFAULT@40003032949' });
    const again = await t.request('/api/agencies', { method: 'POST', key: t.keys.platform, json: body });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('agency_exists');
  });

  it('an agency key sees only its own agency', async () => {
    const own = await (await t.request('/api/agencies', { key: t.keys.agency })).json();
    expect(own.agencies.map((a: { code: string }) => a.code)).toEqual(['demo-agency']);
    const all = await (await t.request('/api/agencies', { key: t.keys.platform })).json();
    expect(all.agencies.length).toBeGreaterThanOrEqual(2);
  });

  it('issues a key whose secret is shown once, works at once, and stops working when revoked', async () => {
    const issued = await t.request('/api/agencies/demo-agency/api-keys', {
      method: 'POST',
      key: t.keys.agency,
      json: { name: 'case system', scopes: ['submissions:read'] },
    });
    expect(issued.status).toBe(201);
    const key = await issued.json();
    expect(key.token).toMatch(/^efp_/);
    expect((await t.request('/api/submissions', { key: key.token })).status).toBe(200);

    const list = await (await t.request('/api/agencies/demo-agency/api-keys', { key: t.keys.agency })).json();
    expect(JSON.stringify(list)).not.toContain(key.token.split('_')[2]);
    expect(JSON.stringify(list)).not.toContain('secretHash');

    const stored = await t.repo.apiKeys.getByPrefix(key.prefix);
    expect(stored?.secretHash).not.toContain(key.token.split('_')[2]);

    const revoked = await t.request(`/api/agencies/demo-agency/api-keys/${key.id}`, {
      method: 'DELETE',
      key: t.keys.agency,
    });
    expect(revoked.status).toBe(204);
    expect((await t.request('/api/submissions', { key: key.token })).status).toBe(401);
  });

  it('refuses to issue keys for another agency or with the platform scope', async () => {
    const other = await t.request('/api/agencies/other-agency/api-keys', {
      method: 'POST',
      key: t.keys.agency,
      json: { name: 'x', scopes: ['submissions:read'] },
    });
    expect(other.status).toBe(404);
    const escalate = await t.request('/api/agencies/demo-agency/api-keys', {
      method: 'POST',
      key: t.keys.agency,
      json: { name: 'x', scopes: ['platform:admin'] },
    });
    expect(escalate.status).toBe(422);
  });
});
