/**
 * Where the form page's time to ready goes: loads the 1,000-field benchmark form a few times in
 * headless Chromium with V8's sampling profiler on, and prints navigation timings and the main
 * thread's self time by script and by function. A diagnostic for issue 4's ready budget, not a
 * benchmark (its figures move with the profiler's own cost).
 *
 * Run: `npx vite build && node_modules/.bin/tsx e2e/bench/profile-ready.ts [fields] [rounds]`.
 */
import { resolve } from 'node:path';
import { chromium, type LaunchOptions } from '@playwright/test';
import playwrightConfig from '../../playwright.config.ts';
import { DEMO_AGENCY_KEY } from '../fixtures/demo-credentials.ts';
import { buildBenchDefinition } from './bench-form.ts';
import { freePort, startPlatform } from './bench-servers.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = resolve(import.meta.dirname, '..', '..');
const fields = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 3);
/** `--timings`: no profiler, only medians of the page's milestones over the rounds. */
const timingsOnly = process.argv.includes('--timings');

const platform = await startPlatform(ROOT, await freePort());
const definition = buildBenchDefinition(fields);
const auth = { authorization: `Bearer ${DEMO_AGENCY_KEY}` };
await fetch(`${platform.url}/api/services`, {
  method: 'POST',
  headers: { ...auth, 'content-type': 'application/json' },
  body: JSON.stringify({ definition }),
});
await fetch(`${platform.url}/api/services/${definition.code}/publish`, { method: 'POST', headers: auth });
const browser = await chromium.launch((playwrightConfig.use?.launchOptions ?? {}) as LaunchOptions);
const milestones: Record<string, number>[] = [];
const byScript = new Map<string, number>();
const byFunction = new Map<string, number>();
try {
  for (let round = 0; round < (process.argv.includes('--trace') ? 0 : rounds); round++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // When the page first touches storage, and how long that takes (a sync call to the browser).
    await page.addInitScript(() => {
      const w = window as unknown as { __storage: string[] };
      w.__storage = [];
      for (const name of ['getItem', 'setItem'] as const) {
        const original = Storage.prototype[name] as (...args: unknown[]) => unknown;
        (Storage.prototype as unknown as Record<string, unknown>)[name] = function (
          this: Storage,
          ...args: unknown[]
        ) {
          const started = performance.now();
          const result = original.apply(this, args);
          const took = performance.now() - started;
          if (w.__storage.length < 12)
            w.__storage.push(
              `${name}(${String(args[0]).slice(0, 24)}) at ${started.toFixed(0)} took ${took.toFixed(1)}`,
            );
          return result;
        };
      }
    });
    const cdp = await context.newCDPSession(page);
    if (!timingsOnly) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${platform.url}/services/${definition.code}/apply`);
    const ready = await page.waitForFunction(
      (count) => document.querySelectorAll('input, select, textarea').length >= count && performance.now(),
      fields,
      { polling: 'raf' },
    );
    const readyMs = (await ready.jsonValue()) as number;
    if (timingsOnly) {
      const marks = await page.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        const scripts = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        return {
          html: nav?.responseEnd ?? 0,
          scripts: Math.max(...scripts.map((entry) => entry.responseEnd)),
          dcl: nav?.domContentLoadedEventEnd ?? 0,
          storage: (window as unknown as { __storage: string[] }).__storage,
        };
      });
      if (process.argv.includes('--storage')) console.log(marks.storage.join('; '));
      milestones.push({ html: marks.html, scripts: marks.scripts, dcl: marks.dcl, ready: readyMs });
      await context.close();
      continue;
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const scripts = performance
        .getEntriesByType('resource')
        .map((entry) => entry as PerformanceResourceTiming)
        .map(
          (entry) =>
            `${entry.name.replace(/^.*\//, '').slice(0, 14)} ${entry.startTime.toFixed(0)}/${entry.requestStart.toFixed(0)}/${entry.responseStart.toFixed(0)}/${entry.responseEnd.toFixed(0)}`,
        );
      const paint = performance.getEntriesByType('paint').map((p) => `${p.name} ${p.startTime.toFixed(0)}`);
      return {
        ttfb: nav?.responseStart,
        responseEnd: nav?.responseEnd,
        domInteractive: nav?.domInteractive,
        dcl: nav?.domContentLoadedEventEnd,
        load: nav?.loadEventEnd,
        scripts,
        paint,
      };
    });
    console.log(`round ${round + 1}: ready ${readyMs.toFixed(0)} ms`, JSON.stringify(timing));
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    // The first round's timeline: per 10 ms, the functions that ran most (idle left out).
    if (round === 0) {
      let at = 0;
      const windows = new Map<number, Map<string, number>>();
      profile.samples.forEach((id, index) => {
        at += (profile.timeDeltas[index] ?? 0) / 1000;
        const node = nodes.get(id);
        if (!node || node.callFrame.functionName === '(idle)') return;
        const slot = Math.floor(at / 10) * 10;
        const window = windows.get(slot) ?? new Map<string, number>();
        const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\//, '')}:${node.callFrame.lineNumber}`;
        window.set(key, (window.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
        windows.set(slot, window);
      });
      for (const [slot, window] of windows) {
        const busy = [...window.values()].reduce((sum, ms) => sum + ms, 0);
        const names = [...window.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([key, ms]) => `${key} ${ms.toFixed(1)}`)
          .join(' | ');
        console.log(`  ${String(slot).padStart(5)} ms: busy ${busy.toFixed(1).padStart(4)}  ${names}`);
      }
    }
    profile.samples.forEach((id, index) => {
      const node = nodes.get(id);
      if (!node) return;
      const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
      const { functionName, url, lineNumber } = node.callFrame;
      const script = url.replace(/^.*\//, '') || `(${functionName || 'program'})`;
      byScript.set(script, (byScript.get(script) ?? 0) + ms / rounds);
      const key = `${functionName || '(anonymous)'} ${script}:${lineNumber}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms / rounds);
    });
    await context.close();
  }
} finally {
  await browser.close();
  await platform.stop();
}
if (timingsOnly) {
  const median = (key: string) => {
    const sorted = milestones.map((m) => m[key] ?? 0).sort((a, b) => a - b);
    return (sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0);
  };
  console.log(
    `medians of ${rounds}: html ${median('html')} ms, scripts ${median('scripts')} ms, DOMContentLoaded ${median('dcl')} ms, ready ${median('ready')} ms`,
  );
  process.exit(0);
}
const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${key}`)
    .join('\n');
console.log(`self time by script (mean of ${rounds} rounds):\n${top(byScript, 15)}`);
console.log(`self time by function:\n${top(byFunction, 45)}`);

/** One traced load: the main thread's long tasks up to ready, with what each spent its time on. */
async function traceOnce(): Promise<void> {
  const tracedBrowser = await chromium.launch((playwrightConfig.use?.launchOptions ?? {}) as LaunchOptions);
  const context = await tracedBrowser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await tracedBrowser.startTracing(page, {
    categories: ['devtools.timeline', 'v8', 'blink', 'disabled-by-default-devtools.timeline'],
  });
  await page.goto(`${platform2.url}/services/${definition.code}/apply`);
  await page.waitForFunction(
    (count) => document.querySelectorAll('input, select, textarea').length >= count,
    fields,
    { polling: 'raf' },
  );
  const buffer = await tracedBrowser.stopTracing();
  await tracedBrowser.close();
  const { traceEvents } = JSON.parse(buffer.toString()) as {
    traceEvents: {
      name: string;
      ph: string;
      ts: number;
      dur?: number;
      tid: number;
      pid: number;
      args?: Record<string, unknown>;
    }[];
  };
  // The renderer's main thread that worked most (the first, of about:blank, is left behind).
  const busy = new Map<string, number>();
  for (const event of traceEvents) {
    if (event.name === 'RunTask')
      busy.set(`${event.pid}:${event.tid}`, (busy.get(`${event.pid}:${event.tid}`) ?? 0) + (event.dur ?? 0));
  }
  const main = traceEvents
    .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
    .sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0))[0];
  const navigation = traceEvents
    .filter((event) => event.name === 'navigationStart' && event.pid === main?.pid)
    .at(-1);
  const start = navigation?.ts ?? 0;
  const events = traceEvents
    .filter(
      (event) => event.pid === main?.pid && event.tid === main?.tid && event.ph === 'X' && event.ts >= start,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = events.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 3000);
  const totals = new Map<string, number>();
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = events.filter((event) => event !== task && event.ts >= task.ts && event.ts < end);
    // Direct children only: events not inside an earlier child.
    const children: typeof inside = [];
    let until = 0;
    for (const event of inside) {
      if (event.ts >= until) {
        children.push(event);
        until = event.ts + (event.dur ?? 0);
      }
    }
    const parts = new Map<string, number>();
    for (const child of children)
      parts.set(child.name, (parts.get(child.name) ?? 0) + (child.dur ?? 0) / 1000);
    for (const [name, ms] of parts) totals.set(name, (totals.get(name) ?? 0) + ms);
    const summary = [...parts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join(', ');
    console.log(
      `  task at ${((task.ts - start) / 1000).toFixed(0).padStart(5)} ms, ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms: ${summary}`,
    );
  }
  console.log(`long tasks' time by kind:\n${top(totals, 15)}`);
}
if (!process.argv.includes('--trace')) process.exit(0);
const platform2 = await startPlatform(ROOT, await freePort());
await fetch(`${platform2.url}/api/services`, {
  method: 'POST',
  headers: { ...auth, 'content-type': 'application/json' },
  body: JSON.stringify({ definition }),
});
await fetch(`${platform2.url}/api/services/${definition.code}/publish`, { method: 'POST', headers: auth });
try {
  await traceOnce();
  await traceOnce();
} finally {
  await platform2.stop();
}
