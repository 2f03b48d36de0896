/**
 * PostgreSQL: service statistics from the requests' processing clocks (issue 7), in one query
 * over the service's clocks: counts, sums, maxima, the within-target and overdue counts, the
 * chart's buckets, and the percentiles (`percentile_disc`, the nearest rank, as
 * service-statistics.ts's `percentileIndex`). No status history is read.
 */
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { StatisticsAggregate } from '../../register/service-statistics.ts';
import type { StatisticsRepository } from '../statistics-records.ts';
import { toIsoUtc } from '../to-iso-utc.ts';
import type { PostgresDb } from './open-postgres.ts';
import type { PgRequestClocks } from './pg-request-clocks.ts';
import { requestClocks } from './request-clock-tables.ts';
import { requestStates } from './request-tables.ts';
import { submissions } from './tables.ts';

const c = requestClocks;
const num = (value: unknown) => Number(value ?? 0);
const DECIDED = sql`${c.decision} is not null`;

/** Calendar time so far: the clock's total plus, while it runs, the time since it started. */
const elapsed = (nowMs: number) =>
  sql<string>`(${c.calendarMs} + coalesce(${nowMs}::bigint - ${c.runningSinceMs}, 0))`;

function overdueWhere(serviceCode: string, targetMs: number, nowMs: number): SQL {
  return and(eq(c.serviceCode, serviceCode), sql`${c.open}`, sql`${elapsed(nowMs)} > ${targetMs}::bigint`)!;
}

export function createPgStatisticsStore(db: PostgresDb, clocks: PgRequestClocks): StatisticsRepository {
  return {
    async aggregate(serviceCode, query) {
      const buckets = query.histogramMs.map(([from, to]) =>
        to === null
          ? sql`count(*) filter (where ${DECIDED} and ${c.workingMs} >= ${from}::bigint)`
          : sql`count(*) filter (where ${DECIDED} and ${c.workingMs} >= ${from}::bigint and ${c.workingMs} < ${to}::bigint)`,
      );
      const [row] = await db
        .select({
          requests: sql<string>`count(*)`,
          decided: sql<string>`count(*) filter (where ${DECIDED})`,
          calendarSum: sql<string>`sum(${c.calendarMs}) filter (where ${DECIDED})`,
          calendarMax: sql<string>`max(${c.calendarMs}) filter (where ${DECIDED})`,
          calendarPercentiles: sql<
            string[] | null
          >`percentile_disc(array[0.5, 0.9]) within group (order by ${c.calendarMs}) filter (where ${DECIDED})`,
          workingSum: sql<string>`sum(${c.workingMs}) filter (where ${DECIDED})`,
          workingMax: sql<string>`max(${c.workingMs}) filter (where ${DECIDED})`,
          workingPercentiles: sql<
            string[] | null
          >`percentile_disc(array[0.5, 0.9]) within group (order by ${c.workingMs}) filter (where ${DECIDED})`,
          within:
            query.targetMs === null
              ? sql<null>`null`
              : sql<string>`count(*) filter (where ${DECIDED} and ${c.calendarMs} <= ${query.targetMs}::bigint)`,
          overdue:
            query.targetMs === null
              ? sql<string>`0`
              : sql<string>`count(*) filter (where ${c.open} and ${elapsed(query.nowMs)} > ${query.targetMs}::bigint)`,
          buckets: sql<string[]>`array[${sql.join(buckets, sql`, `)}]`,
        })
        .from(c)
        .where(eq(c.serviceCode, serviceCode));
      const decided = num(row?.decided);
      const figures = (sum: unknown, max: unknown, percentiles: unknown[] | null | undefined) =>
        decided === 0 || !percentiles
          ? null
          : { sumMs: num(sum), maxMs: num(max), p50Ms: num(percentiles[0]), p90Ms: num(percentiles[1]) };
      const result: StatisticsAggregate = {
        requests: num(row?.requests),
        decided,
        calendar: figures(row?.calendarSum, row?.calendarMax, row?.calendarPercentiles),
        working: figures(row?.workingSum, row?.workingMax, row?.workingPercentiles),
        withinTarget: query.targetMs === null ? null : num(row?.within),
        overdue: num(row?.overdue),
        histogram: (row?.buckets ?? []).map(num),
      };
      return result;
    },

    async listOverdue(serviceCode, query) {
      const where = overdueWhere(serviceCode, query.targetMs, query.nowMs);
      const [count] = await db.select({ n: sql<string>`count(*)` }).from(c).where(where);
      const rows = await db
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
        .offset(query.offset);
      return {
        total: num(count?.n),
        requests: rows.map((row) => ({
          reference: row.reference,
          status: row.status,
          submittedAt: toIsoUtc(row.submittedAt),
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
