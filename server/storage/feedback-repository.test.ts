/**
 * Complaints and suggestions in storage (issue 7), on every engine: SQLite always, PostgreSQL
 * when TEST_DATABASE_URL is set. Filing with its first history entry, idempotent filing,
 * agency-scoped lists, the append-only ordered history, final and "only when asked" rules, the
 * notification outbox written with the change, and that feedback never becomes a request.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackRecord, NewFeedbackEvent } from './feedback-records.ts';
import type { AgencyRecord, Repository } from './repository.ts';
import type { NotificationRecord } from './request-records.ts';
import { buildAgency, buildService, T0 } from './testing/build-test-records.ts';
import { type TestEngine, testEngineFactories } from './testing/open-test-engines.ts';

const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

function buildFeedback(agency: AgencyRecord, overrides: Partial<FeedbackRecord> = {}): FeedbackRecord {
  return {
    id: crypto.randomUUID(),
    reference: `FB-${crypto.randomUUID().slice(0, 8).toUpperCase()}`,
    kind: 'complaint',
    agencyId: agency.id,
    serviceCode: 'vid-permit',
    subject: 'The form lost my answers',
    body: 'I filled it twice.',
    authorSubject: 'PNOLV-161175-19997',
    authorPersonalCode: '161175-19997',
    authorName: 'Jānis Bērziņš',
    represented: null,
    status: 'submitted',
    lastSequence: 1,
    final: false,
    idempotencyKey: null,
    requestHash: null,
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

function change(record: FeedbackRecord, overrides: Partial<NewFeedbackEvent> = {}): NewFeedbackEvent {
  return {
    feedbackId: record.id,
    status: 'in_progress',
    source: 'agency',
    message: null,
    actor: 'api-key:k1',
    idempotencyKey: null,
    requestHash: null,
    final: false,
    at: at(1),
    notifications: [],
    ...overrides,
  };
}

function notification(overrides: Partial<NotificationRecord> = {}): NotificationRecord {
  return {
    id: crypto.randomUUID(),
    submissionId: null,
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

describe.each(testEngineFactories())('Feedback storage on $name', (factory) => {
  let engine: TestEngine;
  let repo: Repository;
  let agency: AgencyRecord;
  let other: AgencyRecord;

  beforeEach(async () => {
    engine = await factory.open();
    repo = engine.repo;
    agency = await repo.agencies.create(buildAgency('vid'));
    other = await repo.agencies.create(buildAgency('lad', { registrationNumber: '90000054321' }));
    await repo.services.create(buildService(agency, 'vid-permit'));
  });
  afterEach(async () => {
    await engine.dispose();
  });

  it('files feedback with "submitted" as sequence 1, and finds it by reference', async () => {
    const record = buildFeedback(agency);
    expect(await repo.feedback.file(record)).toMatchObject({ ok: true, created: true });
    expect(await repo.feedback.getByReference(record.reference)).toEqual(record);
    expect((await repo.feedback.listEvents(record.id)).map((e) => [e.sequence, e.status, e.source])).toEqual([
      [1, 'submitted', 'platform'],
    ]);
    expect(await repo.feedback.getByReference('FB-NOPE')).toBeNull();
  });

  it('keeps platform feedback (no service) and a represented party as written', async () => {
    const record = buildFeedback(agency, {
      serviceCode: null,
      kind: 'suggestion',
      represented: { kind: 'company', code: '40003000642', role: 'board member' },
    });
    await repo.feedback.file(record);
    expect(await repo.feedback.getByReference(record.reference)).toEqual(record);
  });

  it('returns the first filing for a retried idempotency key, and refuses the key for other content', async () => {
    const first = buildFeedback(agency, { idempotencyKey: 'k-1', requestHash: 'h1' });
    await repo.feedback.file(first);
    const retry = buildFeedback(agency, { idempotencyKey: 'k-1', requestHash: 'h1' });
    expect(await repo.feedback.file(retry)).toEqual({ ok: true, created: false, record: first });
    const changed = buildFeedback(agency, { idempotencyKey: 'k-1', requestHash: 'h2' });
    expect(await repo.feedback.file(changed)).toMatchObject({ ok: false, reason: 'key_reused' });
    // Another person may use the same key for their own feedback.
    const someoneElse = buildFeedback(agency, {
      idempotencyKey: 'k-1',
      requestHash: 'h2',
      authorPersonalCode: '010180-10006',
    });
    expect(await repo.feedback.file(someoneElse)).toMatchObject({ ok: true, created: true });
  });

  it("lists an agency's feedback by status, kind and service, most recently changed first", async () => {
    const complaint = buildFeedback(agency, { createdAt: at(0), updatedAt: at(0) });
    const question = buildFeedback(agency, { kind: 'question', createdAt: at(1), updatedAt: at(1) });
    const platform = buildFeedback(agency, { serviceCode: null, createdAt: at(2), updatedAt: at(2) });
    const elsewhere = buildFeedback(other, { serviceCode: null });
    for (const r of [complaint, question, platform, elsewhere]) await repo.feedback.file(r);
    await repo.feedback.append(change(complaint, { at: at(5) }));

    const refs = (list: FeedbackRecord[]) => list.map((r) => r.reference);
    const page = { limit: 50, offset: 0 };
    expect(refs(await repo.feedback.list({ agencyId: agency.id, ...page }))).toEqual(
      refs([complaint, platform, question]),
    );
    expect(refs(await repo.feedback.list({ agencyId: agency.id, status: 'in_progress', ...page }))).toEqual(
      refs([complaint]),
    );
    expect(refs(await repo.feedback.list({ agencyId: agency.id, kind: 'question', ...page }))).toEqual(
      refs([question]),
    );
    expect(
      refs(await repo.feedback.list({ agencyId: agency.id, serviceCode: 'vid-permit', ...page })),
    ).toEqual(refs([complaint, question]));
    expect(refs(await repo.feedback.list({ agencyId: agency.id, platformOnly: true, ...page }))).toEqual(
      refs([platform]),
    );
    expect(refs(await repo.feedback.list({ agencyId: agency.id, limit: 1, offset: 1 }))).toEqual(
      refs([platform]),
    );
  });

  it("lists a person's own feedback newest first, and nobody else's", async () => {
    const older = buildFeedback(agency, { createdAt: at(0), updatedAt: at(0) });
    const newer = buildFeedback(other, { serviceCode: null, createdAt: at(3), updatedAt: at(3) });
    const theirs = buildFeedback(agency, { authorPersonalCode: '010180-10006' });
    for (const r of [older, newer, theirs]) await repo.feedback.file(r);
    expect((await repo.feedback.listForAuthor('161175-19997', 10)).map((r) => r.reference)).toEqual([
      newer.reference,
      older.reference,
    ]);
  });

  it('appends ordered entries, moves the status and queues notifications in the same step', async () => {
    const record = buildFeedback(agency);
    await repo.feedback.file(record);
    const told = notification();
    const result = await repo.feedback.append(
      change(record, {
        status: 'completed',
        final: true,
        message: 'Fixed, thank you.',
        at: at(2),
        notifications: [told],
      }),
    );
    expect(result).toMatchObject({ ok: true, replayed: false, event: { sequence: 2, status: 'completed' } });
    expect(await repo.feedback.getByReference(record.reference)).toMatchObject({
      status: 'completed',
      final: true,
      lastSequence: 2,
      updatedAt: at(2),
    });
    expect(await repo.requests.listDueNotifications(at(3), 10)).toEqual([told]);
  });

  it('refuses changes after a final status unless reopened, and a reply when none was asked for', async () => {
    const record = buildFeedback(agency);
    await repo.feedback.file(record);
    const reply = change(record, { status: 'in_progress', source: 'author', message: 'More detail' });
    expect(await repo.feedback.append(reply, { onlyFrom: ['awaiting_applicant'] })).toMatchObject({
      ok: false,
      reason: 'not_allowed_now',
    });
    await repo.feedback.append(change(record, { status: 'rejected', final: true, message: 'Not ours' }));
    expect(await repo.feedback.append(change(record, { at: at(3) }))).toMatchObject({
      ok: false,
      reason: 'final',
    });
    expect(
      await repo.feedback.append(change(record, { at: at(3) }), { allowAfterFinal: true }),
    ).toMatchObject({
      ok: true,
      event: { sequence: 3 },
    });
    expect(await repo.feedback.append(change({ ...record, id: 'nope' }))).toEqual({
      ok: false,
      reason: 'not_found',
    });
  });

  it('replays an idempotent change once, and refuses its key for a different change', async () => {
    const record = buildFeedback(agency);
    await repo.feedback.file(record);
    const first = await repo.feedback.append(change(record, { idempotencyKey: 'c-1', requestHash: 'h1' }));
    const again = await repo.feedback.append(
      change(record, {
        idempotencyKey: 'c-1',
        requestHash: 'h1',
        at: at(4),
        notifications: [notification()],
      }),
    );
    expect(again).toEqual({ ok: true, event: (first as { event: unknown }).event, replayed: true });
    expect(
      await repo.feedback.append(change(record, { idempotencyKey: 'c-1', requestHash: 'h2' })),
    ).toMatchObject({
      ok: false,
      reason: 'key_reused',
    });
    expect(await repo.feedback.listEvents(record.id)).toHaveLength(2);
    expect(await repo.requests.listDueNotifications(at(9), 10)).toEqual([]);
  });

  it('keeps the history ordered even when a change carries an earlier time', async () => {
    const record = buildFeedback(agency);
    await repo.feedback.file(record);
    await repo.feedback.append(change(record, { at: at(5) }));
    await repo.feedback.append(change(record, { status: 'received', at: at(2) }));
    const events = await repo.feedback.listEvents(record.id);
    expect(events.map((e) => [e.sequence, e.at])).toEqual([
      [1, at(0)],
      [2, at(5)],
      [3, at(5)],
    ]);
  });

  it('refuses UPDATE and DELETE of history entries even through raw SQL (append-only)', async () => {
    await repo.feedback.file(buildFeedback(agency));
    await expect(engine.exec("update feedback_events set status = 'completed'")).rejects.toThrow(
      /append-only/,
    );
    await expect(engine.exec('delete from feedback_events')).rejects.toThrow(/append-only/);
  });

  it('never turns feedback into a request (statistics read requests only)', async () => {
    await repo.feedback.file(buildFeedback(agency));
    expect(await repo.requests.list({ agencyId: agency.id, limit: 10, offset: 0 })).toEqual([]);
    expect(await repo.requests.listForApplicant('161175-19997', 10)).toEqual([]);
  });
});
