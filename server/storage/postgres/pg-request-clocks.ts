/**
 * PostgreSQL: keeps each request's processing clock (issue 7) in step with its status history.
 * Called inside the transaction that writes the history entry, which holds the request's state
 * row `FOR UPDATE`, so changes to one clock queue up like the history. A request without a clock
 * yet (older than the clocks) gets one from its history; the backfill only inserts where no
 * clock is (`on conflict do nothing`), so it never overwrites a clock a status change just wrote,
 * and a status change overwrites (`do update`) what a backfill wrote from an older history.
 */
import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import {
  advanceClock,
  clockFromHistory,
  type ProcessingClock,
  startClock,
} from '../../register/processing-clock.ts';
import { toIsoUtc } from '../to-iso-utc.ts';
import type { PostgresDb } from './open-postgres.ts';
import { requestClocks } from './request-clock-tables.ts';
import { requestStates, requestStatusEvents } from './request-tables.ts';

type Tx = Parameters<Parameters<PostgresDb['transaction']>[0]>[0];

interface ClockOwner {
  submissionId: string;
  agencyId: string;
  serviceCode: string;
}

const BACKFILL_BATCH = 5000;

const rowOf = (owner: ClockOwner, clock: ProcessingClock) => ({
  submissionId: owner.submissionId,
  agencyId: owner.agencyId,
  serviceCode: owner.serviceCode,
  ...clock,
});

function groupHistories(rows: Array<{ id: string; status: string; at: string }>) {
  const histories = new Map<string, Array<{ status: string; at: string }>>();
  for (const row of rows) {
    const list = histories.get(row.id) ?? [];
    list.push({ status: row.status, at: toIsoUtc(row.at) });
    histories.set(row.id, list);
  }
  return histories;
}

export function createPgRequestClocks(db: PostgresDb) {
  return {
    /** Inside the submission's transaction: the clock starts with the submission. */
    async start(tx: Tx, owner: ClockOwner, submittedAt: string): Promise<void> {
      await tx.insert(requestClocks).values(rowOf(owner, startClock(Date.parse(submittedAt))));
    },

    /** Inside the status change's transaction, after its history entry is written. */
    async advance(tx: Tx, owner: ClockOwner, status: string, at: string): Promise<void> {
      const [row] = await tx
        .select()
        .from(requestClocks)
        .where(eq(requestClocks.submissionId, owner.submissionId));
      if (row) {
        const after = advanceClock(row, status, Date.parse(at));
        if (after !== row) {
          await tx.update(requestClocks).set(after).where(eq(requestClocks.submissionId, owner.submissionId));
        }
        return;
      }
      const events = await tx
        .select({
          id: requestStatusEvents.submissionId,
          status: requestStatusEvents.status,
          at: requestStatusEvents.at,
        })
        .from(requestStatusEvents)
        .where(eq(requestStatusEvents.submissionId, owner.submissionId))
        .orderBy(asc(requestStatusEvents.sequence));
      const clock = clockFromHistory(groupHistories(events).get(owner.submissionId) ?? []);
      await tx
        .insert(requestClocks)
        .values(rowOf(owner, clock))
        .onConflictDoUpdate({ target: requestClocks.submissionId, set: clock });
    },

    /** Clocks for requests that have none, from their histories, a batch per transaction. */
    async backfill(): Promise<number> {
      let written = 0;
      // Keyset pages over request_states (its primary key), so each page starts where the last ended.
      let after = '';
      for (;;) {
        const batch = await db
          .select({
            submissionId: requestStates.submissionId,
            agencyId: requestStates.agencyId,
            serviceCode: requestStates.serviceCode,
          })
          .from(requestStates)
          .leftJoin(requestClocks, eq(requestClocks.submissionId, requestStates.submissionId))
          .where(and(gt(requestStates.submissionId, after), isNull(requestClocks.submissionId)))
          .orderBy(asc(requestStates.submissionId))
          .limit(BACKFILL_BATCH);
        if (batch.length === 0) {
          // Many new rows at once: give the planner their statistics now, not at autovacuum's pace.
          if (written > 0) await db.execute(sql`analyze request_clocks`);
          return written;
        }
        after = batch[batch.length - 1]!.submissionId;
        const events = await db
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
          .orderBy(asc(requestStatusEvents.submissionId), asc(requestStatusEvents.sequence));
        const histories = groupHistories(events);
        const rows = batch.map((owner) => {
          const history = histories.get(owner.submissionId);
          // Every request starts its history at submission; one without would be picked forever.
          if (!history) throw new Error(`request clocks backfill: ${owner.submissionId} has no history`);
          return rowOf(owner, clockFromHistory(history));
        });
        const inserted = await db
          .insert(requestClocks)
          .values(rows)
          .onConflictDoNothing({ target: requestClocks.submissionId })
          .returning({ id: requestClocks.submissionId });
        written += inserted.length;
      }
    },
  };
}

export type PgRequestClocks = ReturnType<typeof createPgRequestClocks>;
