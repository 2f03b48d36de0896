/**
 * Catalogue search (issue 7): 5,000 published services, searched through the real app in this
 * process (routing, validation, the repository, JSON), on SQLite and, when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL names a PostgreSQL database, on PostgreSQL in a throw-away schema. Queries mix
 * Latvian words with and without diacritics, English words, word beginnings, two-word searches,
 * filters and a hostile string. Budget: p95 <= 20 ms per engine.
 */
import { randomBytes } from 'node:crypto';
import { buildDefinition } from '../../schema/build-definition.ts';
import { LIFE_SITUATIONS } from '../../schema/register/life-situations.ts';
import { createApp } from '../app/create-app.ts';
import { createLogger } from '../app/logger.ts';
import { buildAppConfig } from '../config/app-config.ts';
import { openPostgres } from '../storage/postgres/open-postgres.ts';
import { createPgRepository } from '../storage/postgres/pg-repository.ts';
import type { Repository } from '../storage/repository.ts';
import { openSqlite } from '../storage/sqlite/open-sqlite.ts';
import { createSqliteRepository } from '../storage/sqlite/sqlite-repository.ts';
import type { Benchmark, BenchResult, Check, Figure } from './benchmark.ts';

const SERVICES = Number(process.env.BENCH_CATALOGUE_SERVICES ?? 5_000);
const QUERIES = 600;
const BUDGET_MS = 20;

export const benchmark: Benchmark = {
  name: 'catalogue',
  title: `catalogue search over ${SERVICES} services: p95 <= ${BUDGET_MS} ms (SQLite, PostgreSQL)`,
  run: runCatalogueBench,
};

const LV = ['atļauja', 'izziņa', 'pabalsts', 'reģistrācija', 'deklarēšana', 'licence', 'pieteikums', 'maiņa'];
const LV_NOUNS = ['suņa', 'uzņēmuma', 'bērna', 'dzīvesvietas', 'transportlīdzekļa', 'zvejas', 'būvniecības'];
const EN = [
  'permit',
  'certificate',
  'benefit',
  'registration',
  'declaration',
  'licence',
  'application',
  'change',
];
const EN_NOUNS = ['dog', 'company', 'child', 'residence', 'vehicle', 'fishing', 'building'];

const QUERY_MIX = [
  '?q=atļauja',
  '?q=atlauja',
  '?q=uznemuma%20izzina',
  '?q=cert',
  '?q=dog%20permit',
  '?q=re%C4%A3istr',
  '?q=building&audience=businesses',
  '?lifeSituation=moving-house',
  '?q=pabalsts&lifeSituation=birth-of-a-child',
  '?q=%22%20OR%201%3D1%20--%20NEAR(*)',
  '?page=20',
  '?q=zvejas%20licence&lang=en',
];

async function seed(repo: Repository): Promise<void> {
  const agency = await repo.agencies.create({
    id: 'bench-agency',
    code: 'bench-agency',
    name: { lv: 'Testa iestāde', en: 'Bench agency' },
    registrationNumber: '90000012345',
    createdAt: new Date().toISOString(),
  });
  for (let i = 0; i < SERVICES; i += 1) {
    const code = `service-${i}`;
    const noun = i % LV_NOUNS.length;
    const kind = (i * 7) % LV.length;
    const definition = buildDefinition({
      code,
      agency: agency.code,
      title: { lv: `${LV_NOUNS[noun]} ${LV[kind]} ${i}`, en: `${EN_NOUNS[noun]} ${EN[kind]} ${i}` },
      description: { lv: `Pakalpojums numur ${i}.`, en: `Service number ${i}.` },
    });
    definition.register.audience = i % 3 === 0 ? ['businesses'] : ['citizens'];
    definition.register.lifeSituations = [LIFE_SITUATIONS[i % LIFE_SITUATIONS.length]!.code];
    const at = new Date().toISOString();
    await repo.services.create({
      code,
      agencyId: agency.id,
      status: 'draft',
      draft: definition,
      draftRevision: 1,
      latestVersion: null,
      createdAt: at,
      updatedAt: at,
    });
    const published = await repo.services.publish(code, definition, 'bench', at);
    if (!published.ok) throw new Error(`catalogue bench: publish ${code} failed`);
  }
}

async function measure(
  engine: string,
  repo: Repository,
): Promise<{ figure: Figure; check: Check; note: string }> {
  await seed(repo);
  const app = createApp({
    repo,
    config: buildAppConfig({}),
    logger: createLogger('silent'),
    clock: () => new Date(),
  });
  const times: number[] = [];
  const byKind = new Map<string, number[]>();
  let failures = 0;
  let found = 0;
  for (let i = 0; i < QUERIES + 50; i += 1) {
    const query = QUERY_MIX[i % QUERY_MIX.length]!;
    const started = performance.now();
    const response = await app.request(`/api/catalogue${query}`);
    const body = (await response.json()) as { total?: number };
    const ms = performance.now() - started;
    if (response.status !== 200) failures += 1;
    else if ((body.total ?? 0) > 0) found += 1;
    if (i >= 50) {
      times.push(ms);
      byKind.set(query, [...(byKind.get(query) ?? []), ms]);
    }
  }
  const slowest = [...byKind]
    .map(([query, list]) => [query, list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([query, median]) => `${query} ${median.toFixed(1)} ms`);
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(0.95 * times.length)]!;
  return {
    note: `${engine}: slowest kinds (median): ${slowest.join('; ')}`,
    figure: {
      label: `${engine}: search p95 (${SERVICES} services)`,
      value: Math.round(p95 * 100) / 100,
      unit: 'ms',
      budget: { kind: 'max', value: BUDGET_MS },
      baseline: { label: 'median', value: Math.round(times[Math.floor(times.length / 2)]! * 100) / 100 },
    },
    check: {
      label: `${engine}: every search answered 200 and most found something`,
      ok: failures === 0 && found > QUERIES / 2,
      detail: `${failures} errors, ${found} of ${QUERIES + 50} searches with results`,
    },
  };
}

async function runCatalogueBench(): Promise<BenchResult> {
  const figures: Figure[] = [];
  const checks: Check[] = [];
  const notes: string[] = [`${QUERIES} timed searches per engine over ${QUERY_MIX.length} kinds of query`];

  const sqlite = createSqliteRepository(openSqlite({ path: ':memory:' }));
  try {
    const result = await measure('SQLite', sqlite);
    figures.push(result.figure);
    checks.push(result.check);
    notes.push(result.note);
  } finally {
    await sqlite.close();
  }

  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    notes.push('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
    return { figures, checks, notes };
  }
  const schema = `catalogue_bench_${randomBytes(4).toString('hex')}`;
  const db = await openPostgres({ url, schema, maxConnections: 4 });
  const pg = createPgRepository(db);
  try {
    const result = await measure('PostgreSQL', pg);
    figures.push(result.figure);
    checks.push(result.check);
    notes.push(result.note);
  } finally {
    await db.$client.query(`drop schema "${schema}" cascade`);
    await pg.close();
  }
  return { figures, checks, notes };
}
