/**
 * The request registry part of the repository (issue 6), on every engine: SQLite always,
 * PostgreSQL when TEST_DATABASE_URL is set. Ordered append-only history, idempotency, final and
 * out-of-order rules, mappings, messages, preferences and the notification outbox.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Repository, SubmissionRecord } from './repository.ts';
import type { NewStatusEvent, NotificationRecord } from './request-records.ts';
import { buildAgency, buildService, buildSubmission, T0 } from './testing/build-test-records.ts';
import { type TestEngine, testEngineFactories } from './testing/open-test-engines.ts';

const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

function change(submission: SubmissionRecord, overrides: Partial<NewStatusEvent> = {}): NewStatusEvent {
  return {
    submissionId: submission.id,
    status: 'in_progress',
    agencyCode: 'in_progress',
    citizenText: { lv: 'Tiek izskatīts', en: 'Being processed' },
    message: null,
    document: null,
    actor: 'api-key:k1',
    idempotencyKey: null,
    requestHash: null,
    final: false,
    at: at(1),
    notifications: [],
    ...overrides,
  };
}

function notification(
  submission: SubmissionRecord,
  overrides: Partial<NotificationRecord> = {},
): NotificationRecord {
  return {
    id: crypto.randomUUID(),
    submissionId: submission.id,
    channel: 'email',
    recipient: 'janis@example.lv',
    subject: 'S',
    body: 'B',
    state: 'pending',
    attempts: 0,
    nextAttemptAt: at(1),
    lastError: null,
    createdAt: at(1),
    sentAt: null,
    ...overrides,
  };
}

describe.each(testEngineFactories())('Request registry storage on $name', (factory) => {
  let engine: TestEngine;
  let repo: Repository;
  let submission: SubmissionRecord;

  beforeEach(async () => {
    engine = await factory.open();
    repo = engine.repo;
    const agency = await repo.agencies.create(buildAgency('vid'));
    const service = buildService(agency, 'vid-permit');
    await repo.services.create(service);
    expect((await repo.services.publish('vid-permit', service.draft, 'key-1', T0)).ok).toBe(true);
    submission = buildSubmission(
      { code: 'vid-permit', agencyId: agency.id },
      {
        applicantSubject: 'PNOLV-161175-19997',
        applicantPersonalCode: '161175-19997',
        applicantName: 'Jānis Bērziņš',
      },
    );
    await repo.submissions.insert(submission);
  });
  afterEach(async () => {
    await engine.dispose();
  });

  it('starts every submission with "submitted" as sequence 1', async () => {
    expect(await repo.requests.getState(submission.id)).toMatchObject({
      status: 'submitted',
      lastSequence: 1,
      final: false,
    });
    expect(
      (await repo.requests.listHistory(submission.id)).map((e) => [e.sequence, e.status, e.actor]),
    ).toEqual([[1, 'submitted', 'platform']]);
  });

  it('refuses UPDATE and DELETE of history entries even through raw SQL (append-only)', async () => {
    await expect(engine.exec("update request_status_events set status = 'completed'")).rejects.toThrow(
      /append-only/,
    );
    await expect(engine.exec('delete from request_status_events')).rejects.toThrow(/append-only/);
    expect(await repo.requests.listHistory(submission.id)).toHaveLength(1);
  });

  it('appends in order with a document and notifications in one go', async () => {
    const document = {
      id: crypto.randomUUID(),
      submissionId: submission.id,
      title: 'Lēmums',
      fileName: 'lemums.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 3,
      sha256: 'abc',
      content: new Uint8Array([1, 2, 3]),
      url: null,
      createdAt: at(2),
    };
    const result = await repo.requests.appendStatus(
      change(submission, {
        status: 'completed',
        final: true,
        at: at(2),
        document,
        notifications: [notification(submission)],
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      replayed: false,
      event: { sequence: 2, documentId: document.id },
    });
    expect((await repo.requests.getDocument(document.id))?.content).toEqual(new Uint8Array([1, 2, 3]));
    expect((await repo.requests.listDocuments(submission.id))[0]).not.toHaveProperty('content');
    expect(await repo.requests.listNotifications(submission.id)).toHaveLength(1);
    expect(await repo.requests.getState(submission.id)).toMatchObject({
      status: 'completed',
      final: true,
      lastSequence: 2,
    });
  });

  it('returns the stored event for a replayed key, refuses the key for another change', async () => {
    const first = await repo.requests.appendStatus(
      change(submission, { idempotencyKey: 'k', requestHash: 'h1' }),
    );
    const again = await repo.requests.appendStatus(
      change(submission, { idempotencyKey: 'k', requestHash: 'h1' }),
    );
    expect(again).toEqual({ ok: true, replayed: true, event: first.ok ? first.event : null });
    expect(
      await repo.requests.appendStatus(change(submission, { idempotencyKey: 'k', requestHash: 'h2' })),
    ).toMatchObject({
      ok: false,
      reason: 'key_reused',
    });
    expect(await repo.requests.listHistory(submission.id)).toHaveLength(2);
  });

  it('refuses changes after a final status unless allowed, out-of-order ones, and unknown requests', async () => {
    await repo.requests.appendStatus(change(submission, { status: 'rejected', final: true, at: at(5) }));
    expect(await repo.requests.appendStatus(change(submission, { at: at(6) }))).toMatchObject({
      ok: false,
      reason: 'final',
    });
    expect(
      await repo.requests.appendStatus(change(submission, { at: at(4) }), { allowAfterFinal: true }),
    ).toMatchObject({
      ok: false,
      reason: 'stale',
    });
    expect(
      await repo.requests.appendStatus(change(submission, { at: at(6) }), { allowAfterFinal: true }),
    ).toMatchObject({
      ok: true,
    });
    expect(await repo.requests.appendStatus(change({ ...submission, id: crypto.randomUUID() }))).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(
      await repo.requests.appendStatus(change(submission, { status: 'received', at: at(7) }), {
        onlyFrom: ['submitted'],
      }),
    ).toMatchObject({
      ok: false,
      reason: 'skipped',
    });
  });

  it('gives concurrent changes distinct, gapless sequence numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        repo.requests.appendStatus(change(submission, { idempotencyKey: `c${i}`, requestHash: 'h' })),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await repo.requests.listHistory(submission.id)).map((e) => e.sequence)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('lists per agency with filters and per applicant', async () => {
    await repo.requests.appendStatus(change(submission));
    const base = { agencyId: submission.agencyId, limit: 10, offset: 0 };
    expect(await repo.requests.list({ ...base, status: 'in_progress' })).toHaveLength(1);
    expect(await repo.requests.list({ ...base, status: 'completed' })).toHaveLength(0);
    expect(await repo.requests.list({ ...base, search: 'bērz' })).toHaveLength(1);
    expect(await repo.requests.list({ ...base, search: submission.reference })).toHaveLength(1);
    expect(await repo.requests.list({ ...base, search: '%' })).toHaveLength(0);
    expect(await repo.requests.list({ ...base, agencyId: crypto.randomUUID() })).toHaveLength(0);
    const mine = await repo.requests.listForApplicant('161175-19997', 10);
    expect(mine.map((i) => [i.submission.reference, i.state.status])).toEqual([
      [submission.reference, 'in_progress'],
    ]);
    expect(mine[0]?.statusText).toEqual({ lv: 'Tiek izskatīts', en: 'Being processed' });
  });

  it('upserts mappings per service and code, and deletes them', async () => {
    const mapping = {
      id: crypto.randomUUID(),
      agencyId: submission.agencyId,
      serviceCode: 'vid-permit',
      code: 'IZSK',
      status: 'in_progress' as const,
      text: { lv: 'Izskatīšanā', en: 'Under review' },
      notify: true,
      final: false,
      createdAt: T0,
      updatedAt: T0,
    };
    await repo.requests.putMapping(mapping);
    await repo.requests.putMapping({ ...mapping, id: crypto.randomUUID(), notify: false, updatedAt: at(1) });
    expect(await repo.requests.listMappings('vid-permit')).toEqual([
      { ...mapping, notify: false, updatedAt: at(1) },
    ]);
    expect(await repo.requests.deleteMapping('vid-permit', 'IZSK')).toBe(true);
    expect(await repo.requests.deleteMapping('vid-permit', 'IZSK')).toBe(false);
  });

  it('adds messages once per key with their status change, and tracks what the agency read', async () => {
    const message = {
      id: crypto.randomUUID(),
      submissionId: submission.id,
      agencyId: submission.agencyId,
      direction: 'from_applicant' as const,
      asksForInformation: false,
      body: 'Atbilde',
      author: 'user:PNOLV-161175-19997',
      inReplyTo: null,
      idempotencyKey: 'm1',
      createdAt: at(3),
      agencyReadAt: null,
    };
    const input = {
      message,
      attachments: [],
      notifications: [],
      status: { ...change(submission, { at: at(3) }), onlyFrom: ['submitted' as const] },
    };
    expect((await repo.requests.addMessage(input)).created).toBe(true);
    expect(
      await repo.requests.addMessage({ ...input, message: { ...message, id: crypto.randomUUID() } }),
    ).toEqual({
      created: false,
      message,
    });
    expect((await repo.requests.getState(submission.id))?.status).toBe('in_progress');
    expect(await repo.requests.listUnreadFromApplicants(submission.agencyId, 10)).toEqual([message]);
    expect(await repo.requests.markMessageRead(message.id, crypto.randomUUID(), at(4))).toBe(false);
    expect(await repo.requests.markMessageRead(message.id, submission.agencyId, at(4))).toBe(true);
    expect(await repo.requests.markMessageRead(message.id, submission.agencyId, at(5))).toBe(true);
    expect(await repo.requests.listUnreadFromApplicants(submission.agencyId, 10)).toEqual([]);
    expect((await repo.requests.listMessages(submission.id))[0]?.agencyReadAt).toBe(at(4));
  });

  it('keeps preferences, the due notifications and captured messages', async () => {
    const prefs = {
      personalCode: '161175-19997',
      email: 'j@example.lv',
      phone: null,
      channels: ['email' as const],
      language: 'en' as const,
      updatedAt: T0,
    };
    await repo.requests.putPreferences(prefs);
    await repo.requests.putPreferences({ ...prefs, language: 'lv' });
    expect(await repo.requests.getPreferences('161175-19997')).toEqual({ ...prefs, language: 'lv' });
    expect(await repo.requests.getPreferences('010190-10006')).toBeNull();
    const due = notification(submission);
    const later = notification(submission, { nextAttemptAt: at(60) });
    await repo.requests.appendStatus(change(submission, { notifications: [due, later] }));
    expect((await repo.requests.listDueNotifications(at(2), 10)).map((n) => n.id)).toEqual([due.id]);
    await repo.requests.markNotification(due.id, {
      state: 'sent',
      attempts: 1,
      nextAttemptAt: at(1),
      lastError: null,
      sentAt: at(2),
    });
    expect(await repo.requests.listDueNotifications(at(2), 10)).toEqual([]);
    await repo.requests.putCaptured({
      id: crypto.randomUUID(),
      channel: 'email',
      from: 'a',
      to: 'j@example.lv',
      subject: 's',
      text: 't',
      createdAt: T0,
    });
    expect(await repo.requests.listCaptured({ to: 'j@example.lv', limit: 5 })).toHaveLength(1);
    expect(await repo.requests.listCaptured({ channel: 'sms', limit: 5 })).toHaveLength(0);
  });
});
