import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDENTITIES } from '../../identity/demo-identities.ts';
import { DEMO_AGENCY_KEY, DEMO_OTHER_AGENCY_KEY } from '../../seed/demo-credentials.ts';
import { buildPermitDefinition, VALID_PERMIT_DATA } from '../../testing/test-definitions.ts';
import type { PortalBrowser } from './testing/portal-browser.ts';
import { startTestPortals, type TestPortals } from './testing/start-test-portals.ts';

let t: TestPortals;
/** One submission in each agency, made anonymously as citizens do. */
const references = { demo: '', other: '' };

async function publishAndSubmit(key: string, code: string, agency: string): Promise<string> {
  const browser = t.newBrowser();
  const asKey = { headers: { authorization: `Bearer ${key}` } };
  const created = await t.api(browser, 'central', '/api/services', {
    ...asKey,
    json: { definition: { ...buildPermitDefinition(code), agency } },
  });
  expect(created.status).toBe(201);
  const published = await t.api(browser, 'central', `/api/services/${code}/publish`, {
    ...asKey,
    method: 'POST',
  });
  expect(published.status).toBe(201);
  const submitted = await t.api(browser, 'central', `/api/services/${code}/submissions`, {
    json: { data: VALID_PERMIT_DATA },
  });
  expect(submitted.status).toBe(201);
  return submitted.json().reference;
}

beforeAll(async () => {
  t = await startTestPortals();
  references.demo = await publishAndSubmit(DEMO_AGENCY_KEY, 'demo-permit', 'demo-agency');
  references.other = await publishAndSubmit(DEMO_OTHER_AGENCY_KEY, 'other-permit', 'other-agency');
});
afterAll(async () => {
  await t.close();
});

/** The personal code of a demo identity, by log-in name. */
const code = (login: string) => DEMO_IDENTITIES.find((identity) => identity.login === login)!.personalCode;

const get = (browser: PortalBrowser, path: string) => t.api(browser, 'central', path);

describe('staff signed in with roles from the provider', () => {
  it('a case worker reads the own agency’s submissions only; another agency’s answers 404', async () => {
    const { browser } = await t.signedIn('laura'); // other-agency: agency-admin, designer, case-worker
    const list = await get(browser, '/api/submissions');
    expect(list.status).toBe(200);
    expect(list.json().submissions.map((s: { reference: string }) => s.reference)).toEqual([
      references.other,
    ]);
    expect((await get(browser, `/api/submissions/${references.other}`)).status).toBe(200);
    const foreign = await get(browser, `/api/submissions/${references.demo}`);
    expect(foreign.status).toBe(404);
    expect(foreign.json().error.code).toBe('submission_not_found');
  });

  it('shows the roles, scopes and agency in the session', async () => {
    const { browser } = await t.signedIn('dace');
    expect((await get(browser, '/api/session')).json()).toMatchObject({
      agency: { code: 'demo-agency' },
      roles: ['agency-admin', 'designer', 'reviewer', 'case-worker'],
      scopes: expect.arrayContaining(['keys:manage', 'services:write', 'submissions:read']),
    });
  });

  it('a designer without the case-worker role may not read submissions (403), but may edit services', async () => {
    const { browser } = await t.signedIn('martins'); // demo-agency designer
    expect((await get(browser, '/api/submissions')).status).toBe(403);
    expect((await get(browser, '/api/services')).status).toBe(200);
  });

  it('a citizen has no staff scope at all', async () => {
    const { browser } = await t.signedIn('anna');
    expect((await get(browser, '/api/submissions')).status).toBe(403);
    expect((await get(browser, '/api/services')).status).toBe(403);
    expect((await get(browser, '/api/agencies/demo-agency/api-keys')).status).toBe(403);
  });

  it('the platform administrator sees every agency but reads no submissions', async () => {
    const { browser } = await t.signedIn('admin');
    const agencies = await get(browser, '/api/agencies');
    expect(
      agencies
        .json()
        .agencies.map((a: { code: string }) => a.code)
        .sort(),
    ).toEqual(['demo-agency', 'other-agency']);
    expect((await get(browser, '/api/submissions')).status).toBe(403);
  });
});

describe('role assignments by an agency admin', () => {
  it('give a person roles in the agency at once; effective roles are claims plus assignments', async () => {
    const designer = await t.signedIn('martins');
    const admin = await t.signedIn('dace');
    const path = `/api/agencies/demo-agency/staff/${code('martins')}`;
    expect((await get(admin.browser, path)).json()).toEqual({
      agency: 'demo-agency',
      personalCode: code('martins'),
      roles: [],
      updatedAt: null,
      updatedBy: null,
    });
    const put = await t.api(admin.browser, 'central', path, {
      method: 'PUT',
      json: { roles: ['case-worker'] },
      csrfToken: admin.csrfToken,
    });
    expect(put.status).toBe(200);
    expect(put.json()).toMatchObject({ roles: ['case-worker'], updatedBy: `user:PNOLV-${code('dace')}` });

    // Martiņš's next request already has it: designer (claim) + case worker (assignment).
    const session = (await get(designer.browser, '/api/session')).json();
    expect(session.roles.sort()).toEqual(['case-worker', 'designer']);
    const list = await get(designer.browser, '/api/submissions');
    expect(list.status).toBe(200);
    expect(list.json().submissions.map((s: { reference: string }) => s.reference)).toEqual([references.demo]);
    expect((await get(designer.browser, `/api/submissions/${references.other}`)).status).toBe(404);

    // Taken away again: an empty list.
    await t.api(admin.browser, 'central', path, {
      method: 'PUT',
      json: { roles: [] },
      csrfToken: admin.csrfToken,
    });
    expect((await get(designer.browser, '/api/submissions')).status).toBe(403);
  });

  it('works with an agency API key (keys:manage), without any CSRF token', async () => {
    const res = await t.api(t.newBrowser(), 'central', `/api/agencies/demo-agency/staff/${code('anna')}`, {
      method: 'PUT',
      json: { roles: ['reviewer'] },
      headers: { authorization: `Bearer ${DEMO_AGENCY_KEY}` },
      origin: null,
    });
    expect(res.status).toBe(200);
    expect(res.json().updatedBy).toMatch(/^api-key:/);
  });

  it('gives a citizen without an agency claim staff roles in the assigning agency', async () => {
    const put = await t.api(t.newBrowser(), 'central', `/api/agencies/other-agency/staff/${code('karlis')}`, {
      method: 'PUT',
      json: { roles: ['case-worker'] },
      headers: { authorization: `Bearer ${DEMO_OTHER_AGENCY_KEY}` },
    });
    expect(put.status).toBe(200);
    const { browser } = await t.signedIn('karlis');
    const list = await get(browser, '/api/submissions');
    expect(list.status).toBe(200);
    expect(list.json().submissions.map((s: { reference: string }) => s.reference)).toEqual([
      references.other,
    ]);
  });

  it('cannot reach another agency (404), nor hand out platform-admin, nor take a malformed code', async () => {
    const admin = await t.signedIn('laura'); // other-agency admin
    const foreign = await t.api(
      admin.browser,
      'central',
      `/api/agencies/demo-agency/staff/${code('martins')}`,
      {
        method: 'PUT',
        json: { roles: ['agency-admin'] },
        csrfToken: admin.csrfToken,
      },
    );
    expect(foreign.status).toBe(404);
    expect(foreign.json().error.code).toBe('agency_not_found');
    const own = `/api/agencies/other-agency/staff/${code('martins')}`;
    const escalate = await t.api(admin.browser, 'central', own, {
      method: 'PUT',
      json: { roles: ['platform-admin'] },
      csrfToken: admin.csrfToken,
    });
    expect([400, 422]).toContain(escalate.status);
    const malformed = await get(admin.browser, '/api/agencies/other-agency/staff/999999-99999');
    expect([400, 422]).toContain(malformed.status);
  });

  it('is refused to a designer (no keys:manage)', async () => {
    const { browser, csrfToken } = await t.signedIn('martins');
    const res = await t.api(browser, 'central', `/api/agencies/demo-agency/staff/${code('martins')}`, {
      method: 'PUT',
      json: { roles: ['agency-admin'] },
      csrfToken,
    });
    expect(res.status).toBe(403);
  });
});

describe('CSRF protection on cookie-authenticated state changes', () => {
  const path = `/api/agencies/demo-agency/staff/${code('ilze')}`;
  const body = { roles: ['reviewer'] };

  it.each([
    ['no token', {}],
    ['a wrong token', { csrfToken: 'x'.repeat(43) }],
  ])('refuses %s with 403 csrf_failed', async (_label, extra) => {
    const admin = await t.signedIn('dace');
    const res = await t.api(admin.browser, 'central', path, { method: 'PUT', json: body, ...extra });
    expect(res.status).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    expect((await get(admin.browser, path)).json().roles).toEqual([]);
  });

  it('refuses the right token from another origin, even the other portal', async () => {
    const admin = await t.signedIn('dace');
    for (const origin of ['https://evil.example', t.origins.business, 'null']) {
      const res = await t.api(admin.browser, 'central', path, {
        method: 'PUT',
        json: body,
        csrfToken: admin.csrfToken,
        origin,
      });
      expect(res.status).toBe(403);
      expect(res.json().error.code).toBe('csrf_failed');
    }
  });

  it('accepts the right token with no Origin header (some browsers omit it on same-origin requests)', async () => {
    const admin = await t.signedIn('dace');
    const res = await t.api(admin.browser, 'central', path, {
      method: 'PUT',
      json: { roles: [] },
      csrfToken: admin.csrfToken,
      origin: null,
    });
    expect(res.status).toBe(200);
  });

  it('does not apply to API-key requests: a bearer key wins over a cookie', async () => {
    const admin = await t.signedIn('dace');
    const res = await t.api(admin.browser, 'central', path, {
      method: 'PUT',
      json: { roles: ['reviewer'] },
      headers: { authorization: `Bearer ${DEMO_AGENCY_KEY}` },
      origin: 'https://evil.example',
    });
    expect(res.status).toBe(200);
    expect(res.json().updatedBy).toMatch(/^api-key:/);
  });

  it('leaves anonymous submissions alone, and asks a signed-in citizen’s submission for the token', async () => {
    const anonymous = await t.api(t.newBrowser(), 'central', '/api/services/demo-permit/submissions', {
      json: { data: VALID_PERMIT_DATA },
      origin: null,
    });
    expect(anonymous.status).toBe(201);

    const citizen = await t.signedIn('janis');
    const forged = await t.api(citizen.browser, 'central', '/api/services/demo-permit/submissions', {
      json: { data: VALID_PERMIT_DATA },
      origin: 'https://evil.example',
    });
    expect(forged.status).toBe(403);
    const withToken = await t.api(citizen.browser, 'central', '/api/services/demo-permit/submissions', {
      json: { data: VALID_PERMIT_DATA },
      csrfToken: citizen.csrfToken,
    });
    expect(withToken.status).toBe(201);
  });
});
