/**
 * SQLite: service statistics from the requests' processing clocks (issue 7). Sums, maxima, the
 * within-target count and the chart's buckets come from one pass over the service's decided
 * clocks in a covering index; each percentile is one step into an index in time order
 * (`order by ... limit 1 offset k`). Overdue requests are read from the partial index of open
 * clocks. No status history is read.
 */
import { and, asc, desc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import { percentileIndex, type StatisticsAggregate } from '../../register/service-statistics.ts';
import type { StatisticsRepository } from '../statistics-records.ts';
import type { SqliteDb } from './open-sqlite.ts';
import { requestClocks } from './request-clock-tables.ts';
import { requestStates } from './request-tables.ts';
import type { SqliteRequestClocks } from './sqlite-request-clocks.ts';
import { submissions } from './tables.ts';

const c = requestClocks;
const num = (value: unknown) => Number(value ?? 0);

/** Calendar time so far: the clock's total plus, while it runs, the time since it started. */
const elapsed = (nowMs: number) =>
  sql<number>`(${c.calendarMs} + coalesce(${nowMs} - ${c.runningSinceMs}, 0))`;

export function createSqliteStatisticsStore(db: SqliteDb, clocks: SqliteRequestClocks): StatisticsRepository {
  function percentile(
    serviceCode: string,
    column: typeof c.calendarMs | typeof c.workingMs,
    offset: number,
  ): number {
    const row = db
      .select({ value: column })
      .from(c)
      .where(and(eq(c.serviceCode, serviceCode), isNotNull(c.decision)))
      .orderBy(asc(column))
      .limit(1)
      .offset(offset)
      .get();
    return num(row?.value);
  }

  function overdueWhere(serviceCode: string, targetMs: number, nowMs: number): SQL {
    return and(eq(c.serviceCode, serviceCode), sql`${c.open}`, sql`${elapsed(nowMs)} > ${targetMs}`)!;
  }

  return {
    async aggregate(serviceCode, query) {
      const buckets = query.histogramMs.map(([from, to]) =>
        to === null
          ? sql<number>`sum(${c.workingMs} >= ${from})`
          : sql<number>`sum(${c.workingMs} >= ${from} and ${c.workingMs} < ${to})`,
      );
      const decidedRow = db
        .select({
          decided: sql<number>`count(*)`,
          calendarSum: sql<number>`sum(${c.calendarMs})`,
          calendarMax: sql<number>`max(${c.calendarMs})`,
          workingSum: sql<number>`sum(${c.workingMs})`,
          workingMax: sql<number>`max(${c.workingMs})`,
          within:
            query.targetMs === null
              ? sql<null>`null`
              : sql<number>`sum(${c.calendarMs} <= ${query.targetMs})`,
          buckets: sql<string>`json_array(${sql.join(buckets, sql`, `)})`,
        })
        .from(c)
        .where(and(eq(c.serviceCode, serviceCode), isNotNull(c.decision)))
        .get()!;
      const requests = num(
        db.select({ n: sql<number>`count(*)` }).from(c).where(eq(c.serviceCode, serviceCode)).get()?.n,
      );
      const overdue =
        query.targetMs === null
          ? 0
          : num(
              db
                .select({ n: sql<number>`count(*)` })
                .from(c)
                .where(overdueWhere(serviceCode, query.targetMs, query.nowMs))
                .get()?.n,
            );
      const decided = num(decidedRow.decided);
      const figures = (column: typeof c.calendarMs | typeof c.workingMs, sum: unknown, max: unknown) =>
        decided === 0
          ? null
          : {
              sumMs: num(sum),
              maxMs: num(max),
              p50Ms: percentile(serviceCode, column, percentileIndex(0.5, decided)),
              p90Ms: percentile(serviceCode, column, percentileIndex(0.9, decided)),
            };
      const result: StatisticsAggregate = {
        requests,
        decided,
        calendar: figures(c.calendarMs, decidedRow.calendarSum, decidedRow.calendarMax),
        working: figures(c.workingMs, decidedRow.workingSum, decidedRow.workingMax),
        withinTarget: query.targetMs === null ? null : num(decidedRow.within),
        overdue,
        histogram: (JSON.parse(decidedRow.buckets) as Array<number | null>).map(num),
      };
      return result;
    },

    async listOverdue(serviceCode, query) {
      const where = overdueWhere(serviceCode, query.targetMs, query.nowMs);
      const total = num(db.select({ n: sql<number>`count(*)` }).from(c).where(where).get()?.n);
      const rows = db
        .select({
          reference: submissions.reference,
          status: requestStates.status,
          submittedAt: submissions.createdAt,
          elapsedMs: elapsed(query.nowMs),
        })
        .from(c)
        .innerJoin(submissions, eq(submissions.id, c.submissionId))
        .innerJoin(requestStates, eq(requestStates.submissionId, c.submissionId))
        .where(where)
        .orderBy(desc(elapsed(query.nowMs)), asc(submissions.reference))
        .limit(query.limit)
        .offset(query.offset)
        .all();
      return {
        total,
        requests: rows.map((row) => ({
          ...row,
          elapsedMs: num(row.elapsedMs),
          overdueMs: num(row.elapsedMs) - query.targetMs,
        })),
      };
    },

    async backfill() {
      return clocks.backfill();
    },
  };
}
