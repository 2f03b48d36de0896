/**
 * Complaints and suggestions on SQLite (issue 7). Every change is one synchronous transaction:
 * the history entry, the current status and the notifications to send commit together.
 */
import { and, asc, desc, eq, isNull, type SQL } from 'drizzle-orm';
import {
  type AppendFeedbackOptions,
  type AppendFeedbackResult,
  type FeedbackEventRecord,
  type FeedbackRecord,
  type FeedbackRepository,
  filedEvent,
  type NewFeedbackEvent,
} from '../feedback-records.ts';
import { toIsoUtc } from '../to-iso-utc.ts';
import { feedback, feedbackEvents } from './feedback-tables.ts';
import type { SqliteDb } from './open-sqlite.ts';
import { notifications } from './request-tables.ts';

export function createSqliteFeedbackStore(db: SqliteDb): FeedbackRepository {
  const byReference = (reference: string) =>
    db.select().from(feedback).where(eq(feedback.reference, reference)).get() ?? null;

  /** Runs inside a transaction. */
  function appendSync(e: NewFeedbackEvent, options: AppendFeedbackOptions): AppendFeedbackResult {
    const current = db.select().from(feedback).where(eq(feedback.id, e.feedbackId)).get();
    if (!current) return { ok: false, reason: 'not_found' };
    if (e.idempotencyKey !== null) {
      const seen = db
        .select()
        .from(feedbackEvents)
        .where(
          and(
            eq(feedbackEvents.feedbackId, e.feedbackId),
            eq(feedbackEvents.idempotencyKey, e.idempotencyKey),
          ),
        )
        .get();
      if (seen) {
        return seen.requestHash === e.requestHash
          ? { ok: true, event: seen, replayed: true }
          : { ok: false, reason: 'key_reused', current };
      }
    }
    if (options.onlyFrom && !options.onlyFrom.includes(current.status)) {
      return { ok: false, reason: 'not_allowed_now', current };
    }
    if (current.final && !options.allowAfterFinal) return { ok: false, reason: 'final', current };
    // The history stays ordered even if a clock steps back: never before the current entry.
    const at = [toIsoUtc(e.at), current.updatedAt].sort()[1]!;
    const event: FeedbackEventRecord = {
      feedbackId: e.feedbackId,
      sequence: current.lastSequence + 1,
      status: e.status,
      source: e.source,
      message: e.message,
      actor: e.actor,
      idempotencyKey: e.idempotencyKey,
      requestHash: e.requestHash,
      at,
    };
    db.insert(feedbackEvents).values(event).run();
    db.update(feedback)
      .set({ status: e.status, lastSequence: event.sequence, final: e.final, updatedAt: at })
      .where(eq(feedback.id, e.feedbackId))
      .run();
    for (const n of e.notifications) db.insert(notifications).values(n).run();
    return { ok: true, event, replayed: false };
  }

  return {
    async file(record) {
      return db.transaction(
        () => {
          if (record.idempotencyKey !== null) {
            const seen = db
              .select()
              .from(feedback)
              .where(
                and(
                  eq(feedback.authorPersonalCode, record.authorPersonalCode),
                  eq(feedback.idempotencyKey, record.idempotencyKey),
                ),
              )
              .get();
            if (seen) {
              return seen.requestHash === record.requestHash
                ? { ok: true as const, created: false, record: seen }
                : { ok: false as const, reason: 'key_reused' as const, record: seen };
            }
          }
          const stored: FeedbackRecord = {
            ...record,
            createdAt: toIsoUtc(record.createdAt),
            updatedAt: toIsoUtc(record.updatedAt),
          };
          db.insert(feedback).values(stored).run();
          db.insert(feedbackEvents).values(filedEvent(stored)).run();
          return { ok: true as const, created: true, record: stored };
        },
        { behavior: 'immediate' },
      );
    },
    async getByReference(reference) {
      return byReference(reference);
    },
    async list(query) {
      const where: SQL[] = [eq(feedback.agencyId, query.agencyId)];
      if (query.status) where.push(eq(feedback.status, query.status));
      if (query.kind) where.push(eq(feedback.kind, query.kind));
      if (query.serviceCode) where.push(eq(feedback.serviceCode, query.serviceCode));
      if (query.platformOnly) where.push(isNull(feedback.serviceCode));
      return db
        .select()
        .from(feedback)
        .where(and(...where))
        .orderBy(desc(feedback.updatedAt), desc(feedback.id))
        .limit(query.limit)
        .offset(query.offset)
        .all();
    },
    async listForAuthor(personalCode, limit) {
      return db
        .select()
        .from(feedback)
        .where(eq(feedback.authorPersonalCode, personalCode))
        .orderBy(desc(feedback.createdAt), desc(feedback.id))
        .limit(limit)
        .all();
    },
    async listEvents(feedbackId) {
      return db
        .select()
        .from(feedbackEvents)
        .where(eq(feedbackEvents.feedbackId, feedbackId))
        .orderBy(asc(feedbackEvents.sequence))
        .all();
    },
    async append(e, options = {}) {
      return db.transaction(() => appendSync(e, options), { behavior: 'immediate' });
    },
  };
}
