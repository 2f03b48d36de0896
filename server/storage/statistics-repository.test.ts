/**
 * The service statistics part of the repository (issue 7) on every engine: SQLite always,
 * PostgreSQL when TEST_DATABASE_URL is set. The per-request clocks, moved with each status change,
 * give exactly the figures the reference computation reads from the whole histories (awaiting
 * the applicant left out, Easter holidays left out of working days, reopened and withdrawn
 * requests), clocks missing from older databases are filled in, and the overdue list names the
 * open requests past the target, the longest overdue first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  aggregateFromHistories,
  computeServiceStatistics,
  statisticsQuery,
  toServiceStatistics,
} from '../register/service-statistics.ts';
import type { AgencyRecord, Repository, SubmissionRecord } from './repository.ts';
import type { UnifiedStatus } from './request-records.ts';
import { buildAgency, buildService, buildSubmission, T0 } from './testing/build-test-records.ts';
import { type TestEngine, testEngineFactories } from './testing/open-test-engines.ts';

const DAY = 86_400_000;
const TARGET = 'P3D';
const NOW = new Date('2026-04-30T10:00:00Z');
// Monday 2 March 2026, 10:00 in Riga.
const MONDAY = Date.parse('2026-03-02T08:00:00Z');
const day = (n: number) => new Date(MONDAY + n * DAY).toISOString();

type Step = [UnifiedStatus, string];

/** Histories as agencies write them; the first entry (submitted) is the submission itself. */
const HISTORIES: Record<string, { submittedAt: string; steps: Step[] }> = {
  quick: {
    submittedAt: day(0),
    steps: [
      ['received', day(0.1)],
      ['completed', day(2)],
    ],
  },
  overWeekend: {
    submittedAt: day(4),
    steps: [
      ['in_progress', day(5)],
      ['rejected', day(7)],
    ],
  },
  waited: {
    submittedAt: day(0),
    steps: [
      ['received', day(0.5)],
      ['awaiting_applicant', day(1)],
      ['in_progress', day(3)],
      ['awaiting_applicant', day(3.5)],
      ['in_progress', day(8)],
      ['completed', day(10)],
    ],
  },
  // Thursday 2 April 10:00 to Tuesday 7 April 10:00 (Riga): Good Friday and Easter Monday off.
  overEaster: {
    submittedAt: '2026-04-02T07:00:00.000Z',
    steps: [
      ['in_progress', '2026-04-03T07:00:00.000Z'],
      ['completed', '2026-04-07T07:00:00.000Z'],
    ],
  },
  reopened: {
    submittedAt: day(14),
    steps: [
      ['completed', day(15)],
      ['in_progress', day(16)],
      ['completed', day(30)],
    ],
  },
  withdrawn: { submittedAt: day(14), steps: [['withdrawn', day(15)]] },
  // Open since 20 April: 10 days by NOW, 7 past the target.
  openOverdue: {
    submittedAt: '2026-04-20T10:00:00.000Z',
    steps: [['in_progress', '2026-04-21T10:00:00.000Z']],
  },
  // Open for 30 days, 21 of them the applicant's: 9 days, 6 past the target.
  awaitingOverdue: {
    submittedAt: '2026-03-31T10:00:00.000Z',
    steps: [
      ['awaiting_applicant', '2026-04-01T10:00:00.000Z'],
      ['in_progress', '2026-04-22T10:00:00.000Z'],
    ],
  },
  awaitingNow: {
    submittedAt: '2026-04-27T10:00:00.000Z',
    steps: [['awaiting_applicant', '2026-04-28T10:00:00.000Z']],
  },
  openRecent: { submittedAt: '2026-04-28T10:00:00.000Z', steps: [] },
  // 1 day before the withdrawal, 7 since it was taken up again: 5 past the target.
  reopenedAfterWithdrawal: {
    submittedAt: '2026-04-01T10:00:00.000Z',
    steps: [
      ['withdrawn', '2026-04-02T10:00:00.000Z'],
      ['in_progress', '2026-04-23T10:00:00.000Z'],
    ],
  },
};

describe.each(testEngineFactories())('Statistics storage on $name', (factory) => {
  let engine: TestEngine;
  let repo: Repository;
  let agency: AgencyRecord;
  const byName = new Map<string, SubmissionRecord>();

  async function addRequest(
    serviceCode: string,
    name: string,
    history: { submittedAt: string; steps: Step[] },
  ) {
    const submission = buildSubmission(
      { code: serviceCode, agencyId: agency.id },
      { createdAt: history.submittedAt, reference: `EF-${name.toUpperCase()}-${serviceCode.length}` },
    );
    await repo.submissions.insert(submission);
    for (const [status, at] of history.steps) {
      const result = await repo.requests.appendStatus(
        {
          submissionId: submission.id,
          status,
          agencyCode: status,
          citizenText: { lv: status, en: status },
          message: null,
          document: null,
          actor: 'api-key:k1',
          idempotencyKey: null,
          requestHash: null,
          final: ['completed', 'rejected', 'withdrawn'].includes(status),
          at,
          notifications: [],
        },
        { allowAfterFinal: true },
      );
      if (!result.ok) throw new Error(`test history ${name}: ${status} refused (${result.reason})`);
    }
    byName.set(name, submission);
    return submission;
  }

  async function fromHistories(serviceCode = 'vid-permit') {
    return aggregateFromHistories(
      await repo.catalogue.listStatusHistories(serviceCode),
      statisticsQuery(TARGET, NOW),
    );
  }

  beforeEach(async () => {
    engine = await factory.open();
    repo = engine.repo;
    agency = await repo.agencies.create(buildAgency('vid'));
    for (const code of ['vid-permit', 'vid-other']) {
      const service = buildService(agency, code);
      await repo.services.create(service);
      expect((await repo.services.publish(code, service.draft, 'key-1', T0)).ok).toBe(true);
    }
    for (const [name, history] of Object.entries(HISTORIES)) await addRequest('vid-permit', name, history);
    // Another service's request, long overdue: never in vid-permit's figures.
    await addRequest('vid-other', 'elsewhere', { submittedAt: day(0), steps: [] });
  });
  afterEach(async () => {
    byName.clear();
    await engine.dispose();
  });

  it('aggregates the clocks to exactly what the whole histories give', async () => {
    const fromClocks = await repo.statistics.aggregate('vid-permit', statisticsQuery(TARGET, NOW));
    expect(fromClocks).toEqual(await fromHistories());
    const stats = toServiceStatistics(fromClocks);
    expect(stats).toEqual(
      computeServiceStatistics(await repo.catalogue.listStatusHistories('vid-permit'), TARGET, NOW),
    );
    // What a reader of the service page would check by hand.
    expect(stats).toMatchObject({ requests: 11, decided: 5, overdue: 3, withinTarget: 0.6 });
    // Calendar days: quick 2, over the weekend 3, waited 1 + 0.5 + 2 = 3.5, over Easter 5, reopened 1
    // (its first decision).
    expect(stats.calendarDays).toEqual({ average: 2.9, median: 3, p90: 5, max: 5 });
    // Working days: 2, 1 (Friday to Monday), 3.5 (no weekend while its clock ran), 1 (Good Friday,
    // the Easter weekend and Easter Monday left out), 1.
    expect(stats.workingDays).toEqual({ average: 1.7, median: 1, p90: 3.5, max: 3.5 });
  });

  it('fills in the clocks of requests older than the clocks, once', async () => {
    const before = await repo.statistics.aggregate('vid-permit', statisticsQuery(TARGET, NOW));
    await engine.exec('delete from request_clocks');
    expect((await repo.statistics.aggregate('vid-permit', statisticsQuery(TARGET, NOW))).requests).toBe(0);
    expect(await repo.statistics.backfill()).toBe(Object.keys(HISTORIES).length + 1);
    expect(await repo.statistics.backfill()).toBe(0);
    expect(await repo.statistics.aggregate('vid-permit', statisticsQuery(TARGET, NOW))).toEqual(before);
  });

  it('rebuilds a missing clock from the history when the request changes status', async () => {
    await engine.exec('delete from request_clocks');
    const open = byName.get('openRecent')!;
    const result = await repo.requests.appendStatus(
      {
        submissionId: open.id,
        status: 'awaiting_applicant',
        agencyCode: null,
        citizenText: { lv: 'Gaida', en: 'Waiting' },
        message: null,
        document: null,
        actor: 'api-key:k1',
        idempotencyKey: null,
        requestHash: null,
        final: false,
        at: '2026-04-29T10:00:00.000Z',
        notifications: [],
      },
      {},
    );
    expect(result.ok).toBe(true);
    await repo.statistics.backfill();
    expect(await repo.statistics.aggregate('vid-permit', statisticsQuery(TARGET, NOW))).toEqual(
      await fromHistories(),
    );
  });

  it('lists the overdue open requests, the longest overdue first, with how far past the target', async () => {
    const query = { targetMs: 3 * DAY, nowMs: NOW.getTime(), limit: 10, offset: 0 };
    const list = await repo.statistics.listOverdue('vid-permit', query);
    expect(list.total).toBe(3);
    expect(list.requests.map((r) => [r.reference, r.status, r.overdueMs / DAY])).toEqual([
      ['EF-OPENOVERDUE-10', 'in_progress', 7],
      ['EF-AWAITINGOVERDUE-10', 'in_progress', 6],
      ['EF-REOPENEDAFTERWITHDRAWAL-10', 'in_progress', 5],
    ]);
    expect(list.requests[0]).toMatchObject({ submittedAt: '2026-04-20T10:00:00.000Z', elapsedMs: 10 * DAY });
    const second = await repo.statistics.listOverdue('vid-permit', { ...query, limit: 1, offset: 1 });
    expect(second).toEqual({ total: 3, requests: [list.requests[1]] });
    expect((await repo.statistics.listOverdue('vid-permit', { ...query, targetMs: 30 * DAY })).total).toBe(0);
  });
});
