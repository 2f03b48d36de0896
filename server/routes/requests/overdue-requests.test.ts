/**
 * Overdue requests for the agency (issue 7) through the real app on in-memory SQLite with the
 * demo services: the owning agency's key and case worker see which open requests are past the
 * target and by how much (time awaiting the applicant left out); another agency's case worker or
 * key gets 404, never data; the public statistics give no overdue count at all.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DECLARATION_OF_RESIDENCE } from '../../../schema/demo-definitions.ts';
import { generateValidData } from '../../../schema/testing/generate-valid-data.ts';
import { buildTestApp, type TestApp } from '../../testing/build-test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

const URL = '/api/services/declaration-of-residence/overdue-requests';
const janis = { personalCode: '161175-19997', givenName: 'Jānis', familyName: 'Bērziņš' };

async function submit(at: string): Promise<string> {
  t.setNow(at);
  const response = await t.request('/api/services/declaration-of-residence/submissions', {
    method: 'POST',
    session: await t.sessionFor(janis),
    json: { data: { ...generateValidData(DECLARATION_OF_RESIDENCE.form.schema), ...janis } },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

async function setStatus(reference: string, code: string, at: string): Promise<void> {
  t.setNow(at);
  const response = await t.request(`/api/requests/${reference}/status`, {
    method: 'POST',
    key: t.keys.agency,
    json: { code },
  });
  expect(response.status).toBe(201);
}

describe('GET /api/services/{code}/overdue-requests', () => {
  let late: string;
  let waiting: string;

  beforeEach(async () => {
    // The demo service's target is P3D. Monday 23 November 2026, 10:00 in Riga.
    late = await submit('2026-11-23T08:00:00.000Z');
    await setStatus(late, 'in_progress', '2026-11-24T08:00:00.000Z');
    waiting = await submit('2026-11-23T08:00:00.000Z');
    await setStatus(waiting, 'awaiting_applicant', '2026-11-24T08:00:00.000Z');
    const done = await submit('2026-11-23T08:00:00.000Z');
    await setStatus(done, 'completed', '2026-11-30T08:00:00.000Z');
    t.setNow('2026-12-01T08:00:00.000Z');
  });

  it('lists, for the owning agency, the open requests past the target and by how much', async () => {
    const byKey = await t.request(URL, { key: t.keys.agency });
    expect(byKey.status).toBe(200);
    expect(await byKey.json()).toEqual({
      targetProcessingTime: 'P3D',
      total: 1,
      // 8 days since submission, 5 past the target. The request awaiting the applicant since its
      // second day has had 1 day of the agency's time: not overdue.
      requests: [
        {
          reference: late,
          status: 'in_progress',
          submittedAt: '2026-11-23T08:00:00.000Z',
          elapsedDays: 8,
          overdueDays: 5,
        },
      ],
    });
    const caseWorker = await t.sessionFor({
      personalCode: '140790-20589',
      roles: ['case-worker'],
      agency: 'demo-agency',
    });
    const bySession = await t.request(URL, { session: caseWorker });
    expect(bySession.status).toBe(200);
    expect((await bySession.json()).requests.map((r: { reference: string }) => r.reference)).toEqual([late]);

    // The public statistics: no count for the public, the count for the agency.
    const publicStats = await (
      await t.request('/api/catalogue/services/declaration-of-residence/statistics')
    ).json();
    expect(publicStats.overdue).toBeNull();
    const agencyStats = await (
      await t.request('/api/catalogue/services/declaration-of-residence/statistics', { key: t.keys.agency })
    ).json();
    expect(agencyStats.overdue).toBe(1);
  });

  it('counts the applicant’s answer as the agency’s time again', async () => {
    await setStatus(waiting, 'in_progress', '2026-11-27T08:00:00.000Z');
    t.setNow('2026-12-01T08:00:00.000Z');
    const body = await (await t.request(URL, { key: t.keys.agency })).json();
    // 1 day before it waited, 4 since the answer: 5 days, 2 past the target.
    expect(body.requests).toEqual([
      expect.objectContaining({ reference: late, overdueDays: 5 }),
      expect.objectContaining({ reference: waiting, elapsedDays: 5, overdueDays: 2 }),
    ]);
    const second = await (await t.request(`${URL}?limit=1&offset=1`, { key: t.keys.agency })).json();
    expect(second).toMatchObject({ total: 2, requests: [{ reference: waiting }] });
  });

  it('gives another agency’s case worker and key 404 without data, a citizen 403, anyone else 401', async () => {
    const otherWorker = await t.sessionFor({
      personalCode: '110379-18477',
      roles: ['case-worker'],
      agency: 'other-agency',
    });
    for (const auth of [{ session: otherWorker }, { key: t.keys.otherAgency }]) {
      const response = await t.request(URL, auth);
      expect(response.status).toBe(404);
      const body = await response.json();
      expect(body.error.code).toBe('service_not_found');
      expect(JSON.stringify(body)).not.toContain(late);
    }
    const citizen = await t.sessionFor(janis);
    expect((await t.request(URL, { session: citizen })).status).toBe(403);
    expect((await t.request(URL)).status).toBe(401);
    expect(
      (await t.request('/api/services/no-such-service/overdue-requests', { key: t.keys.agency })).status,
    ).toBe(404);
  });

  it('answers bad paging with 400 and a code', async () => {
    for (const query of ['?limit=0', '?limit=201', '?offset=-1', '?limit=abc']) {
      const response = await t.request(`${URL}${query}`, { key: t.keys.agency });
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toEqual(expect.any(String));
    }
  });
});
