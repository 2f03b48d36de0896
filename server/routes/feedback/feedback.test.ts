/**
 * Complaints and suggestions through the real app (issue 7): a signed-in person files feedback
 * about a service or the platform, it reaches the right agency, the agency answers by API key or
 * case worker's session, the person reads and replies in the workplace, and is notified after
 * commit. Another person's or agency's feedback answers 404; bad input answers 4xx with a code.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../app/logger.ts';
import { createNotificationSender } from '../../notifications/notification-sender.ts';
import {
  createCapturingMailTransport,
  createCapturingSmsTransport,
} from '../../notifications/notification-transports.ts';
import { buildTestApp, type TestApp, type TestSession } from '../../testing/build-test-app.ts';

const SERVICE = 'declaration-of-residence';
let t: TestApp;
let janis: TestSession;
let anna: TestSession;

beforeEach(async () => {
  // The platform is operated by the "other" demo agency here, so routing is visible.
  t = await buildTestApp({ config: { platformOperatorAgency: 'other-agency' } });
  janis = await t.sessionFor({ personalCode: '161175-19997', givenName: 'Jānis', familyName: 'Bērziņš' });
  anna = await t.sessionFor({ personalCode: '010180-10006', givenName: 'Anna', familyName: 'Liepa' });
});
afterEach(async () => {
  await t.close();
});

const complaint = {
  kind: 'complaint',
  serviceCode: SERVICE,
  subject: 'Lost answers',
  body: 'The form lost my answers twice.',
};

async function file(json: unknown = complaint, session = janis, headers: Record<string, string> = {}) {
  return t.request('/api/my/feedback', { method: 'POST', json, session, headers });
}

async function filed(json: unknown = complaint): Promise<string> {
  const res = await file(json);
  expect(res.status).toBe(201);
  return (await res.json()).reference;
}

const answer = (
  reference: string,
  json: unknown,
  auth: { key?: string; session?: TestSession } = {},
  headers: Record<string, string> = {},
) =>
  t.request(`/api/feedback/${reference}/status`, {
    method: 'POST',
    json,
    key: auth.key ?? (auth.session ? undefined : t.keys.agency),
    session: auth.session,
    headers,
  });

async function errorCode(res: Response) {
  return ((await res.json()) as { error: { code: string } }).error.code;
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

describe('filing feedback', () => {
  it('gives a reference, routes a service complaint to its agency and shows it in the workplace', async () => {
    const res = await file();
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.reference).toMatch(/^FB-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(body).toMatchObject({
      kind: 'complaint',
      serviceCode: SERVICE,
      subject: 'Lost answers',
      status: 'submitted',
      statusText: { lv: 'Iesniegts', en: 'Submitted' },
      history: [{ sequence: 1, status: 'submitted', from: 'platform', message: null }],
    });
    const agencyList = await (await t.request('/api/feedback', { key: t.keys.agency })).json();
    expect(agencyList.feedback.map((f: { reference: string }) => f.reference)).toEqual([body.reference]);
    const otherList = await (await t.request('/api/feedback', { key: t.keys.otherAgency })).json();
    expect(otherList.feedback).toEqual([]);
    const mine = await (await t.request('/api/my/feedback', { session: janis })).json();
    expect(mine.feedback).toMatchObject([
      { reference: body.reference, serviceTitle: { en: expect.any(String) } },
    ]);
  });

  it('routes feedback about the platform to the platform operator', async () => {
    const reference = await filed({
      kind: 'suggestion',
      subject: 'Dark mode',
      body: 'Please add a dark theme.',
    });
    const operator = await (
      await t.request('/api/feedback?about=platform', { key: t.keys.otherAgency })
    ).json();
    expect(operator.feedback).toMatchObject([{ reference, serviceCode: null, serviceTitle: null }]);
    expect((await (await t.request('/api/feedback', { key: t.keys.agency })).json()).feedback).toEqual([]);
  });

  it('refuses platform feedback plainly when no operator is configured', async () => {
    const bare = await buildTestApp({ config: { platformOperatorAgency: null } });
    const res = await bare.request('/api/my/feedback', {
      method: 'POST',
      session: await bare.sessionFor({}),
      json: { kind: 'question', subject: 'Who runs this?', body: 'Who?' },
    });
    expect(res.status).toBe(422);
    expect(await errorCode(res)).toBe('platform_feedback_unavailable');
    await bare.close();
  });

  it('returns the first filing for a retried Idempotency-Key', async () => {
    const first = await file(complaint, janis, { 'idempotency-key': 'fb-1' });
    const again = await file(complaint, janis, { 'idempotency-key': 'fb-1' });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()).reference).toBe((await first.json()).reference);
    const reused = await file({ ...complaint, body: 'Something else' }, janis, { 'idempotency-key': 'fb-1' });
    expect(reused.status).toBe(422);
    expect(await errorCode(reused)).toBe('idempotency_key_reused');
    expect((await (await t.request('/api/my/feedback', { session: janis })).json()).feedback).toHaveLength(1);
  });

  it('records a company the person represents, and refuses one they do not', async () => {
    const rep = await t.sessionFor({
      personalCode: '161175-19997',
      representations: ['PK:161175-19997-UR:40003032949'],
    });
    const ok = await file({ ...complaint, onBehalfOf: { kind: 'company', code: '40003032949' } }, rep);
    expect(ok.status).toBe(201);
    expect((await ok.json()).onBehalfOf).toEqual({ kind: 'company', code: '40003032949' });
    const forged = await file({ ...complaint, onBehalfOf: { kind: 'company', code: '40003999999' } }, rep);
    expect(forged.status).toBe(403);
    expect(await errorCode(forged)).toBe('representation_not_held');
  });

  it.each([
    ['no session', undefined, complaint, 401, 'unauthenticated'],
    ['an unknown kind', 'janis', { ...complaint, kind: 'praise' }, 422, 'validation_failed'],
    ['an empty subject', 'janis', { ...complaint, subject: '   ' }, 422, 'validation_failed'],
    ['a too long text', 'janis', { ...complaint, body: 'x'.repeat(5001) }, 422, 'validation_failed'],
    ['HTML', 'janis', { ...complaint, body: 'See <a href="http://x">this</a>' }, 422, 'markup_not_allowed'],
    [
      'an unknown service',
      'janis',
      { ...complaint, serviceCode: 'no-such-service' },
      422,
      'service_not_found',
    ],
    ['an unknown field', 'janis', { ...complaint, priority: 'high' }, 422, 'validation_failed'],
  ])('refuses %s', async (_name, who, json, status, code) => {
    const res = await t.request('/api/my/feedback', {
      method: 'POST',
      json,
      session: who ? janis : undefined,
    });
    expect(res.status).toBe(status);
    expect(await errorCode(res)).toBe(code);
    expect((await (await t.request('/api/feedback', { key: t.keys.agency })).json()).feedback).toEqual([]);
  });
});

describe('the agency answers', () => {
  it('answers and closes; the person reads the answer and status and is notified after commit', async () => {
    await t.request('/api/my/notification-preferences', {
      method: 'PUT',
      session: janis,
      json: { email: 'janis@example.lv', phone: '+371 20000000', channels: ['email', 'sms'], language: 'en' },
    });
    const reference = await filed();
    const progress = await answer(reference, { status: 'in_progress' });
    expect(progress.status).toBe(201);
    // A status change without a message is not worth a notification.
    expect(await sender().runDue()).toBe(0);
    const closed = await answer(reference, {
      status: 'completed',
      message: 'Fixed in version 2. Thank you.',
    });
    expect(closed.status).toBe(201);
    expect((await closed.json()).event).toMatchObject({ sequence: 3, status: 'completed', from: 'agency' });

    const mine = await (await t.request(`/api/my/feedback/${reference}`, { session: janis })).json();
    expect(mine).toMatchObject({ status: 'completed', final: true, statusText: { en: 'Completed' } });
    expect(
      mine.history.map((e: { status: string; message: string | null }) => [e.status, e.message]),
    ).toEqual([
      ['submitted', null],
      ['in_progress', null],
      ['completed', 'Fixed in version 2. Thank you.'],
    ]);
    expect(await sender().runDue()).toBe(2);
    const [mail] = (
      await (await t.request('/api/dev/captured-messages?to=janis@example.lv', { session: janis })).json()
    ).messages;
    expect(mail.subject).toBe(`${reference}: the agency has answered and closed the case`);
    expect(mail.text).toContain(`/my/feedback/${reference}`);
    // The answer itself is read after sign-in, never sent by e-mail.
    expect(mail.text).not.toContain('Fixed in version 2');
  });

  it('works the same for a case worker signed in to the builder', async () => {
    const reference = await filed();
    const worker = await t.sessionFor({
      personalCode: '140790-20589',
      roles: ['case-worker'],
      agency: 'demo-agency',
    });
    const list = await (
      await t.request('/api/feedback?kind=complaint&status=submitted', { session: worker })
    ).json();
    expect(list.feedback.map((f: { reference: string }) => f.reference)).toEqual([reference]);
    const detail = await (await t.request(`/api/feedback/${reference}`, { session: worker })).json();
    expect(detail.author).toEqual({ name: 'Jānis Bērziņš', personalCode: '161175-19997' });
    const res = await answer(
      reference,
      { status: 'rejected', message: 'Not about this service.' },
      { session: worker },
    );
    expect(res.status).toBe(201);
  });

  it('is idempotent by key, refuses a closed case unless reopened, and needs a message to close', async () => {
    const reference = await filed();
    const noMessage = await answer(reference, { status: 'completed' });
    expect(noMessage.status).toBe(422);
    expect(await errorCode(noMessage)).toBe('message_required');
    const close = { status: 'completed', message: 'Done.' };
    const first = await answer(reference, close, {}, { 'idempotency-key': 'a-1' });
    const again = await answer(reference, close, {}, { 'idempotency-key': 'a-1' });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()).event).toEqual((await first.json()).event);
    const later = await answer(reference, { status: 'in_progress' });
    expect(later.status).toBe(409);
    expect(await errorCode(later)).toBe('feedback_closed');
    expect((await answer(reference, { status: 'in_progress', reopen: true })).status).toBe(201);
    const history = (await (await t.request(`/api/feedback/${reference}`, { key: t.keys.agency })).json())
      .history;
    expect(history.map((e: { status: string }) => e.status)).toEqual([
      'submitted',
      'completed',
      'in_progress',
    ]);
  });

  it('asks the person, who replies once asked (and not before)', async () => {
    const reference = await filed();
    const early = await t.request(`/api/my/feedback/${reference}/replies`, {
      method: 'POST',
      session: janis,
      json: { body: 'Hello?' },
    });
    expect(early.status).toBe(409);
    expect(await errorCode(early)).toBe('reply_not_expected');
    await answer(reference, { status: 'awaiting_applicant', message: 'Which browser did you use?' });
    const reply = await t.request(`/api/my/feedback/${reference}/replies`, {
      method: 'POST',
      session: janis,
      json: { body: 'Firefox 140' },
    });
    expect(reply.status).toBe(201);
    expect((await reply.json()).event).toMatchObject({
      status: 'in_progress',
      from: 'author',
      message: 'Firefox 140',
    });
    const agencyView = await (await t.request(`/api/feedback/${reference}`, { key: t.keys.agency })).json();
    expect(agencyView.status).toBe('in_progress');
  });
});

describe('kept apart from requests', () => {
  it('never counts feedback, even answered and closed, in the service statistics or request lists', async () => {
    const reference = await filed();
    await answer(reference, { status: 'completed', message: 'Thank you.' });
    const stats = await (await t.request(`/api/catalogue/services/${SERVICE}/statistics`)).json();
    expect(stats).toMatchObject({ requests: 0, decided: 0 });
    expect((await (await t.request('/api/requests', { key: t.keys.agency })).json()).requests).toEqual([]);
    expect((await (await t.request('/api/my/requests', { session: janis })).json()).requests).toEqual([]);
  });
});

describe('tenancy', () => {
  it("answers 404 for another agency's or another person's feedback, as if it did not exist", async () => {
    const reference = await filed();
    for (const res of [
      await t.request(`/api/feedback/${reference}`, { key: t.keys.otherAgency }),
      await answer(reference, { status: 'completed', message: 'Mine now' }, { key: t.keys.otherAgency }),
      await t.request(`/api/my/feedback/${reference}`, { session: anna }),
      await t.request(`/api/my/feedback/${reference}/replies`, {
        method: 'POST',
        session: anna,
        json: { body: 'x' },
      }),
      await t.request('/api/feedback/FB-0000-0000-0000', { key: t.keys.agency }),
    ]) {
      expect(res.status).toBe(404);
      expect(await errorCode(res)).toBe('feedback_not_found');
    }
    expect((await (await t.request('/api/my/feedback', { session: anna })).json()).feedback).toEqual([]);
  });

  it('refuses a citizen and a key without requests:manage on the agency API', async () => {
    expect((await t.request('/api/feedback', { session: janis })).status).toBe(403);
    expect((await t.request('/api/feedback', { key: t.keys.platform })).status).toBe(403);
    expect((await t.request('/api/feedback')).status).toBe(401);
  });
});
