/**
 * Issue 4's runtime benchmark: forms of 200 and 1,000 fields on one page, measured in headless
 * Chromium for our runtime, a plain-HTML floor and a default @rjsf/core page, side by side:
 * gzipped JS, time to ready, main-thread CPU per keystroke (p50/p95) and the first submit of
 * valid answers. Budgets (issue 4) are ratios to the floor measured in the same run, since these
 * machines are noisy.
 *
 * Run alone: `node_modules/.bin/tsx e2e/bench/runtime-form.bench.ts` (builds, starts its own
 * server on a free port with an in-memory database, stops everything). `server/bench/run-all.ts`
 * runs it through the exported `benchmark`.
 */
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type LaunchOptions } from '@playwright/test';
import playwrightConfig from '../../playwright.config.ts';
import { generateValidData } from '../../schema/testing/generate-valid-data.ts';
import { DEMO_AGENCY_KEY } from '../fixtures/demo-credentials.ts';
import { buildBenchDefinition, buildBenchSchema } from './bench-form.ts';
import { freePort, runStep, startPlatform, startStaticServer } from './bench-servers.ts';
import { floorPage } from './floor-page.ts';
import {
  measureRound,
  type PageFigures,
  type PageUnderTest,
  type RoundSamples,
  summarise,
} from './measure-page.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SIZES = [200, 1000] as const;
const TIME_LIMIT_MS = 8 * 60_000;
const KIB = 1024;

/** Same shape as server/bench/benchmark.ts (e2e imports nothing from server/). */
interface Figure {
  label: string;
  value: number;
  unit: string;
  budget?: { kind: 'min' | 'max'; value: number };
  baseline?: { label: string; value: number };
}
export interface RuntimeFormBenchResult {
  figures: Figure[];
  checks: { label: string; ok: boolean; detail: string }[];
  notes: string[];
  warnings: string[];
}

type Kind = 'floor' | 'rjsf' | 'runtime';
const KINDS: readonly Kind[] = ['floor', 'rjsf', 'runtime'];
// Five rounds (ten loads per page): the floor's ready alone moved between 214 and 404 ms across three-round runs.
const ROUNDS = 5;

function withTimeLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the runtime benchmark took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

async function publish(baseUrl: string, fieldCount: number): Promise<string> {
  const definition = buildBenchDefinition(fieldCount);
  const authorization = `Bearer ${DEMO_AGENCY_KEY}`;
  const created = await fetch(`${baseUrl}/api/services`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({ definition }),
  });
  if (created.status !== 201) throw new Error(`cannot create ${definition.code}: ${await created.text()}`);
  const published = await fetch(`${baseUrl}/api/services/${definition.code}/publish`, {
    method: 'POST',
    headers: { authorization },
  });
  if (published.status !== 201)
    throw new Error(`cannot publish ${definition.code}: ${await published.text()}`);
  return definition.code;
}

function pagesFor(
  kind: Kind,
  size: number,
  platformUrl: string,
  staticUrl: string,
  code: string,
): PageUnderTest {
  const dataScript = (data: Record<string, unknown> | undefined) =>
    data ? { script: `window.__BENCH_DATA = ${JSON.stringify(data)};` } : undefined;
  switch (kind) {
    case 'floor':
      return {
        url: `${staticUrl}/floor/${size}.html`,
        init: dataScript,
        submitSelector: '#submit',
        submitted: { flag: '__benchSubmitted' },
      };
    case 'rjsf':
      return {
        url: `${staticUrl}/?form=${size}`,
        init: dataScript,
        submitSelector: 'button[type="submit"]',
        submitted: { flag: '__benchSubmitted' },
      };
    case 'runtime':
      return {
        url: `${platformUrl}/services/${code}/apply`,
        // The runtime keeps answers of this tab in session storage (runtime/journey/answers-store.ts).
        init: (data) =>
          data
            ? {
                script: `sessionStorage.setItem(${JSON.stringify(`runtime.answers.${code}@1`)}, ${JSON.stringify(JSON.stringify(data))});`,
              }
            : undefined,
        submitSelector: '[data-testid="runtime.next"]',
        submitted: { selector: '[data-testid="runtime.check-answers"]' },
      };
  }
}

function ratioFigure(label: string, value: number, floor: number, budget: number): Figure {
  return {
    label,
    value: floor > 0 ? value / floor : Number.NaN,
    unit: 'x floor',
    budget: { kind: 'max', value: budget },
  };
}

async function run(): Promise<RuntimeFormBenchResult> {
  runStep('npx', ['vite', 'build', '--logLevel', 'warn'], ROOT);
  runStep('npx', ['vite', 'build', '-c', 'e2e/bench/vite.config.ts'], ROOT);
  const [platformPort, staticPort] = [await freePort(), await freePort()];
  const platform = await startPlatform(ROOT, platformPort);
  const staticPages = new Map<string, string>();
  for (const size of SIZES) {
    const schema = buildBenchSchema(size);
    staticPages.set(`/floor/${size}.html`, floorPage(schema));
    staticPages.set(`/forms/${size}.json`, JSON.stringify(schema));
  }
  const statics = await startStaticServer(resolve(ROOT, 'e2e/bench/dist'), staticPages, staticPort);
  const launchOptions = (playwrightConfig.use?.launchOptions ?? {}) as LaunchOptions;
  const browser = await chromium.launch(launchOptions);
  const figures: Figure[] = [];
  const notes: string[] = [];
  const results = new Map<string, PageFigures>();
  try {
    for (const size of SIZES) {
      const code = await publish(platform.url, size);
      const data = generateValidData(buildBenchSchema(size), { seed: 1 });
      const typingField = `root_t${Math.floor(size / 40)}_2`;
      // Rounds interleave the three pages, so a slow moment of a shared machine hits all of them.
      const rounds = new Map<Kind, RoundSamples[]>(KINDS.map((kind) => [kind, []]));
      for (let round = 1; round <= ROUNDS; round++) {
        console.error(`  ${size} fields, round ${round} of ${ROUNDS}...`);
        for (const kind of KINDS) {
          const target = pagesFor(kind, size, platform.url, statics.url, code);
          const samples = await measureRound(browser, target, size, typingField, data).catch(
            (error: Error) => {
              throw new Error(`${kind}, ${size} fields: ${error.message}`);
            },
          );
          rounds.get(kind)?.push(samples);
        }
      }
      for (const kind of KINDS) results.set(`${kind}-${size}`, summarise(rounds.get(kind) ?? []));
      const floor = results.get(`floor-${size}`)!;
      const rjsf = results.get(`rjsf-${size}`)!;
      const ours = results.get(`runtime-${size}`)!;
      const f = (label: string, pick: (p: PageFigures) => number, unit = 'ms', budget?: Figure['budget']) => {
        figures.push({
          label: `${label}, ${size} fields`,
          value: pick(ours),
          unit,
          ...(budget ? { budget } : {}),
          baseline: { label: 'floor', value: pick(floor) },
        });
        figures.push({
          label: `  default RJSF: ${label}, ${size} fields`,
          value: pick(rjsf),
          unit,
          baseline: { label: 'floor', value: pick(floor) },
        });
      };
      f('ready', (p) => p.readyMs);
      f('keystroke CPU p50', (p) => p.keystrokeP50Ms);
      f('keystroke CPU p95', (p) => p.keystrokeP95Ms);
      f('first submit', (p) => p.firstSubmitMs, 'ms', size === 1000 ? { kind: 'max', value: 50 } : undefined);
      f('first submit to the next page shown', (p) => p.firstSubmitShownMs);
      f('first submit CPU', (p) => p.firstSubmitCpuMs);
      f('CPU after ready', (p) => p.afterReadyCpuMs);
      if (size === 1000) {
        figures.push(
          ratioFigure('keystroke p50 / floor, 1000 fields', ours.keystrokeP50Ms, floor.keystrokeP50Ms, 1.5),
        );
        figures.push(
          ratioFigure('keystroke p95 / floor, 1000 fields', ours.keystrokeP95Ms, floor.keystrokeP95Ms, 2),
        );
        figures.push(ratioFigure('ready / floor, 1000 fields', ours.readyMs, floor.readyMs, 1.5));
      }
    }
    const js = (kind: Kind) => (results.get(`${kind}-1000`)?.jsGzipBytes ?? 0) / KIB;
    figures.push({
      label: 'runtime JS (gzip), form page',
      value: js('runtime'),
      unit: 'KiB',
      budget: { kind: 'max', value: 200 },
    });
    figures.push({ label: '  default RJSF JS (gzip)', value: js('rjsf'), unit: 'KiB' });
    notes.push(
      `floor JS (gzip): ${js('floor').toFixed(1)} KiB (an inline script that fills test data and times the submit)`,
    );
    notes.push(
      'ready: navigation start to every control of the form in the DOM; keystroke: CDP TaskDuration of one key and its frame, less an idle frame',
    );
    notes.push(
      'first submit: click to the submit handler done, validation included (runtime: "Continue" checked the answers and asked for the answers page; RJSF, floor: onSubmit); "to the next page shown" adds rendering that page',
    );
  } finally {
    await browser.close();
    await statics.stop();
    await platform.stop();
  }
  const warnings: string[] = [];
  const [load] = loadavg();
  if ((load ?? 0) > availableParallelism() * 0.75) {
    warnings.push(
      `load average ${load?.toFixed(1)} on ${availableParallelism()} cores: other work shared the CPU`,
    );
  }
  return { figures, checks: [], notes, warnings };
}

/** Measures and returns the figures; starts and stops everything it needs, within 8 minutes. */
export function runRuntimeFormBench(): Promise<RuntimeFormBenchResult> {
  return withTimeLimit(run(), TIME_LIMIT_MS);
}

/** For server/bench/run-all.ts: `() => import('../../e2e/bench/runtime-form.bench.ts'),` */
export const benchmark = {
  name: 'runtime-form',
  title: 'citizen runtime on 200/1,000-field forms vs plain HTML and default RJSF (issue 4 budgets)',
  run: runRuntimeFormBench,
};

function print(result: RuntimeFormBenchResult): void {
  for (const note of result.notes) console.log(`  ${note}`);
  for (const warning of result.warnings) console.log(`  WARNING ${warning}`);
  for (const figure of result.figures) {
    const value =
      figure.unit === 'x floor'
        ? `${figure.value.toFixed(2)}x floor`
        : `${figure.value.toFixed(1)} ${figure.unit}`;
    const budget = figure.budget
      ? `budget ${figure.budget.kind === 'max' ? '<=' : '>='} ${figure.budget.value} ${figure.value <= figure.budget.value ? 'PASS' : 'MISS'}`
      : '';
    const baseline = figure.baseline
      ? `${figure.baseline.label} ${figure.baseline.value.toFixed(1)} ${figure.unit}, ratio ${(figure.value / figure.baseline.value).toFixed(2)}`
      : '';
    console.log(`  ${figure.label.padEnd(44)} ${value.padStart(16)}  ${budget.padEnd(20)} ${baseline}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runRuntimeFormBench().then(
    (result) => {
      print(result);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
