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
const byScript = new Map<string, number>();
const byFunction = new Map<string, number>();
try {
  for (let round = 0; round < rounds; round++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${platform.url}/services/${definition.code}/apply`);
    const ready = await page.waitForFunction(
      (count) => document.querySelectorAll('input, select, textarea').length >= count && performance.now(),
      fields,
      { polling: 'raf' },
    );
    const readyMs = (await ready.jsonValue()) as number;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const scripts = performance
        .getEntriesByType('resource')
        .map((entry) => entry as PerformanceResourceTiming)
        .map(
          (entry) =>
            `${entry.name.replace(/^.*\//, '')} ${entry.startTime.toFixed(0)}-${entry.responseEnd.toFixed(0)}`,
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
const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${key}`)
    .join('\n');
console.log(`self time by script (mean of ${rounds} rounds):\n${top(byScript, 15)}`);
console.log(`self time by function:\n${top(byFunction, 45)}`);
