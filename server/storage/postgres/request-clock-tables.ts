/**
 * PostgreSQL: each request's processing clock (issue 7, service statistics), a projection of its
 * status history moved in the same transaction as the history (server/register/processing-clock.ts
 * says what the clock counts). Re-exported from tables.ts; in step with ../sqlite/request-clock-tables.ts.
 * Times are epoch milliseconds, so the statistics compare and add plain integers.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, pgTable, text } from 'drizzle-orm/pg-core';
import type { Decision } from '../../register/processing-clock.ts';
import { submissions } from './tables.ts';

const ms = (name: string) => bigint(name, { mode: 'number' });

export const requestClocks = pgTable(
  'request_clocks',
  {
    submissionId: text('submission_id')
      .primaryKey()
      .references(() => submissions.id),
    agencyId: text('agency_id').notNull(),
    serviceCode: text('service_code').notNull(),
    calendarMs: ms('calendar_ms').notNull(),
    workingMs: ms('working_ms').notNull(),
    runningSinceMs: ms('running_since_ms'),
    open: boolean('open').notNull(),
    decision: text('decision').$type<Decision>(),
    decidedAtMs: ms('decided_at_ms'),
  },
  (t) => [
    index('request_clocks_service_idx').on(t.serviceCode),
    // Covering, in time order: sums, maxima and percentiles of decided requests read an index only.
    // Each holds the column of its own WHERE too: without it SQLite (and PostgreSQL 15's
    // index-only scans) visit the table for every row to recheck the condition (measured: 10x).
    index('request_clocks_decided_calendar_idx')
      .on(t.serviceCode, t.calendarMs, t.workingMs, t.decision)
      .where(sql`${t.decision} is not null`),
    index('request_clocks_decided_working_idx')
      .on(t.serviceCode, t.workingMs, t.calendarMs, t.decision)
      .where(sql`${t.decision} is not null`),
    index('request_clocks_open_idx')
      .on(t.serviceCode, t.calendarMs, t.runningSinceMs, t.open)
      .where(sql`${t.open}`),
  ],
);
