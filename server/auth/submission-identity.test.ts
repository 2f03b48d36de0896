import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPANY_CERTIFICATE_REQUEST, DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import { generateValidData } from '../../schema/testing/generate-valid-data.ts';
import { buildTestApp, type TestApp, type TestSession } from '../testing/build-test-app.ts';

// Issue 5 on the real app and the seeded demo services: declaration-of-residence is for signed-in
// people (substantial) and prefills personal code and names from the sign-in;
// company-certificate-request is for company representatives only.
let t: TestApp;
let janis: TestSession;
let peteris: TestSession;
let ilze: TestSession;

const JANIS = { personalCode: '161175-19997', givenName: 'Jānis', familyName: 'Bērziņš' };
const residence = (overrides: Record<string, unknown> = {}) => ({
  ...generateValidData(DECLARATION_OF_RESIDENCE.form.schema),
  ...JANIS,
  ...overrides,
});
const certificate = () => generateValidData(COMPANY_CERTIFICATE_REQUEST.form.schema);

beforeAll(async () => {
  t = await buildTestApp();
  janis = await t.sessionFor(JANIS);
  peteris = await t.sessionFor({
    personalCode: '321111-12345',
    givenName: 'Pēteris',
    familyName: 'Ozols',
    representations: ['PK:321111-12345-UR:40003032949'],
  });
  ilze = await t.sessionFor({
    personalCode: '020385-14728',
    givenName: 'Ilze',
    familyName: 'Liepa',
    assurance: 'substantial',
    representations: ['DP:161175-19997-PK:020385-14728'],
  });
});
afterAll(() => t.close());

const submit = (code: string, json: unknown, session?: TestSession) =>
  t.request(`/api/services/${code}/submissions`, { method: 'POST', json, session });

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; issues?: { path: string }[] } }).error;
}

async function storedRepresented(res: Response) {
  const { reference } = (await res.json()) as { reference: string };
  const read = await t.request(`/api/submissions/${reference}`, { key: t.keys.agency });
  return ((await read.json()) as { represented: unknown }).represented;
}

describe('who may submit a service (settings.access)', () => {
  it('refuses an anonymous submission to a service for signed-in people with 401 sign_in_required', async () => {
    const res = await submit('declaration-of-residence', { data: residence() });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('sign_in_required');
    expect(
      (
        await t.repo.submissions.list({
          agencyId: (await t.repo.agencies.getByCode('demo-agency'))!.id,
          limit: 50,
        })
      ).length,
    ).toBe(0);
  });

  it('refuses an API key too: it is no person', async () => {
    const res = await t.request('/api/services/declaration-of-residence/submissions', {
      method: 'POST',
      json: { data: residence() },
      key: t.keys.agency,
    });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('sign_in_required');
  });

  it('refuses a sign-in weaker than the service asks for with 403 assurance_too_low', async () => {
    const karlis = await t.sessionFor({ ...JANIS, assurance: 'low' });
    const res = await submit('declaration-of-residence', { data: residence() }, karlis);
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('assurance_too_low');
  });

  it('accepts the signed-in person whose prefilled answers equal their sign-in, and stores no represented party', async () => {
    const res = await submit('declaration-of-residence', { data: residence() }, janis);
    expect(res.status).toBe(201);
    expect(await storedRepresented(res)).toBeNull();
  });

  it('refuses a cookie request without the CSRF token (403 csrf_failed), and one from another origin', async () => {
    const bare = await t.request('/api/services/declaration-of-residence/submissions', {
      method: 'POST',
      json: { data: residence() },
      headers: { cookie: janis.cookie },
    });
    expect(bare.status).toBe(403);
    expect((await errorOf(bare)).code).toBe('csrf_failed');
    const crossSite = await t.request('/api/services/declaration-of-residence/submissions', {
      method: 'POST',
      json: { data: residence() },
      session: janis,
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
  });
});

describe('identity prefill is enforced on the server', () => {
  it('refuses an edited personal code with 422 prefill_mismatch naming the field', async () => {
    const res = await submit(
      'declaration-of-residence',
      { data: residence({ personalCode: '061193-06460' }) },
      janis,
    );
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('prefill_mismatch');
    expect(error.issues?.map((i) => i.path)).toEqual(['/personalCode']);
  });

  it('refuses an edited family name, and accepts the personal code written without its hyphen', async () => {
    const edited = await submit(
      'declaration-of-residence',
      { data: residence({ familyName: 'Cits' }) },
      janis,
    );
    expect(edited.status).toBe(422);
    expect((await errorOf(edited)).issues?.map((i) => i.path)).toEqual(['/familyName']);
    const unhyphenated = await submit(
      'declaration-of-residence',
      { data: residence({ personalCode: '16117519997' }) },
      janis,
    );
    expect(unhyphenated.status).toBe(201);
  });
});

describe('acting on behalf (mandates)', () => {
  it('stores the company a board member acts for, with the role from the register', async () => {
    const res = await submit(
      'company-certificate-request',
      { data: certificate(), onBehalfOf: { kind: 'company', code: '40003032949' } },
      peteris,
    );
    expect(res.status).toBe(201);
    const { reference } = (await res.clone().json()) as { reference: string };
    expect(await storedRepresented(res)).toEqual({
      kind: 'company',
      code: '40003032949',
      role: 'board-member',
    });
    // The agency sees both: on whose behalf (represented) and who acted (applicant).
    const read = await t.request(`/api/submissions/${reference}`, { key: t.keys.agency });
    expect(((await read.json()) as { applicant: unknown }).applicant).toEqual({
      subject: 'PNOLV-321111-12345',
      personalCode: '321111-12345',
      name: 'Pēteris Ozols',
    });
  });

  it('refuses a company the person does not represent (forged) with 403 representation_not_held', async () => {
    const res = await submit(
      'company-certificate-request',
      { data: certificate(), onBehalfOf: { kind: 'company', code: '40103039486' } },
      peteris,
    );
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('representation_not_held');
  });

  it('refuses a company-representatives service to someone applying for themselves', async () => {
    const res = await submit('company-certificate-request', { data: certificate() }, janis);
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('company_representation_required');
    const forPerson = await submit(
      'company-certificate-request',
      { data: certificate(), onBehalfOf: { kind: 'person', code: '161175-19997' } },
      ilze,
    );
    expect(forPerson.status).toBe(403);
    // Ilze's power of attorney covers only the declaration of residence.
    expect((await errorOf(forPerson)).code).toBe('mandate_out_of_scope');
  });

  it('stores the grantor of a power of attorney that covers the service', async () => {
    const ilzeData = residence({ personalCode: '020385-14728', givenName: 'Ilze', familyName: 'Liepa' });
    const res = await submit(
      'declaration-of-residence',
      { data: ilzeData, onBehalfOf: { kind: 'person', code: '161175-19997' } },
      ilze,
    );
    expect(res.status).toBe(201);
    expect(await storedRepresented(res)).toEqual({
      kind: 'person',
      code: '161175-19997',
      scope: { kind: 'services', serviceCodes: ['declaration-of-residence'] },
      mandateId: 'demo-poa-1',
    });
  });

  it("refuses acting on behalf without a session (401) and for a party in nobody's claims (403)", async () => {
    const anonymous = await t.request('/api/services/declaration-of-residence/submissions', {
      method: 'POST',
      json: { data: residence(), onBehalfOf: { kind: 'person', code: '161175-19997' } },
    });
    expect(anonymous.status).toBe(401);
    const forged = await submit(
      'declaration-of-residence',
      { data: residence(), onBehalfOf: { kind: 'person', code: '061193-06460' } },
      janis,
    );
    expect(forged.status).toBe(403);
    expect((await errorOf(forged)).code).toBe('representation_not_held');
  });
});
