import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../../intake/reference-number.ts';
import { buildTestApp, type TestApp } from '../../testing/build-test-app.ts';
import { buildPermitDefinition, VALID_PERMIT_DATA } from '../../testing/test-definitions.ts';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp({ config: { maxSubmissionBytes: 64 * 1024 } });
  await t.request('/api/services', {
    method: 'POST',
    key: t.keys.agency,
    json: { definition: buildPermitDefinition() },
  });
  await t.request('/api/services/parking-permit/publish', { method: 'POST', key: t.keys.agency });
});
afterEach(async () => {
  await t.close();
});

const submit = (body: unknown, headers: Record<string, string> = {}) =>
  t.request('/api/services/parking-permit/submissions', { method: 'POST', json: body, headers });

async function countSubmissions() {
  const res = await t.request('/api/submissions?limit=500', { key: t.keys.agency });
  return ((await res.json()) as { submissions: unknown[] }).submissions.length;
}

describe('submitting a form', () => {
  it('records a signed-in applicant (for their workplace) and none for an anonymous one', async () => {
    const session = await t.sessionFor({
      personalCode: '161175-19997',
      givenName: 'Jānis',
      familyName: 'Bērziņš',
    });
    const signedIn = await t.request('/api/services/parking-permit/submissions', {
      method: 'POST',
      json: { data: VALID_PERMIT_DATA },
      session,
    });
    expect(signedIn.status).toBe(201);
    const anonymous = await submit({ data: VALID_PERMIT_DATA });
    const mine = await t.repo.submissions.listByApplicant('161175-19997', 10);
    expect(mine.map((s) => s.reference)).toEqual([(await signedIn.json()).reference]);
    expect(mine[0]).toMatchObject({ applicantSubject: 'PNOLV-161175-19997', applicantName: 'Jānis Bērziņš' });
    const other = await t.repo.submissions.getByReference((await anonymous.json()).reference);
    expect(other?.applicantPersonalCode).toBeNull();
  });

  it('stores a valid submission and gives a reference the agency can read back', async () => {
    const res = await submit({ data: VALID_PERMIT_DATA });
    expect(res.status).toBe(201);
    const receipt = await res.json();
    expect(receipt.reference).toMatch(REFERENCE_PATTERN);
    expect(receipt).toMatchObject({ serviceCode: 'parking-permit', version: 1 });

    const read = await t.request(`/api/submissions/${receipt.reference}`, { key: t.keys.agency });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ reference: receipt.reference, data: VALID_PERMIT_DATA });
  });

  it('never creates a second submission for a retried Idempotency-Key', async () => {
    const key = crypto.randomUUID();
    const first = await (await submit({ data: VALID_PERMIT_DATA }, { 'idempotency-key': key })).json();
    const retry = await submit({ data: VALID_PERMIT_DATA }, { 'idempotency-key': key });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await retry.json()).reference).toBe(first.reference);
    expect(await countSubmissions()).toBe(1);

    const reused = await submit({ data: { ...VALID_PERMIT_DATA, vehicles: 1 } }, { 'idempotency-key': key });
    expect(reused.status).toBe(422);
    expect((await reused.json()).error.code).toBe('idempotency_key_reused');
    expect(await countSubmissions()).toBe(1);
  });

  it('answers 422 with field-level issues for invalid answers and stores nothing', async () => {
    const res = await submit({
      data: {
        ...VALID_PERMIT_DATA,
        personalCode: '180565-05611',
        email: 'not-an-email',
        vehicles: 9,
        fullName: undefined,
      },
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('validation_failed');
    const paths = body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['/personalCode', '/email', '/vehicles', '/fullName']));
    expect(await countSubmissions()).toBe(0);
  });

  it('refuses properties the form does not have', async () => {
    const res = await submit({ data: { ...VALID_PERMIT_DATA, isAdmin: true } });
    expect(res.status).toBe(422);
    expect((await res.json()).error.issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_property', path: '/isAdmin' }),
    );
  });

  it('refuses __proto__ and constructor keys', async () => {
    for (const raw of [
      `{"data":{"fullName":"A","__proto__":{"polluted":true}}}`,
      `{"data":{"constructor":{"prototype":{"x":1}}}}`,
    ]) {
      const res = await t.request('/api/services/parking-permit/submissions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: raw,
      });
      expect(res.status).toBe(422);
      expect((await res.json()).error.code).toBe('forbidden_key');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await countSubmissions()).toBe(0);
  });

  it('answers malformed JSON with 400 and a wrong content type with 415', async () => {
    const malformed = await t.request('/api/services/parking-permit/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"data": {',
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('invalid_json');
    const form = await t.request('/api/services/parking-permit/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'data=1',
    });
    expect(form.status).toBe(415);
    expect((await form.json()).error.code).toBe('unsupported_media_type');
  });

  it('answers an oversized body with 413 and a megabyte string in a field with 413 too', async () => {
    const huge = await submit({ data: { ...VALID_PERMIT_DATA, fullName: 'x'.repeat(1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('payload_too_large');
    const long = await submit({ data: { ...VALID_PERMIT_DATA, fullName: 'x'.repeat(30_000) } });
    expect(long.status).toBe(422);
    expect(await countSubmissions()).toBe(0);
  });

  it('gives clear codes for unknown services, unknown versions, drafts and retired services', async () => {
    const unknown = await t.request('/api/services/no-such-service/submissions', {
      method: 'POST',
      json: { data: {} },
    });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('service_not_found');

    const draftVersion = await submit({ version: 2, data: VALID_PERMIT_DATA });
    expect(draftVersion.status).toBe(409);
    expect((await draftVersion.json()).error.code).toBe('service_not_published');

    await t.request('/api/services', {
      method: 'POST',
      key: t.keys.agency,
      json: { definition: buildPermitDefinition('draft-only') },
    });
    const draftOnly = await t.request('/api/services/draft-only/submissions', {
      method: 'POST',
      json: { data: {} },
    });
    expect(draftOnly.status).toBe(404);

    await t.request('/api/services/parking-permit/retire', { method: 'POST', key: t.keys.agency });
    const retired = await submit({ data: VALID_PERMIT_DATA });
    expect(retired.status).toBe(410);
    expect((await retired.json()).error.code).toBe('service_retired');
    expect(await countSubmissions()).toBe(0);
  });

  it('accepts a pinned older version after a newer one is published', async () => {
    const draft = await (
      await t.request('/api/services/parking-permit/draft', { key: t.keys.agency })
    ).json();
    const next = structuredClone(draft.definition);
    next.form.schema.required.push('phone');
    await t.request('/api/services/parking-permit/draft', {
      method: 'PUT',
      key: t.keys.agency,
      json: { baseRevision: draft.revision, definition: next },
    });
    await t.request('/api/services/parking-permit/publish', { method: 'POST', key: t.keys.agency });

    const { phone: _phone, ...withoutPhone } = VALID_PERMIT_DATA;
    expect((await submit({ data: withoutPhone })).status).toBe(422);
    const pinned = await submit({ version: 1, data: withoutPhone });
    expect(pinned.status).toBe(201);
    expect((await pinned.json()).version).toBe(1);
  });
});

describe('reading submissions', () => {
  it('another agency cannot read a submission, and anonymous callers cannot list any', async () => {
    const receipt = await (await submit({ data: VALID_PERMIT_DATA })).json();
    const other = await t.request(`/api/submissions/${receipt.reference}`, { key: t.keys.otherAgency });
    expect(other.status).toBe(404);
    expect((await t.request(`/api/submissions/${receipt.reference}`)).status).toBe(401);
    const otherList = await (await t.request('/api/submissions', { key: t.keys.otherAgency })).json();
    expect(otherList.submissions).toEqual([]);
  });

  it('pages through submissions with a cursor', async () => {
    for (let i = 0; i < 5; i += 1) await submit({ data: VALID_PERMIT_DATA });
    const first = await (await t.request('/api/submissions?limit=2', { key: t.keys.agency })).json();
    expect(first.submissions).toHaveLength(2);
    const second = await (
      await t.request(`/api/submissions?limit=2&after=${first.nextCursor}`, { key: t.keys.agency })
    ).json();
    const third = await (
      await t.request(`/api/submissions?limit=2&after=${second.nextCursor}`, { key: t.keys.agency })
    ).json();
    const all = [...first.submissions, ...second.submissions, ...third.submissions].map(
      (s: { reference: string }) => s.reference,
    );
    expect(new Set(all).size).toBe(5);
  });

  it('refuses a key without the submissions:read scope', async () => {
    const issued = await t.request('/api/agencies/demo-agency/api-keys', {
      method: 'POST',
      key: t.keys.agency,
      json: { name: 'designer tool', scopes: ['services:write'] },
    });
    expect(issued.status).toBe(201);
    const { token } = await issued.json();
    const res = await t.request('/api/submissions', { key: token });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
  });
});
