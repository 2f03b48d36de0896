/**
 * Where the form page's time to ready goes: loads the benchmark form (1,000 fields unless told)
 * in headless Chromium and reports one of three views. A diagnostic for issue 4's ready budget,
 * not a benchmark (the profiler and the tracer add their own cost).
 *
 * Run: `npx vite build && node_modules/.bin/tsx e2e/bench/profile-ready.ts [fields] [loads] [mode]`
 * - no mode: V8's sampling profiler on each load; navigation and script timings per load, the
 *   first load's main thread per 10 ms, and self time by script and by function;
 * - `--timings`: no profiler, medians over the loads of when the HTML, the last script,
 *   DOMContentLoaded and ready came (compare builds with it: run it on each, interleaved);
 * - `--trace`: a Chrome trace of each load, its main-thread tasks over 3 ms with what they did.
 */
import { resolve } from 'node:path';
import { type Browser, chromium, type LaunchOptions, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config.ts';
import { DEMO_AGENCY_KEY } from '../fixtures/demo-credentials.ts';
import { buildBenchDefinition } from './bench-form.ts';
import { freePort, startPlatform } from './bench-servers.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: Record<string, unknown>;
}

const ROOT = resolve(import.meta.dirname, '..', '..');
const fields = Number(process.argv[2] ?? 1000);
const loads = Number(process.argv[3] ?? 3);
const mode = process.argv.includes('--timings')
  ? 'timings'
  : process.argv.includes('--trace')
    ? 'trace'
    : 'profile';

/** The last path segment of a URL, or the profiler's name for native work. */
const fileOf = (url: string, functionName: string) =>
  url.replace(/^.*\//, '') || `(${functionName || 'program'})`;

const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${key}`)
    .join('\n');

/** Opens the form in a fresh context (nothing cached) and resolves with the time it was ready. */
async function openForm(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const ready = await page.waitForFunction(
    (count) => document.querySelectorAll('input, select, textarea').length >= count && performance.now(),
    fields,
    { polling: 'raf' },
  );
  return (await ready.jsonValue()) as number;
}

async function timings(browser: Browser, url: string): Promise<void> {
  const milestones: Record<string, number>[] = [];
  for (let load = 0; load < loads; load++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const ready = await openForm(page, url);
    const marks = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const scripts = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        html: nav?.responseEnd ?? 0,
        scripts: Math.max(0, ...scripts.map((entry) => entry.responseEnd)),
        dcl: nav?.domContentLoadedEventEnd ?? 0,
      };
    });
    milestones.push({ ...marks, ready });
    await context.close();
  }
  const median = (key: string) => {
    const sorted = milestones.map((m) => m[key] ?? 0).sort((a, b) => a - b);
    return (sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0);
  };
  console.log(
    `medians of ${loads}: html ${median('html')} ms, scripts ${median('scripts')} ms, DOMContentLoaded ${median('dcl')} ms, ready ${median('ready')} ms`,
  );
}

async function profiles(browser: Browser, url: string): Promise<void> {
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (let load = 0; load < loads; load++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const ready = await openForm(page, url);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
        (entry) =>
          `${entry.name.replace(/^.*\//, '').slice(0, 14)} ${entry.startTime.toFixed(0)}/${entry.requestStart.toFixed(0)}/${entry.responseStart.toFixed(0)}/${entry.responseEnd.toFixed(0)}`,
      );
      return {
        ttfb: nav?.responseStart,
        domInteractive: nav?.domInteractive,
        dcl: nav?.domContentLoadedEventEnd,
        load: nav?.loadEventEnd,
        scripts,
      };
    });
    console.log(`load ${load + 1}: ready ${ready.toFixed(0)} ms`, JSON.stringify(timing));
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    // The first load's timeline: per 10 ms, the functions that ran most (idle left out).
    const windows = new Map<number, Map<string, number>>();
    let at = 0;
    profile.samples.forEach((id, index) => {
      at += (profile.timeDeltas[index] ?? 0) / 1000;
      const node = nodes.get(id);
      if (!node) return;
      const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
      const { functionName, url: script, lineNumber } = node.callFrame;
      const file = fileOf(script, functionName);
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber}`;
      byScript.set(file, (byScript.get(file) ?? 0) + ms / loads);
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms / loads);
      if (load > 0 || functionName === '(idle)') return;
      const slot = Math.floor(at / 10) * 10;
      const window = windows.get(slot) ?? new Map<string, number>();
      window.set(key, (window.get(key) ?? 0) + ms);
      windows.set(slot, window);
    });
    for (const [slot, window] of windows) {
      const busy = [...window.values()].reduce((sum, ms) => sum + ms, 0);
      console.log(`  ${String(slot).padStart(5)} ms: busy ${busy.toFixed(1).padStart(4)}\n${top(window, 3)}`);
    }
    await context.close();
  }
  console.log(`self time by script (mean of ${loads} loads):\n${top(byScript, 15)}`);
  console.log(`self time by function:\n${top(byFunction, 45)}`);
}

/** Each load traced: the main thread's tasks over 3 ms, with what each spent its time on. */
async function traces(browser: Browser, url: string): Promise<void> {
  for (let load = 0; load < loads; load++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'v8', 'blink', 'disabled-by-default-devtools.timeline'],
    });
    await openForm(page, url);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    await context.close();
    // The renderer's main thread that worked most (the first, of about:blank, is left behind).
    const busy = new Map<string, number>();
    for (const event of traceEvents) {
      const thread = `${event.pid}:${event.tid}`;
      if (event.name === 'RunTask') busy.set(thread, (busy.get(thread) ?? 0) + (event.dur ?? 0));
    }
    const main = traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0))[0];
    const events = traceEvents
      .filter((event) => event.pid === main?.pid && event.tid === main?.tid && event.ph === 'X')
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const start = events[0]?.ts ?? 0;
    const totals = new Map<string, number>();
    console.log(`load ${load + 1} (times from the page's first task):`);
    for (const task of events.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 3000)) {
      const end = task.ts + (task.dur ?? 0);
      // Direct children only: events not inside an earlier child.
      const parts = new Map<string, number>();
      let until = 0;
      for (const event of events) {
        if (event === task || event.ts < task.ts || event.ts >= end || event.ts < until) continue;
        parts.set(event.name, (parts.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
        until = event.ts + (event.dur ?? 0);
      }
      for (const [name, ms] of parts) totals.set(name, (totals.get(name) ?? 0) + ms);
      const at = ((task.ts - start) / 1000).toFixed(0).padStart(5);
      const took = ((task.dur ?? 0) / 1000).toFixed(1).padStart(6);
      console.log(`  task at ${at} ms, ${took} ms:\n${top(parts, 5)}`);
    }
    console.log(`tasks' time by kind:\n${top(totals, 15)}`);
  }
}

const platform = await startPlatform(ROOT, await freePort());
const browser = await chromium.launch((playwrightConfig.use?.launchOptions ?? {}) as LaunchOptions);
try {
  const definition = buildBenchDefinition(fields);
  const auth = { authorization: `Bearer ${DEMO_AGENCY_KEY}` };
  await fetch(`${platform.url}/api/services`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ definition }),
  });
  await fetch(`${platform.url}/api/services/${definition.code}/publish`, { method: 'POST', headers: auth });
  const url = `${platform.url}/services/${definition.code}/apply`;
  if (mode === 'timings') await timings(browser, url);
  else if (mode === 'trace') await traces(browser, url);
  else await profiles(browser, url);
} finally {
  await browser.close();
  await platform.stop();
}
