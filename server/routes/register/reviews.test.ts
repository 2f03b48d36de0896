/**
 * Reviewed publishing (issue 7) through the real app: an agency requires review, a designer
 * submits, a reviewer returns it with a comment, the designer fixes and resubmits, the reviewer
 * approves, and only then is the version live. Four eyes, tenancy and double decisions refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestSession } from '../../testing/build-test-app.ts';
import { buildPermitDefinition } from '../../testing/test-definitions.ts';

let t: TestApp;
let designer: TestSession;
let reviewer: TestSession;
let otherReviewer: TestSession;
let admin: TestSession;

beforeEach(async () => {
  t = await buildTestApp();
  designer = await t.sessionFor({ personalCode: '140790-20589', roles: ['designer'], agency: 'demo-agency' });
  reviewer = await t.sessionFor({ personalCode: '110379-18477', roles: ['reviewer'], agency: 'demo-agency' });
  otherReviewer = await t.sessionFor({
    personalCode: '301282-25901',
    roles: ['reviewer'],
    agency: 'other-agency',
  });
  admin = await t.sessionFor({
    personalCode: '061193-06460',
    roles: ['agency-admin'],
    agency: 'demo-agency',
  });
});
afterEach(async () => {
  await t.close();
});

async function json(response: Response, status: number) {
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  return body;
}

const post = (path: string, session: TestSession, body: unknown = {}) =>
  t.request(path, { method: 'POST', session, json: body });

async function requireReview() {
  await json(
    await t.request('/api/agencies/demo-agency/publishing-settings', {
      method: 'PUT',
      session: admin,
      json: { reviewRequired: true },
    }),
    200,
  );
}

async function createPermit(title = 'Stāvvietas atļauja') {
  const definition = buildPermitDefinition();
  definition.title.lv = title;
  await json(await post('/api/services', designer, { definition }), 201);
}

async function saveTitle(title: string) {
  const draft = await json(await t.request('/api/services/parking-permit/draft', { session: designer }), 200);
  await json(
    await t.request('/api/services/parking-permit/draft', {
      method: 'PUT',
      session: designer,
      json: {
        baseRevision: draft.revision,
        definition: { ...draft.definition, title: { ...draft.definition.title, lv: title } },
      },
    }),
    200,
  );
}

describe('reviewed publishing', () => {
  it('returns with a comment, takes the fix, and publishes only what was approved', async () => {
    await requireReview();
    await createPermit('Stāvvietas atlauja');
    const refused = await json(await post('/api/services/parking-permit/publish', designer), 409);
    expect(refused.error.code).toBe('review_required');

    const first = await json(await post('/api/services/parking-permit/reviews', designer), 201);
    expect(first).toMatchObject({ state: 'pending', baseVersion: null, live: null, yours: true });
    expect((await json(await post('/api/services/parking-permit/reviews', designer), 409)).error.code).toBe(
      'review_pending',
    );

    const pending = await json(await t.request('/api/reviews?state=pending', { session: reviewer }), 200);
    expect(pending.reviews.map((r: { id: string }) => r.id)).toEqual([first.id]);
    expect(pending.reviews[0]).toMatchObject({ yours: false, title: { lv: 'Stāvvietas atlauja' } });

    expect(
      (await json(await post(`/api/reviews/${first.id}/return`, reviewer, { comment: ' ' }), 422)).error.code,
    ).toBe('validation_failed');
    const returned = await json(
      await post(`/api/reviews/${first.id}/return`, reviewer, { comment: 'Labojiet: atļauja ar garo ā.' }),
      200,
    );
    expect(returned).toMatchObject({ state: 'returned', comment: 'Labojiet: atļauja ar garo ā.' });
    expect((await t.request('/api/services/parking-permit')).status).toBe(404);
    expect((await json(await post(`/api/reviews/${first.id}/approve`, reviewer), 409)).error.code).toBe(
      'review_already_decided',
    );

    await saveTitle('Stāvvietas atļauja');
    const second = await json(await post('/api/services/parking-permit/reviews', designer), 201);
    const approved = await json(await post(`/api/reviews/${second.id}/approve`, reviewer, {}), 200);
    expect(approved).toMatchObject({ state: 'approved', publishedVersion: 1 });
    const live = await json(await t.request('/api/services/parking-permit'), 200);
    expect(live.definition.title.lv).toBe('Stāvvietas atļauja');
    expect(live.version).toBe(1);
    expect((await t.request('/api/catalogue/services/parking-permit')).status).toBe(200);
    expect((await json(await post(`/api/reviews/${second.id}/approve`, reviewer, {}), 409)).error.code).toBe(
      'review_already_decided',
    );
  });

  it('shows the reviewer the live version beside the submitted one', async () => {
    await createPermit();
    await json(await post('/api/services/parking-permit/publish', designer), 201);
    await saveTitle('Stāvvietas atļauja 2027');
    const submitted = await json(await post('/api/services/parking-permit/reviews', designer), 201);
    const review = await json(await t.request(`/api/reviews/${submitted.id}`, { session: reviewer }), 200);
    expect(review.baseVersion).toBe(1);
    expect(review.live.title.lv).toBe('Stāvvietas atļauja');
    expect(review.definition.title.lv).toBe('Stāvvietas atļauja 2027');
  });

  it('never lets the author decide, a designer approve, or another agency see the review', async () => {
    await createPermit();
    const review = await json(await post('/api/services/parking-permit/reviews', designer), 201);
    // Someone with both roles still may not approve their own version.
    const both = await t.sessionFor({
      personalCode: '140790-20589',
      roles: ['designer', 'reviewer'],
      agency: 'demo-agency',
    });
    expect((await json(await post(`/api/reviews/${review.id}/approve`, both), 403)).error.code).toBe(
      'own_review',
    );
    expect((await json(await post(`/api/reviews/${review.id}/approve`, designer), 403)).error.code).toBe(
      'forbidden',
    );
    expect((await json(await post(`/api/reviews/${review.id}/approve`, otherReviewer), 404)).error.code).toBe(
      'review_not_found',
    );
    expect((await t.request(`/api/reviews/${review.id}`, { session: otherReviewer })).status).toBe(404);
    expect((await json(await t.request('/api/reviews', { session: otherReviewer }), 200)).reviews).toEqual(
      [],
    );
    expect((await post('/api/services/parking-permit/reviews', reviewer)).status).toBe(403);
    expect((await t.request('/api/services/parking-permit')).status).toBe(404);
  });

  it('refuses to submit a draft with problems, and keeps the setting for administrators', async () => {
    const broken = buildPermitDefinition();
    broken.title.en = '';
    await json(await post('/api/services', designer, { definition: broken }), 201);
    expect((await json(await post('/api/services/parking-permit/reviews', designer), 422)).error.code).toBe(
      'definition_invalid',
    );
    expect(
      (
        await t.request('/api/agencies/demo-agency/publishing-settings', {
          method: 'PUT',
          session: designer,
          json: { reviewRequired: false },
        })
      ).status,
    ).toBe(403);
    expect(
      (await t.request('/api/agencies/demo-agency/publishing-settings', { session: otherReviewer })).status,
    ).toBe(404);
    expect(
      await json(
        await t.request('/api/agencies/demo-agency/publishing-settings', { session: reviewer }),
        200,
      ),
    ).toEqual({ reviewRequired: false });
  });
});
