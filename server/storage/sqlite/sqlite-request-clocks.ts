/**
 * SQLite: keeps each request's processing clock (issue 7) in step with its status history. Called
 * inside the transaction that writes the history entry, so the clock and the history commit
 * together; a request without a clock yet (older than the clocks) gets one from its history.
 */
import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import {
  advanceClock,
  clockFromHistory,
  type ProcessingClock,
  startClock,
} from '../../register/processing-clock.ts';
import type { SqliteDb } from './open-sqlite.ts';
import { requestClocks } from './request-clock-tables.ts';
import { requestStates, requestStatusEvents } from './request-tables.ts';

const p = sql.placeholder;

interface ClockOwner {
  submissionId: string;
  agencyId: string;
  serviceCode: string;
}

type ClockRow = typeof requestClocks.$inferSelect;

const toClock = (row: ClockRow): ProcessingClock => ({
  calendarMs: row.calendarMs,
  workingMs: row.workingMs,
  runningSinceMs: row.runningSinceMs,
  open: row.open,
  decision: row.decision,
  decidedAtMs: row.decidedAtMs,
});

const BACKFILL_BATCH = 500;

export function createSqliteRequestClocks(db: SqliteDb) {
  const insertClock = db
    .insert(requestClocks)
    .values({
      submissionId: p('submissionId'),
      agencyId: p('agencyId'),
      serviceCode: p('serviceCode'),
      calendarMs: p('calendarMs'),
      workingMs: p('workingMs'),
      runningSinceMs: p('runningSinceMs'),
      open: p('open'),
      decision: p('decision'),
      decidedAtMs: p('decidedAtMs'),
    })
    .prepare();
  const clockById = db
    .select()
    .from(requestClocks)
    .where(eq(requestClocks.submissionId, p('id')))
    .prepare();
  const historyOf = db
    .select({ status: requestStatusEvents.status, at: requestStatusEvents.at })
    .from(requestStatusEvents)
    .where(eq(requestStatusEvents.submissionId, p('id')))
    .orderBy(asc(requestStatusEvents.sequence))
    .prepare();

  /** Insert, or replace the clock of the same request (the prepared insert keeps intake fast). */
  function write(owner: ClockOwner, clock: ProcessingClock, replace: boolean): void {
    if (!replace) {
      insertClock.run({
        submissionId: owner.submissionId,
        agencyId: owner.agencyId,
        serviceCode: owner.serviceCode,
        ...clock,
        open: clock.open ? 1 : 0,
      });
      return;
    }
    db.update(requestClocks).set(clock).where(eq(requestClocks.submissionId, owner.submissionId)).run();
  }

  return {
    /** Inside the submission's transaction: the clock starts with the submission. */
    start(owner: ClockOwner, submittedAt: string): void {
      write(owner, startClock(Date.parse(submittedAt)), false);
    },

    /** Inside the status change's transaction, after its history entry is written. */
    advance(owner: ClockOwner, status: string, at: string): void {
      const row = clockById.get({ id: owner.submissionId });
      if (!row) {
        write(owner, clockFromHistory(historyOf.all({ id: owner.submissionId })), false);
        return;
      }
      const before = toClock(row);
      const after = advanceClock(before, status, Date.parse(at));
      if (after !== before) write(owner, after, true);
    },

    /** Clocks for requests that have none, from their histories, a batch per transaction. */
    backfill(): number {
      let written = 0;
      // Keyset pages over request_states (its primary key), so each page starts where the last ended.
      let after = '';
      for (;;) {
        const batch = db
          .select({
            submissionId: requestStates.submissionId,
            agencyId: requestStates.agencyId,
            serviceCode: requestStates.serviceCode,
          })
          .from(requestStates)
          .leftJoin(requestClocks, eq(requestClocks.submissionId, requestStates.submissionId))
          .where(and(gt(requestStates.submissionId, after), isNull(requestClocks.submissionId)))
          .orderBy(asc(requestStates.submissionId))
          .limit(BACKFILL_BATCH)
          .all();
        if (batch.length === 0) return written;
        after = batch[batch.length - 1]!.submissionId;
        db.transaction(() => {
          const events = db
            .select({
              id: requestStatusEvents.submissionId,
              status: requestStatusEvents.status,
              at: requestStatusEvents.at,
            })
            .from(requestStatusEvents)
            .where(
              inArray(
                requestStatusEvents.submissionId,
                batch.map((owner) => owner.submissionId),
              ),
            )
            .orderBy(asc(requestStatusEvents.submissionId), asc(requestStatusEvents.sequence))
            .all();
          const histories = new Map<string, Array<{ status: string; at: string }>>();
          for (const event of events) {
            const list = histories.get(event.id) ?? [];
            list.push(event);
            histories.set(event.id, list);
          }
          for (const owner of batch) {
            const history = histories.get(owner.submissionId);
            // Every request starts its history at submission; one without would be picked forever.
            if (!history) throw new Error(`request clocks backfill: ${owner.submissionId} has no history`);
            write(owner, clockFromHistory(history), false);
          }
        });
        written += batch.length;
      }
    },
  };
}

export type SqliteRequestClocks = ReturnType<typeof createSqliteRequestClocks>;
