/**
 * The public catalogue API (issue 7) through the real app on in-memory SQLite with the demo
 * services: search, filters, pages, deep links, life situations, CPSV-AP export, and the index
 * following publish and retire. Bad input: hostile search text, unknown life situation, scripts in
 * the "how it is done" text.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/build-test-app.ts';
import { buildPermitDefinition } from '../../testing/test-definitions.ts';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

interface Page {
  total: number;
  page: number;
  pageSize: number;
  entries: Array<{ code: string; links: Record<string, string>; register: Record<string, unknown> }>;
}

async function catalogue(query = ''): Promise<Page> {
  const response = await t.request(`/api/catalogue${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}
const codes = (page: Page) => page.entries.map((entry) => entry.code);

async function publishPermit(
  change: (definition: ReturnType<typeof buildPermitDefinition>) => void = () => {},
) {
  const definition = buildPermitDefinition();
  change(definition);
  expect(
    (await t.request('/api/services', { method: 'POST', key: t.keys.agency, json: { definition } })).status,
  ).toBe(201);
  expect(
    (await t.request('/api/services/parking-permit/publish', { method: 'POST', key: t.keys.agency })).status,
  ).toBe(201);
}

describe('GET /api/catalogue', () => {
  it('lists the published services with their deep links', async () => {
    const page = await catalogue();
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    const residence = page.entries.find((entry) => entry.code === 'declaration-of-residence');
    expect(residence?.links).toEqual({
      page: '/services/declaration-of-residence',
      apply: '/services/declaration-of-residence/apply',
      pageUrl: 'http://localhost:3000/services/declaration-of-residence',
      applyUrl: 'http://localhost:3000/services/declaration-of-residence/apply',
      definition: '/api/services/declaration-of-residence',
    });
    expect(residence?.register).toMatchObject({ audience: ['citizens'], legalDeadline: 'P1M' });
  });

  it('finds by Latvian without diacritics and by English, and filters by audience, life situation and agency', async () => {
    expect(codes(await catalogue('?q=dzivesvietas'))).toEqual(['declaration-of-residence']);
    expect(codes(await catalogue('?q=certificate'))).toEqual(['company-certificate-request']);
    expect(codes(await catalogue('?audience=businesses'))).toEqual(['company-certificate-request']);
    expect(codes(await catalogue('?lifeSituation=moving-house'))).toEqual(['declaration-of-residence']);
    expect((await catalogue('?agency=other-agency')).total).toBe(0);
    expect((await catalogue('?agency=demo-agency&q=izziņa')).total).toBe(1);
  });

  it.each([
    '"',
    '"dzīvesvieta',
    "' OR 1=1 --",
    'NEAR(a b) AND -x',
    'x:* & !y | (z',
    '*',
    '%25',
    'a'.repeat(3000),
  ])('answers 200 to the search text %j', async (q) => {
    const response = await t.request(`/api/catalogue?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
  });

  it('pages', async () => {
    const first = await catalogue('?pageSize=1&lang=en');
    const second = await catalogue('?pageSize=1&page=2&lang=en');
    expect(first.total).toBe(2);
    expect([...codes(first), ...codes(second)]).toEqual([
      'company-certificate-request',
      'declaration-of-residence',
    ]);
    expect((await t.request('/api/catalogue?pageSize=1000')).status).toBe(400);
    expect((await t.request('/api/catalogue?page=0')).status).toBe(400);
  });

  it('answers an unknown life situation or audience with a 4xx error code', async () => {
    const unknown = await t.request('/api/catalogue?lifeSituation=winning-the-lottery');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'life_situation_not_found' } });
    expect((await t.request('/api/catalogue?audience=aliens')).status).toBe(400);
  });

  it('follows publish and retire', async () => {
    expect((await catalogue('?q=parking')).total).toBe(0);
    await publishPermit((definition) => {
      definition.register.lifeSituations = ['moving-house'];
    });
    expect(codes(await catalogue('?q=parking'))).toEqual(['parking-permit']);
    expect((await catalogue('?lifeSituation=moving-house')).total).toBe(2);
    expect(
      (await t.request('/api/services/parking-permit/retire', { method: 'POST', key: t.keys.agency })).status,
    ).toBe(200);
    expect((await catalogue('?q=parking')).total).toBe(0);
    expect((await t.request('/api/catalogue/services/parking-permit')).status).toBe(404);
  });
});

describe('GET /api/catalogue/services/{code}', () => {
  it('gives the entry of a published service, and 404 for a draft or an unknown code', async () => {
    const response = await t.request('/api/catalogue/services/declaration-of-residence');
    expect(response.status).toBe(200);
    const entry = await response.json();
    expect(entry).toMatchObject({
      code: 'declaration-of-residence',
      agency: { code: 'demo-agency' },
      targetProcessingTime: 'P3D',
    });
    expect(entry.register.faq.length).toBeGreaterThan(0);
    expect(entry.register.howItIsDone.lv.format).toBe('rich-text/1');
    expect((await t.request('/api/catalogue/services/no-such-service')).status).toBe(404);
  });

  it('never shows a script from the "how it is done" text', async () => {
    await publishPermit((definition) => {
      definition.register.howItIsDone.lv = {
        format: 'rich-text/1',
        html: '<script>alert(1)</script>',
        blocks: [
          {
            type: 'paragraph',
            content: [{ text: 'Spiediet šeit', link: 'javascript:alert(1)', onclick: 'x' }],
          },
          { type: 'raw', html: '<img src=x onerror=alert(1)>' },
        ],
      } as never;
    });
    const entry = await (await t.request('/api/catalogue/services/parking-permit')).json();
    expect(entry.register.howItIsDone.lv).toEqual({
      format: 'rich-text/1',
      blocks: [{ type: 'paragraph', content: [{ text: 'Spiediet šeit' }] }],
    });
    expect(JSON.stringify(entry)).not.toMatch(/<script|onerror|javascript:/);
  });
});

describe('life situations', () => {
  it('lists the register with service counts', async () => {
    const response = await t.request('/api/life-situations');
    expect(response.status).toBe(200);
    const { lifeSituations } = await response.json();
    expect(lifeSituations.length).toBeGreaterThanOrEqual(8);
    expect(lifeSituations.find((s: { code: string }) => s.code === 'moving-house')).toMatchObject({
      name: { lv: 'Dzīvesvietas maiņa', en: 'Moving house' },
      audience: 'citizens',
      serviceCount: 1,
    });
  });

  it('gives one life situation with its services, and 404 for an unknown one', async () => {
    const response = await t.request('/api/life-situations/running-a-business');
    expect(response.status).toBe(200);
    const situation = await response.json();
    expect(situation.services.map((s: { code: string }) => s.code)).toEqual(['company-certificate-request']);
    const unknown = await t.request('/api/life-situations/winning-the-lottery');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'life_situation_not_found' } });
  });
});

describe('GET /api/catalogue/cpsv.jsonld', () => {
  it('exports every published service as a CPSV-AP public service', async () => {
    const response = await t.request('/api/catalogue/cpsv.jsonld');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/ld+json');
    const document = await response.json();
    expect(document['@context'].cv).toBe('http://data.europa.eu/m8g/');
    expect(document['@graph']).toHaveLength(2);
    const residence = document['@graph'].find(
      (node: Record<string, unknown>) => node['dct:identifier'] === 'declaration-of-residence',
    );
    expect(residence).toMatchObject({
      '@id': 'http://localhost:3000/services/declaration-of-residence',
      '@type': 'cpsv:PublicService',
      'cv:processingTime': { '@value': 'P3D', '@type': 'xsd:duration' },
      'cv:hasCost': { 'cv:value': { '@value': '0.00' } },
    });
    expect(residence['dct:title']).toContainEqual({
      '@value': 'Declaration of residence',
      '@language': 'en',
    });
    expect(residence['cv:isGroupedBy'][0]).toMatchObject({
      '@type': 'cv:LifeEvent',
      'dct:identifier': 'moving-house',
    });
    expect(residence['cv:hasChannel'][0]).toMatchObject({
      'dcat:accessURL': 'http://localhost:3000/services/declaration-of-residence/apply',
    });
  });
});

describe('GET /api/catalogue/services/{code}/statistics', () => {
  it('computes the processing time from the central status history', async () => {
    const { generateValidData } = await import('../../../schema/testing/generate-valid-data.ts');
    const { DECLARATION_OF_RESIDENCE } = await import('../../../schema/demo-definitions.ts');
    const janis = { personalCode: '161175-19997', givenName: 'Jānis', familyName: 'Bērziņš' };
    t.setNow('2026-11-23T08:00:00.000Z'); // a Monday
    const submitted = await t.request('/api/services/declaration-of-residence/submissions', {
      method: 'POST',
      session: await t.sessionFor(janis),
      json: { data: { ...generateValidData(DECLARATION_OF_RESIDENCE.form.schema), ...janis } },
    });
    expect(submitted.status).toBe(201);
    const { reference } = await submitted.json();
    t.setNow('2026-11-25T08:00:00.000Z');
    const completed = await t.request(`/api/requests/${reference}/status`, {
      method: 'POST',
      key: t.keys.agency,
      json: { code: 'completed' },
    });
    expect(completed.status).toBe(201);

    const response = await t.request('/api/catalogue/services/declaration-of-residence/statistics');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      requests: 1,
      decided: 1,
      targetProcessingTime: 'P3D',
      calendarDays: { average: 2, median: 2, p90: 2, max: 2 },
      workingDays: { median: 2 },
      withinTarget: 1,
      overdue: null,
    });
    const forAgency = await t.request('/api/catalogue/services/declaration-of-residence/statistics', {
      key: t.keys.agency,
    });
    expect((await forAgency.json()).overdue).toBe(0);
    expect((await t.request('/api/catalogue/services/no-such-service/statistics')).status).toBe(404);

    // Ratings: the applicant, once, after completion; nobody else.
    const rate = async (session: Awaited<ReturnType<TestApp['sessionFor']>> | undefined, score = 5) =>
      t.request('/api/catalogue/services/declaration-of-residence/ratings', {
        method: 'POST',
        session,
        json: { reference, score, comment: 'Ātri un skaidri.' },
      });
    expect((await rate(undefined)).status).toBe(401);
    const anna = await t.sessionFor({ personalCode: '061193-06460', givenName: 'Anna', familyName: 'Liepa' });
    expect((await (await rate(anna)).json()).error.code).toBe('rating_not_allowed');
    const own = await t.sessionFor(janis);
    const first = await rate(own);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ average: 5, count: 1 });
    const again = await rate(own, 1);
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('already_rated');
    expect((await rate(own, 9)).status).toBe(422);
    const stats = await (
      await t.request('/api/catalogue/services/declaration-of-residence/statistics')
    ).json();
    expect(stats.rating).toEqual({ average: 5, count: 1 });
  });

  it('refuses a rating before the request is completed', async () => {
    const { generateValidData } = await import('../../../schema/testing/generate-valid-data.ts');
    const { DECLARATION_OF_RESIDENCE } = await import('../../../schema/demo-definitions.ts');
    const janis = { personalCode: '161175-19997', givenName: 'Jānis', familyName: 'Bērziņš' };
    const session = await t.sessionFor(janis);
    const submitted = await t.request('/api/services/declaration-of-residence/submissions', {
      method: 'POST',
      session,
      json: { data: { ...generateValidData(DECLARATION_OF_RESIDENCE.form.schema), ...janis } },
    });
    const { reference } = await submitted.json();
    const response = await t.request('/api/catalogue/services/declaration-of-residence/ratings', {
      method: 'POST',
      session,
      json: { reference, score: 4 },
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('rating_not_allowed');
  });
});
