/**
 * Complaints and suggestions on PostgreSQL (issue 7). Several app servers may change one feedback
 * at once, so every change locks its row (`FOR UPDATE`): changes queue up, sequence numbers never
 * collide, and an idempotency key seen by the first is found by the second. Two filings racing
 * with one idempotency key meet at the unique index; the loser returns the winner's.
 */
import { and, asc, desc, eq, isNull, type SQL } from 'drizzle-orm';
import {
  type AppendFeedbackOptions,
  type AppendFeedbackResult,
  type FeedbackEventRecord,
  type FeedbackRecord,
  type FeedbackRepository,
  type FileFeedbackResult,
  filedEvent,
  type NewFeedbackEvent,
} from '../feedback-records.ts';
import { toIsoUtc } from '../to-iso-utc.ts';
import { findUniqueViolation } from '../unique-violation.ts';
import { feedback, feedbackEvents } from './feedback-tables.ts';
import type { PostgresDb } from './open-postgres.ts';
import { notifications } from './request-tables.ts';

type Tx = Parameters<Parameters<PostgresDb['transaction']>[0]>[0];

const toRecord = (r: typeof feedback.$inferSelect): FeedbackRecord => ({
  ...r,
  createdAt: toIsoUtc(r.createdAt),
  updatedAt: toIsoUtc(r.updatedAt),
});
const toEvent = (r: typeof feedbackEvents.$inferSelect): FeedbackEventRecord => ({
  ...r,
  at: toIsoUtc(r.at),
});

export function createPgFeedbackStore(db: PostgresDb): FeedbackRepository {
  async function seenFiling(record: FeedbackRecord): Promise<FileFeedbackResult | null> {
    if (record.idempotencyKey === null) return null;
    const [seen] = await db
      .select()
      .from(feedback)
      .where(
        and(
          eq(feedback.authorPersonalCode, record.authorPersonalCode),
          eq(feedback.idempotencyKey, record.idempotencyKey),
        ),
      );
    if (!seen) return null;
    return seen.requestHash === record.requestHash
      ? { ok: true, created: false, record: toRecord(seen) }
      : { ok: false, reason: 'key_reused', record: toRecord(seen) };
  }

  async function appendTx(
    tx: Tx,
    e: NewFeedbackEvent,
    options: AppendFeedbackOptions,
  ): Promise<AppendFeedbackResult> {
    const [row] = await tx.select().from(feedback).where(eq(feedback.id, e.feedbackId)).for('update');
    if (!row) return { ok: false, reason: 'not_found' };
    const current = toRecord(row);
    if (e.idempotencyKey !== null) {
      const [seen] = await tx
        .select()
        .from(feedbackEvents)
        .where(
          and(
            eq(feedbackEvents.feedbackId, e.feedbackId),
            eq(feedbackEvents.idempotencyKey, e.idempotencyKey),
          ),
        );
      if (seen) {
        return seen.requestHash === e.requestHash
          ? { ok: true, event: toEvent(seen), replayed: true }
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
    await tx.insert(feedbackEvents).values(event);
    await tx
      .update(feedback)
      .set({ status: e.status, lastSequence: event.sequence, final: e.final, updatedAt: at })
      .where(eq(feedback.id, e.feedbackId));
    if (e.notifications.length > 0) await tx.insert(notifications).values(e.notifications);
    return { ok: true, event, replayed: false };
  }

  return {
    async file(record) {
      const seen = await seenFiling(record);
      if (seen) return seen;
      const stored: FeedbackRecord = {
        ...record,
        createdAt: toIsoUtc(record.createdAt),
        updatedAt: toIsoUtc(record.updatedAt),
      };
      try {
        await db.transaction(async (tx) => {
          await tx.insert(feedback).values(stored);
          await tx.insert(feedbackEvents).values(filedEvent(stored));
        });
      } catch (error) {
        const violation = findUniqueViolation(error);
        const raced = violation?.columns.includes('idempotency_key') ? await seenFiling(record) : null;
        if (raced) return raced;
        throw error;
      }
      return { ok: true, created: true, record: stored };
    },
    async getByReference(reference) {
      const [row] = await db.select().from(feedback).where(eq(feedback.reference, reference));
      return row ? toRecord(row) : null;
    },
    async list(query) {
      const where: SQL[] = [eq(feedback.agencyId, query.agencyId)];
      if (query.status) where.push(eq(feedback.status, query.status));
      if (query.kind) where.push(eq(feedback.kind, query.kind));
      if (query.serviceCode) where.push(eq(feedback.serviceCode, query.serviceCode));
      if (query.platformOnly) where.push(isNull(feedback.serviceCode));
      const rows = await db
        .select()
        .from(feedback)
        .where(and(...where))
        .orderBy(desc(feedback.updatedAt), desc(feedback.id))
        .limit(query.limit)
        .offset(query.offset);
      return rows.map(toRecord);
    },
    async listForAuthor(personalCode, limit) {
      const rows = await db
        .select()
        .from(feedback)
        .where(eq(feedback.authorPersonalCode, personalCode))
        .orderBy(desc(feedback.createdAt), desc(feedback.id))
        .limit(limit);
      return rows.map(toRecord);
    },
    async listEvents(feedbackId) {
      const rows = await db
        .select()
        .from(feedbackEvents)
        .where(eq(feedbackEvents.feedbackId, feedbackId))
        .orderBy(asc(feedbackEvents.sequence));
      return rows.map(toEvent);
    },
    async append(e, options = {}) {
      return db.transaction((tx) => appendTx(tx, e, options));
    },
  };
}
