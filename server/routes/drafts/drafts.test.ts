import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../../schema/service-definition.ts';
import { cleanUpAbandoned } from '../../attachments/cleanup-attachments.ts';
import { buildAttachmentDefinition } from '../../attachments/testing/attachment-definition.ts';
import { buildTestPdf } from '../../attachments/testing/build-test-files.ts';
import { buildTestApp, type TestApp } from '../../testing/build-test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
  await t.request('/api/services', {
    method: 'POST',
    key: t.keys.agency,
    json: { definition: buildAttachmentDefinition() },
  });
  await t.request('/api/services/parking-permit/publish', { method: 'POST', key: t.keys.agency });
});
afterEach(async () => {
  await t.close();
});

const answers = { fullName: 'Anna Bērziņa', vehicles: 3 };

async function publishNewVersion(edit: (definition: ServiceDefinition) => void) {
  const draft = await (await t.request('/api/services/parking-permit/draft', { key: t.keys.agency })).json();
  const definition = structuredClone(draft.definition) as ServiceDefinition;
  edit(definition);
  const saved = await t.request('/api/services/parking-permit/draft', {
    method: 'PUT',
    key: t.keys.agency,
    json: { baseRevision: draft.revision, definition },
  });
  expect(saved.status).toBe(200);
  expect(
    (await t.request('/api/services/parking-permit/publish', { method: 'POST', key: t.keys.agency })).status,
  ).toBe(201);
}

describe('resume links (not signed in)', () => {
  it('saves answers behind an unguessable token that restores them elsewhere, and saves again through it', async () => {
    const created = await t.request('/api/services/parking-permit/resume-links', {
      method: 'POST',
      json: { version: 1, data: { ...answers, notAField: 'x' }, step: 1 },
    });
    expect(created.status).toBe(201);
    const { token, resumePath, draft } = await created.json();
    expect(token).toMatch(/^res_[A-Za-z0-9_-]{43}$/);
    expect(resumePath).toBe(`/services/parking-permit/apply#resume=${token}`);
    expect(draft.expiresAt).toBe('2026-12-26T10:00:00.000Z');

    const opened = await (await t.request(`/api/resume-links/${token}`)).json();
    expect(opened).toMatchObject({ version: 1, step: 1, data: answers });
    expect(opened.data).not.toHaveProperty('notAField');

    const put = await t.request(`/api/resume-links/${token}`, {
      method: 'PUT',
      json: { version: 1, data: { fullName: 'Anna' }, step: 2 },
    });
    expect(put.status).toBe(200);
    expect((await (await t.request(`/api/resume-links/${token}`)).json()).data).toEqual({ fullName: 'Anna' });
  });

  it('answers 404 for an unknown token and 410 draft_expired after 30 days, then the clean-up deletes it', async () => {
    expect((await t.request(`/api/resume-links/res_${'A'.repeat(43)}`)).status).toBe(404);
    expect((await t.request('/api/resume-links/nonsense')).status).toBe(404);
    const { token } = await (
      await t.request('/api/services/parking-permit/resume-links', {
        method: 'POST',
        json: { version: 1, data: answers },
      })
    ).json();
    t.setNow('2026-12-26T10:00:00.000Z');
    const expired = await t.request(`/api/resume-links/${token}`);
    expect(expired.status).toBe(410);
    expect((await expired.json()).error.code).toBe('draft_expired');
    expect((await cleanUpAbandoned(t.repo, new Date('2026-12-26T10:00:00.000Z'))).drafts).toBe(1);
    expect((await t.request(`/api/resume-links/${token}`)).status).toBe(404);
  });

  it('keeps the files a saved draft names as long as the draft', async () => {
    const upload = await t.request('/api/services/parking-permit/attachments?field=/documents', {
      method: 'POST',
      headers: { 'x-file-name': 'a.pdf' },
      body: (await buildTestPdf()) as Uint8Array<ArrayBuffer>,
    });
    const file = (await upload.json()).token;
    await t.request('/api/services/parking-permit/resume-links', {
      method: 'POST',
      json: { version: 1, data: { documents: [file] } },
    });
    expect((await cleanUpAbandoned(t.repo, new Date('2026-12-10T10:00:00.000Z'))).files).toBe(0);
    expect((await t.request(`/api/attachments/${file}`)).status).toBe(200);
  });
});

describe('signed-in drafts', () => {
  it('are saved on the server for the person, read from another session, hidden from others', async () => {
    const laptop = await t.sessionFor({ personalCode: '161175-19997' });
    const saved = await t.request('/api/services/parking-permit/my-draft', {
      method: 'PUT',
      session: laptop,
      json: { version: 1, data: answers, step: 1 },
    });
    expect(saved.status).toBe(200);
    const phone = await t.sessionFor({ personalCode: '161175-19997' });
    expect(
      await (await t.request('/api/services/parking-permit/my-draft', { session: phone })).json(),
    ).toMatchObject({
      version: 1,
      step: 1,
      data: answers,
    });
    expect((await (await t.request('/api/my-drafts', { session: phone })).json()).drafts).toHaveLength(1);
    const other = await t.sessionFor({ personalCode: '010101-10006' });
    expect((await t.request('/api/services/parking-permit/my-draft', { session: other })).status).toBe(404);
    expect((await t.request('/api/services/parking-permit/my-draft')).status).toBe(401);
    expect(
      (await t.request('/api/services/parking-permit/my-draft', { method: 'DELETE', session: phone })).status,
    ).toBe(204);
    expect((await t.request('/api/services/parking-permit/my-draft', { session: laptop })).status).toBe(404);
  });

  it('move to a newer version where fields still match, and say what changed', async () => {
    const me = await t.sessionFor();
    await t.request('/api/services/parking-permit/my-draft', {
      method: 'PUT',
      session: me,
      json: { version: 1, data: { ...answers, phone: '+371 2612 3456' }, step: 2 },
    });
    await publishNewVersion((definition) => {
      const properties = definition.form.schema.properties!;
      delete properties.phone;
      properties.vehicles = { ...properties.vehicles, maximum: 2 };
      properties.carModel = { type: 'string', title: 'Automašīnas modelis', maxLength: 50 };
      definition.form.uiSchema['ui:order'] = [
        'fullName',
        'personalCode',
        'email',
        'postalCode',
        'vehicles',
        'carModel',
        'documents',
        'trailers',
      ];
      definition.form.translations.en!['/properties/carModel'] = { title: 'Car model' };
      delete definition.form.translations.en!['/properties/phone'];
    });
    const opened = await (await t.request('/api/services/parking-permit/my-draft', { session: me })).json();
    expect(opened).toMatchObject({ version: 2, step: 0, data: { fullName: 'Anna Bērziņa' } });
    expect(opened.data).not.toHaveProperty('vehicles');
    expect(opened.data).not.toHaveProperty('phone');
    expect(opened.changes).toEqual({
      fromVersion: 1,
      toVersion: 2,
      removed: [{ lv: 'Tālrunis', en: 'Phone' }],
      cleared: [{ lv: 'Transportlīdzekļu skaits', en: 'Number of vehicles' }],
      added: [{ lv: 'Automašīnas modelis', en: 'Car model' }],
    });
    const again = await (await t.request('/api/services/parking-permit/my-draft', { session: me })).json();
    expect(again.version).toBe(2);
    expect(again).not.toHaveProperty('changes');
  });
});
