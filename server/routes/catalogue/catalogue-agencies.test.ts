/** The catalogue's agency filter (issue 7): which agencies have services, and filtering by one. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DEMO_DEFINITIONS } from '../../../schema/demo-definitions.ts';
import { buildTestApp, type TestApp } from '../../testing/build-test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

it('lists the agencies with published services, needs no sign-in, and each one filters the catalogue', async () => {
  const response = await t.request('/api/catalogue/agencies');
  expect(response.status).toBe(200);
  const { agencies } = (await response.json()) as {
    agencies: Array<{ code: string; name: { lv: string; en: string }; serviceCount: number }>;
  };
  expect(agencies.length).toBeGreaterThan(0);
  expect(agencies.reduce((sum, agency) => sum + agency.serviceCount, 0)).toBe(2);
  for (const agency of agencies) {
    expect(agency.name.lv).not.toBe('');
    const page = (await (await t.request(`/api/catalogue?agency=${agency.code}`)).json()) as {
      total: number;
    };
    expect(page.total).toBe(agency.serviceCount);
  }
});

it('drops an agency whose last service is retired', async () => {
  const before = (await (await t.request('/api/catalogue/agencies')).json()) as { agencies: unknown[] };
  for (const { code } of DEMO_DEFINITIONS) {
    const retired = await t.request(`/api/services/${code}/retire`, { method: 'POST', key: t.keys.agency });
    expect(retired.status).toBe(200);
  }
  const after = (await (await t.request('/api/catalogue/agencies')).json()) as { agencies: unknown[] };
  expect(before.agencies.length).toBeGreaterThan(0);
  expect(after.agencies).toEqual([]);
});
