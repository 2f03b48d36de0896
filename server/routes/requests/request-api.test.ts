/**
 * The request registry through the real app (issue 6): a signed-in citizen submits, the agency
 * changes the status with its own codes, writes and asks, the citizen reads and answers in the
 * workplace, and notifications go out after commit to the capturing simulators.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../app/logger.ts';
import { createNotificationSender } from '../../notifications/notification-sender.ts';
import {
  createCapturingMailTransport,
  createCapturingSmsTransport,
} from '../../notifications/notification-transports.ts';
import { createRequestDeliveryListener } from '../../requests/request-delivery-listener.ts';
import { buildTestApp, type TestApp, type TestSession } from '../../testing/build-test-app.ts';
import { buildPermitDefinition, VALID_PERMIT_DATA } from '../../testing/test-definitions.ts';

let t: TestApp;
let janis: TestSession;
let reference: string;

beforeEach(async () => {
  t = await buildTestApp();
  await t.request('/api/services', {
    method: 'POST',
    key: t.keys.agency,
    json: { definition: buildPermitDefinition() },
  });
  await t.request('/api/services/parking-permit/publish', { method: 'POST', key: t.keys.agency });
  janis = await t.sessionFor({ personalCode: '161175-19997', givenName: 'Jānis', familyName: 'Bērziņš' });
  const res = await t.request('/api/services/parking-permit/submissions', {
    method: 'POST',
    json: { data: VALID_PERMIT_DATA },
    session: janis,
  });
  expect(res.status).toBe(201);
  reference = (await res.json()).reference;
});
afterEach(async () => {
  await t.close();
});

const post = (
  path: string,
  json: unknown,
  init: { key?: string; session?: TestSession; headers?: Record<string, string> } = {},
) => t.request(path, { method: 'POST', json, key: init.key, session: init.session, headers: init.headers });

const status = (json: unknown, headers: Record<string, string> = {}) =>
  post(`/api/requests/${reference}/status`, json, { key: t.keys.agency, headers });

async function detail() {
  const res = await t.request(`/api/requests/${reference}`, { key: t.keys.agency });
  expect(res.status).toBe(200);
  return res.json();
}

function sender() {
  return createNotificationSender({
    repo: t.repo,
    mail: createCapturingMailTransport(t.repo, 'no-reply@test.invalid', () => new Date()),
    sms: createCapturingSmsTransport(t.repo, 'EFORMS', () => new Date()),
    clock: () => new Date('2030-01-01T00:00:00Z'),
    logger: createLogger('silent'),
    pollIntervalMs: 1000,
    retryScheduleMs: [1000],
  });
}

describe('status changes by the agency', () => {
  it('starts as submitted in the same transaction as the submission, and lists it for the agency', async () => {
    const res = await t.request('/api/requests', { key: t.keys.agency });
    const { requests } = await res.json();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ reference, status: 'submitted', applicantName: 'Jānis Bērziņš' });
    expect((await detail()).history.map((e: { status: string }) => e.status)).toEqual(['submitted']);
  });

  it('appends in progress, then completed with a result document the citizen downloads', async () => {
    expect((await status({ code: 'in_progress', message: { lv: 'Skatām', en: 'Looking' } })).status).toBe(
      201,
    );
    const pdf = Buffer.from('%PDF-1.4 decision').toString('base64');
    const done = await status({
      code: 'completed',
      document: { title: 'Lēmums', fileName: 'lēmums.pdf', mediaType: 'application/pdf', contentBase64: pdf },
    });
    expect(done.status).toBe(201);
    const d = await detail();
    expect(d.history.map((e: { sequence: number; status: string }) => [e.sequence, e.status])).toEqual([
      [1, 'submitted'],
      [2, 'in_progress'],
      [3, 'completed'],
    ]);
    expect(d.final).toBe(true);
    const mine = await (await t.request(`/api/my/requests/${reference}`, { session: janis })).json();
    expect(mine.status).toBe('completed');
    const file = await t.request(mine.documents[0].url, { session: janis });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await file.arrayBuffer()).toString()).toBe('%PDF-1.4 decision');
  });

  it('refuses an unknown code with 422 listing the allowed codes, and writes nothing', async () => {
    const res = await status({ code: 'DONE-ISH' });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('unknown_status_code');
    expect(body.error.message).toContain('in_progress');
    expect(body.error.issues.map((i: { message: string }) => i.message)).toContain('completed');
    expect((await detail()).history).toHaveLength(1);
  });

  it("answers 404 for another agency's request, to its key and on every route", async () => {
    const other = { key: t.keys.otherAgency };
    expect((await t.request(`/api/requests/${reference}`, other)).status).toBe(404);
    const res = await post(`/api/requests/${reference}/status`, { code: 'in_progress' }, other);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('request_not_found');
    expect((await post(`/api/requests/${reference}/messages`, { body: 'Hi' }, other)).status).toBe(404);
    expect((await (await t.request('/api/requests', other)).json()).requests).toEqual([]);
  });

  it('refuses a key without the requests:manage scope with 403', async () => {
    const agency = (await t.repo.agencies.getByCode('demo-agency'))!;
    const issued = await post(
      `/api/agencies/${agency.code}/api-keys`,
      { name: 'reader', scopes: ['submissions:read'] },
      { key: t.keys.agency },
    );
    expect(issued.status).toBe(201);
    const { token } = await issued.json();
    const res = await post(`/api/requests/${reference}/status`, { code: 'in_progress' }, { key: token });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
  });

  it('replays a retried change with the same Idempotency-Key once, and refuses the key for another change', async () => {
    const first = await status({ code: 'in_progress' }, { 'idempotency-key': 'chg-1' });
    const again = await status({ code: 'in_progress' }, { 'idempotency-key': 'chg-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()).event.sequence).toBe((await first.json()).event.sequence);
    const reused = await status({ code: 'completed' }, { 'idempotency-key': 'chg-1' });
    expect(reused.status).toBe(422);
    expect((await reused.json()).error.code).toBe('idempotency_key_reused');
    expect((await detail()).history).toHaveLength(2);
  });

  it('keeps the history ordered: an out-of-order update is refused, concurrent ones get distinct sequence numbers', async () => {
    t.setNow('2026-11-26T12:00:00.000Z');
    expect((await status({ code: 'in_progress', occurredAt: '2026-11-26T11:00:00.000Z' })).status).toBe(201);
    const late = await status({ code: 'extended', occurredAt: '2026-11-26T10:30:00.000Z' });
    expect(late.status).toBe(409);
    expect((await late.json()).error.code).toBe('out_of_order');
    const burst = await Promise.all(
      ['extended', 'in_progress', 'extended'].map((code, i) =>
        status({ code }, { 'idempotency-key': `burst-${i}` }),
      ),
    );
    expect(burst.map((r) => r.status)).toEqual([201, 201, 201]);
    const sequences = (await detail()).history.map((e: { sequence: number }) => e.sequence);
    expect(sequences).toEqual([1, 2, 3, 4, 5]);
  });

  it('allows no change after a final status unless it reopens the request', async () => {
    expect((await status({ code: 'rejected' })).status).toBe(201);
    const after = await status({ code: 'in_progress' });
    expect(after.status).toBe(409);
    expect((await after.json()).error.code).toBe('request_closed');
    expect((await status({ code: 'in_progress', reopen: true })).status).toBe(201);
    expect((await detail()).status).toBe('in_progress');
  });

  it('answers malformed JSON and a bad document with 4xx, never storing half', async () => {
    const malformed = await t.request(`/api/requests/${reference}/status`, {
      method: 'POST',
      key: t.keys.agency,
      headers: { 'content-type': 'application/json' },
      body: '{"code": "in_progress",',
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('invalid_json');
    const notBase64 = await status({
      code: 'completed',
      document: { title: 'x', fileName: 'a.pdf', contentBase64: '%%%' },
    });
    expect(notBase64.status).toBe(422);
    expect((await notBase64.json()).error.code).toBe('document_invalid');
    const httpLink = await status({
      code: 'completed',
      document: { title: 'x', url: 'http://example.com/a.pdf' },
    });
    expect(httpLink.status).toBe(422);
    expect((await detail()).history).toHaveLength(1);
  });

  it("lets a case worker of the agency set the status with a session; a citizen's session is refused", async () => {
    const worker = await t.sessionFor({
      personalCode: '010190-10006',
      roles: ['case-worker'],
      agency: 'demo-agency',
    });
    expect(
      (await post(`/api/requests/${reference}/status`, { code: 'in_progress' }, { session: worker })).status,
    ).toBe(201);
    expect(
      (await post(`/api/requests/${reference}/status`, { code: 'completed' }, { session: janis })).status,
    ).toBe(403);
  });
});

describe('status mappings', () => {
  it("accepts only the service's own codes once it has some, with their citizen texts", async () => {
    const put = await t.request('/api/services/parking-permit/status-mappings/IZSK', {
      method: 'PUT',
      key: t.keys.agency,
      json: { status: 'in_progress', text: { lv: 'Izskatīšanā', en: 'Under review' }, notify: false },
    });
    expect(put.status).toBe(200);
    const list = await (
      await t.request('/api/services/parking-permit/status-mappings', { key: t.keys.agency })
    ).json();
    expect(list.usingDefaults).toBe(false);
    expect(list.mappings).toEqual([
      {
        code: 'IZSK',
        status: 'in_progress',
        text: { lv: 'Izskatīšanā', en: 'Under review' },
        notify: false,
        final: false,
      },
    ]);
    const unknown = await status({ code: 'in_progress' });
    expect((await unknown.json()).error.message).toContain('IZSK');
    expect((await status({ code: 'IZSK' })).status).toBe(201);
    const mine = await (await t.request(`/api/my/requests/${reference}`, { session: janis })).json();
    expect(mine.statusText).toEqual({ lv: 'Izskatīšanā', en: 'Under review' });
    expect(
      (await t.request('/api/services/parking-permit/status-mappings', { key: t.keys.otherAgency })).status,
    ).toBe(404);
  });
});

describe('the workplace', () => {
  it("shows a person only their own requests; another person's answers 404", async () => {
    const anna = await t.sessionFor({ personalCode: '010190-10006', givenName: 'Anna', familyName: 'Ozola' });
    const mine = await (await t.request('/api/my/requests', { session: janis })).json();
    expect(mine.requests.map((r: { reference: string }) => r.reference)).toEqual([reference]);
    expect((await (await t.request('/api/my/requests', { session: anna })).json()).requests).toEqual([]);
    const peek = await t.request(`/api/my/requests/${reference}`, { session: anna });
    expect(peek.status).toBe(404);
    expect((await peek.json()).error.code).toBe('request_not_found');
    expect((await t.request('/api/my/requests')).status).toBe(401);
    expect((await t.request('/api/my/requests', { key: t.keys.agency })).status).toBe(401);
  });

  it('lets the agency ask for information (awaiting applicant) and the answer resume the request and reach the agency', async () => {
    const ask = await post(
      `/api/requests/${reference}/messages`,
      { body: 'Lūdzu, pievienojiet auto reģistrācijas apliecību.', asksForInformation: true },
      { key: t.keys.agency },
    );
    expect(ask.status).toBe(201);
    const question = (await ask.json()).message;
    expect((await detail()).status).toBe('awaiting_applicant');
    const answer = await post(
      `/api/my/requests/${reference}/messages`,
      {
        body: 'Pievienoju.',
        inReplyTo: question.id,
        attachments: [
          {
            title: 'Apliecība',
            fileName: 'apliecība.txt',
            mediaType: 'text/plain',
            contentBase64: Buffer.from('AB-1234').toString('base64'),
          },
        ],
      },
      { session: janis },
    );
    expect(answer.status).toBe(201);
    expect((await detail()).status).toBe('in_progress');
    const unread = await (await t.request('/api/request-messages/unread', { key: t.keys.agency })).json();
    expect(unread.messages).toHaveLength(1);
    expect(unread.messages[0]).toMatchObject({ reference, body: 'Pievienoju.', inReplyTo: question.id });
    const file = await t.request(unread.messages[0].attachments[0].url, { key: t.keys.agency });
    expect(await file.text()).toBe('AB-1234');
    const read = await t.request(`/api/request-messages/${unread.messages[0].id}/read`, {
      method: 'POST',
      key: t.keys.agency,
    });
    expect(read.status).toBe(204);
    expect(
      (await (await t.request('/api/request-messages/unread', { key: t.keys.agency })).json()).messages,
    ).toEqual([]);
    expect(
      (
        await t.request(`/api/request-messages/${unread.messages[0].id}/read`, {
          method: 'POST',
          key: t.keys.otherAgency,
        })
      ).status,
    ).toBe(404);
  });
});

describe('withdrawing', () => {
  it('lets the applicant withdraw an open request once; the agency can then change nothing', async () => {
    const anna = await t.sessionFor({ personalCode: '010190-10006' });
    expect((await post(`/api/my/requests/${reference}/withdraw`, {}, { session: anna })).status).toBe(404);
    const res = await post(`/api/my/requests/${reference}/withdraw`, {}, { session: janis });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'withdrawn',
      final: true,
      statusText: { lv: 'Atsaukts' },
    });
    const again = await post(`/api/my/requests/${reference}/withdraw`, {}, { session: janis });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('request_closed');
    expect((await status({ code: 'in_progress' })).status).toBe(409);
    const list = await (await t.request('/api/requests?status=withdrawn', { key: t.keys.agency })).json();
    expect(list.requests.map((r: { reference: string }) => r.reference)).toEqual([reference]);
  });
});

describe('answers by webhook', () => {
  it("queues the applicant's answer as a request.message delivery to the agency's active endpoints", async () => {
    const submission = (await t.repo.submissions.getByReference(reference))!;
    const endpoint = await t.repo.delivery.createEndpoint({
      id: crypto.randomUUID(),
      agencyId: submission.agencyId,
      url: 'https://hooks.example.lv/in',
      description: '',
      serviceCodes: null,
      secretCiphertext: 'v1.not-used-here',
      previousSecretCiphertext: null,
      previousSecretExpiresAt: null,
      state: 'active',
      disabledReason: null,
      failingSince: null,
      createdAt: '2026-11-26T10:00:00.000Z',
      updatedAt: '2026-11-26T10:00:00.000Z',
    });
    const res = await post(
      `/api/my/requests/${reference}/messages`,
      { body: 'Papildinājums' },
      { session: janis },
    );
    expect(res.status).toBe(201);
    const jobs = (await t.repo.delivery.listJobsForSubmission(submission.id)).filter(
      (j) => j.eventType === 'request.message',
    );
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ endpointId: endpoint.id, channel: 'webhook', state: 'pending' });
    expect(jobs[0]!.payload).toMatchObject({ message: { body: 'Papildinājums', inReplyTo: null } });
  });
});

describe('notifications', () => {
  it('queues e-mail and SMS in the chosen language and sends them after commit to the simulators', async () => {
    const prefs = await t.request('/api/my/notification-preferences', {
      method: 'PUT',
      session: janis,
      json: { email: 'janis@example.lv', phone: '+371 20000000', channels: ['email', 'sms'], language: 'lv' },
    });
    expect(prefs.status).toBe(200);
    expect((await status({ code: 'in_progress' })).status).toBe(201);
    expect((await status({ code: 'completed' })).status).toBe(201);
    expect(await sender().runDue()).toBe(4);
    const mails = await (
      await t.request('/api/dev/captured-messages?channel=email&to=janis@example.lv', { session: janis })
    ).json();
    expect(mails.messages.map((m: { subject: string }) => m.subject).sort()).toEqual([
      `${reference}: Pabeigts`,
      `${reference}: Tiek izskatīts`,
    ]);
    expect(mails.messages[0].text).toContain(`/my/requests/${reference}`);
    const sms = await (await t.request('/api/dev/captured-messages?channel=sms', { session: janis })).json();
    expect(sms.messages[0]).toMatchObject({ to: '+37120000000' });
    // Nobody reads them anonymously; another person sees none of them; the platform sees all.
    expect((await t.request('/api/dev/captured-messages')).status).toBe(401);
    const stranger = await t.sessionFor({ personalCode: '110379-18477' });
    expect(
      (await (await t.request('/api/dev/captured-messages', { session: stranger })).json()).messages,
    ).toEqual([]);
    const admin = await t.sessionFor({ personalCode: '301282-25901', roles: ['platform-admin'] });
    const all = await (await t.request('/api/dev/captured-messages', { session: admin })).json();
    expect(all.messages).toHaveLength(4);
    expect((await t.request('/api/dev/captured-messages', { key: t.keys.agency })).status).toBe(403);
  });

  it('tells the applicant, in English when chosen, that the agency asks for more information', async () => {
    await t.request('/api/my/notification-preferences', {
      method: 'PUT',
      session: janis,
      json: { email: 'janis@example.lv', phone: null, channels: ['email'], language: 'en' },
    });
    await post(
      `/api/requests/${reference}/messages`,
      { body: 'Send the lease.', asksForInformation: true },
      { key: t.keys.agency },
    );
    expect(await sender().runDue()).toBe(1);
    const [mail] = (
      await (await t.request('/api/dev/captured-messages?to=janis@example.lv', { session: janis })).json()
    ).messages;
    expect(mail.subject).toBe(`${reference}: the agency asks you for more information`);
    expect(mail.text).not.toContain('Send the lease.');
  });

  it('tells nobody who chose nothing, and refuses e-mail without an address', async () => {
    const bad = await t.request('/api/my/notification-preferences', {
      method: 'PUT',
      session: janis,
      json: { email: null, phone: null, channels: ['email'], language: 'en' },
    });
    expect(bad.status).toBe(422);
    await status({ code: 'in_progress' });
    expect(await sender().runDue()).toBe(0);
  });
});

describe('delivery reports', () => {
  it('appends "received" once, whichever channel reports, and never after the agency moved on', async () => {
    const listener = createRequestDeliveryListener(t.repo);
    const submission = (await t.repo.submissions.getByReference(reference))!;
    const at = new Date().toISOString();
    await listener.delivered({ submissionId: submission.id, reference, channel: 'webhook', at });
    await listener.delivered({ submissionId: submission.id, reference, channel: 'pull', at });
    expect((await detail()).history.map((e: { status: string }) => e.status)).toEqual([
      'submitted',
      'received',
    ]);
  });
});
