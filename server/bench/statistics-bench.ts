/**
 * Service statistics (issue 7): one service with 100,000 requests and realistic status histories
 * (submitted, received, in progress, some periods awaiting the applicant, most completed, some
 * rejected or withdrawn, some open and some of those overdue), loaded in bulk and given their
 * processing clocks by the start-up backfill, on SQLite and, when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL names a PostgreSQL database, on PostgreSQL in a throw-away schema.
 *
 * Measured: the public statistics endpoint through the real app (p50, p95), budget p95 <= 200 ms
 * per engine; beside it, in the same run, the old way: every history read and computed from
 * (service-statistics.ts's reference). A check asserts both give the same figures.
 */
import { randomBytes } from 'node:crypto';
import { buildDefinition } from '../../schema/build-definition.ts';
import { createApp } from '../app/create-app.ts';
import { createLogger } from '../app/logger.ts';
import { buildAppConfig } from '../config/app-config.ts';
import {
  computeServiceStatistics,
  statisticsQuery,
  toServiceStatistics,
} from '../register/service-statistics.ts';
import { bulkLoadRequestsPg } from '../storage/postgres/bulk-load-requests.ts';
import { openPostgres } from '../storage/postgres/open-postgres.ts';
import { createPgRepository } from '../storage/postgres/pg-repository.ts';
import type { Repository } from '../storage/repository.ts';
import type { UnifiedStatus } from '../storage/request-records.ts';
import { bulkLoadRequestsSqlite } from '../storage/sqlite/bulk-load-requests.ts';
import { openSqlite } from '../storage/sqlite/open-sqlite.ts';
import { createSqliteRepository } from '../storage/sqlite/sqlite-repository.ts';
import type { BulkRequest } from '../storage/testing/bulk-requests.ts';
import type { Benchmark, BenchResult, Check, Figure } from './benchmark.ts';
import { cpuShareBetween, takeCpuSnapshot } from './cpu-share.ts';

const REQUESTS = Number(process.env.BENCH_STATISTICS_REQUESTS ?? 100_000);
const RUNS = 30;
const BASELINE_RUNS = 2;
const BUDGET_MS = 200;
const SERVICE = 'bench-statistics';
const AGENCY = 'bench-agency';
/** The benchmark's "now": the app's clock, so open requests are overdue or not by design. */
const NOW = Date.parse('2026-06-01T09:00:00.000Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Where PostgreSQL usually is on this machine; used when no URL is set and it answers. */
const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

export const benchmark: Benchmark = {
  name: 'statistics',
  title: `service statistics over ${REQUESTS.toLocaleString('en')} requests: p95 <= ${BUDGET_MS} ms (SQLite, PostgreSQL)`,
  run: runStatisticsBench,
};

/** mulberry32: the same histories on every run and engine. */
function createRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Realistic histories: 80% decided (9 in 10 completed), 3% withdrawn, the rest open. */
export function buildBenchRequests(count: number, agencyId: string): BulkRequest[] {
  const random = createRandom(7);
  const between = (min: number, max: number) => min + random() * (max - min);
  const requests: BulkRequest[] = [];
  for (let i = 0; i < count; i += 1) {
    const kind = random();
    const open = kind >= 0.83;
    // Open requests are recent (some within the 10-day target, some past it); others up to a year old.
    const submittedAt = Math.round(NOW - (open ? between(0.2, 30) : between(40, 365)) * DAY);
    const events: Array<{ status: UnifiedStatus; at: number }> = [{ status: 'submitted', at: submittedAt }];
    let t = submittedAt + Math.round(between(1, 120) * 60_000);
    events.push({ status: 'received', at: t });
    t += Math.round(between(1, 48) * HOUR);
    events.push({ status: 'in_progress', at: t });
    if (random() < 0.3) {
      t += Math.round(between(0.5, 4) * DAY);
      events.push({ status: 'awaiting_applicant', at: t });
      t += Math.round(between(1, 10) * DAY);
      events.push({ status: 'in_progress', at: t });
    }
    if (!open) {
      t += Math.round(between(0.5, 18) * DAY);
      const status: UnifiedStatus = kind < 0.8 * 0.9 ? 'completed' : kind < 0.8 ? 'rejected' : 'withdrawn';
      events.push({ status, at: t });
    }
    const kept = events.filter((event) => event.at <= NOW);
    const id = `bench-${String(i).padStart(7, '0')}`;
    requests.push({
      submission: {
        id,
        reference: `EF-BENCH-${String(i).padStart(7, '0')}`,
        serviceCode: SERVICE,
        version: 1,
        agencyId,
        data: { n: i },
        idempotencyKey: null,
        requestHash: null,
        createdAt: new Date(submittedAt).toISOString(),
      },
      events: kept.map((event) => ({ status: event.status, at: new Date(event.at).toISOString() })),
    });
  }
  return requests;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const round = (n: number) => Math.round(n * 10) / 10;

async function seedService(repo: Repository): Promise<string> {
  const agency = await repo.agencies.create({
    id: AGENCY,
    code: AGENCY,
    name: { lv: 'Testa iestāde', en: 'Bench agency' },
    registrationNumber: '90000012345',
    createdAt: new Date(NOW - 400 * DAY).toISOString(),
  });
  const definition = buildDefinition({ code: SERVICE, agency: agency.code });
  const at = new Date(NOW - 400 * DAY).toISOString();
  await repo.services.create({
    code: SERVICE,
    agencyId: agency.id,
    status: 'draft',
    draft: definition,
    draftRevision: 1,
    latestVersion: null,
    createdAt: at,
    updatedAt: at,
  });
  const published = await repo.services.publish(SERVICE, definition, 'bench', at);
  if (!published.ok) throw new Error('statistics bench: publish failed');
  return definition.settings.targetProcessingTime;
}

async function measure(
  engine: string,
  repo: Repository,
  load: (requests: BulkRequest[]) => Promise<void>,
  requests: BulkRequest[],
): Promise<{ figures: Figure[]; checks: Check[]; notes: string[]; warnings: string[] }> {
  const target = await seedService(repo);
  let started = performance.now();
  await load(requests);
  const loadMs = performance.now() - started;
  started = performance.now();
  const filled = await repo.statistics.backfill();
  const backfillMs = performance.now() - started;

  const app = createApp({
    repo,
    config: buildAppConfig({}),
    logger: createLogger('silent'),
    clock: () => new Date(NOW),
  });
  const cpuBefore = takeCpuSnapshot();
  const ownCpuBefore = process.cpuUsage();
  const times: number[] = [];
  let failures = 0;
  let body: Record<string, unknown> = {};
  for (let i = 0; i < RUNS + 3; i += 1) {
    started = performance.now();
    const response = await app.request(`/api/catalogue/services/${SERVICE}/statistics`);
    body = (await response.json()) as Record<string, unknown>;
    const ms = performance.now() - started;
    if (response.status !== 200) failures += 1;
    if (i >= 3) times.push(ms);
  }
  const ownCpu = process.cpuUsage(ownCpuBefore);
  const cpuPerCallMs = (ownCpu.user + ownCpu.system) / 1000 / (RUNS + 3);
  times.sort((a, b) => a - b);
  const cpu = cpuShareBetween(cpuBefore, takeCpuSnapshot());
  const warnings =
    cpu && cpu.othersCores > 0.5
      ? [
          `${engine}: other processes used ${cpu.othersCores.toFixed(2)} of ${cpu.cores} cores while the statistics were timed: the figures are high`,
        ]
      : [];

  // The old way, in the same run: every history read, then computed.
  const baselineTimes: number[] = [];
  let fromHistories: unknown = null;
  for (let i = 0; i < BASELINE_RUNS; i += 1) {
    started = performance.now();
    const histories = await repo.catalogue.listStatusHistories(SERVICE);
    fromHistories = computeServiceStatistics(histories, target, new Date(NOW));
    baselineTimes.push(performance.now() - started);
  }
  baselineTimes.sort((a, b) => a - b);
  const fromClocks = toServiceStatistics(
    await repo.statistics.aggregate(SERVICE, statisticsQuery(target, new Date(NOW))),
  );

  const overdueTimes: number[] = [];
  let overdueTotal = 0;
  const overdueQuery = statisticsQuery(target, new Date(NOW));
  for (let i = 0; i < 10; i += 1) {
    started = performance.now();
    const page = await repo.statistics.listOverdue(SERVICE, {
      targetMs: overdueQuery.targetMs!,
      nowMs: NOW,
      limit: 50,
      offset: 0,
    });
    overdueTimes.push(performance.now() - started);
    overdueTotal = page.total;
  }
  overdueTimes.sort((a, b) => a - b);

  const p50 = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  const baseline = percentile(baselineTimes, 0.5);
  return {
    figures: [
      {
        label: `${engine}: statistics p95 (${REQUESTS.toLocaleString('en')} requests)`,
        value: round(p95),
        unit: 'ms',
        budget: { kind: 'max', value: BUDGET_MS },
        baseline: { label: 'old: from full histories (median)', value: round(baseline) },
      },
    ],
    checks: [
      {
        label: `${engine}: every statistics call answered 200 with every request counted`,
        ok: failures === 0 && body.requests === REQUESTS,
        detail: `${failures} errors; requests ${String(body.requests)}, decided ${String(body.decided)}`,
      },
      {
        label: `${engine}: the clocks give exactly the figures of the full histories`,
        ok: JSON.stringify(fromClocks) === JSON.stringify(fromHistories),
        detail: `clocks ${JSON.stringify(fromClocks.calendarDays)} overdue ${fromClocks.overdue}; histories ${JSON.stringify((fromHistories as typeof fromClocks).calendarDays)}`,
      },
    ],
    warnings,
    notes: [
      `${engine}: statistics p50 ${round(p50)} ms, p95 ${round(p95)} ms over ${RUNS} calls; old way ${baselineTimes.map(round).join(' / ')} ms over ${BASELINE_RUNS} runs (${round(baseline / p50)}x the p50)`,
      // On SQLite all the work is this process's, so its CPU time per call is the figure a busy
      // machine cannot inflate; on PostgreSQL the server process does most of it.
      `${engine}: CPU time of this process per statistics call ${round(cpuPerCallMs)} ms`,
      `${engine}: bulk load ${round(loadMs / 1000)} s, clock backfill of ${filled} requests ${round(backfillMs / 1000)} s; overdue list (first 50 of ${overdueTotal}) p50 ${round(percentile(overdueTimes, 0.5))} ms`,
    ],
  };
}

async function runStatisticsBench(): Promise<BenchResult> {
  const result: BenchResult = { figures: [], checks: [], notes: [], warnings: [] };
  const add = (part: { figures: Figure[]; checks: Check[]; notes: string[]; warnings: string[] }) => {
    result.figures.push(...part.figures);
    result.checks.push(...part.checks);
    result.notes.push(...part.notes);
    result.warnings!.push(...part.warnings);
  };
  const requests = buildBenchRequests(REQUESTS, AGENCY);
  const events = requests.reduce((sum, r) => sum + r.events.length, 0);
  result.notes.push(
    `${REQUESTS.toLocaleString('en')} requests, ${events.toLocaleString('en')} status changes, target P10D`,
  );

  const sqliteDb = openSqlite({ path: ':memory:' });
  const sqlite = createSqliteRepository(sqliteDb);
  try {
    add(await measure('SQLite', sqlite, async (list) => bulkLoadRequestsSqlite(sqliteDb, list), requests));
  } finally {
    await sqlite.close();
  }

  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? DEFAULT_PG_URL;
  const schema = `statistics_bench_${randomBytes(4).toString('hex')}`;
  let db: Awaited<ReturnType<typeof openPostgres>>;
  try {
    db = await openPostgres({ url, schema, maxConnections: 4 });
  } catch (error) {
    result.notes.push(
      `PostgreSQL: skipped, not reachable (${(error as Error).message}); set BENCH_DATABASE_URL`,
    );
    return result;
  }
  const pg = createPgRepository(db);
  try {
    add(await measure('PostgreSQL', pg, (list) => bulkLoadRequestsPg(db, list), requests));
  } finally {
    await db.$client.query(`drop schema "${schema}" cascade`);
    await pg.close();
  }
  return result;
}
