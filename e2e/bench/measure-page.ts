import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from '@playwright/test';

/** What one page of one form size measured. */
export interface PageFigures {
  jsGzipBytes: number;
  readyMs: number;
  /** Main-thread work after ready until quiet (the runtime compiles validators here). */
  afterReadyCpuMs: number;
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
  /** From the click to the submit handler done: validation included (issue 4's "first submit"). */
  firstSubmitMs: number;
  /** From the click to its result in the DOM (the runtime: the check-your-answers page rendered). */
  firstSubmitShownMs: number;
  /** Main-thread work of that submit, from CDP. */
  firstSubmitCpuMs: number;
}

export interface PageUnderTest {
  /** Opens the page; `data` prefilled (for the submit) or empty (for ready and typing). */
  url: string;
  /** Runs before the page's scripts, e.g. to put answers where the page looks for them. */
  init?: (data: Record<string, unknown> | undefined) => { script: string } | undefined;
  submitSelector: string;
  /**
   * The submit's result is there once this window property is set (it holds the time its submit
   * handler ran) or this element exists (timed when it appears; the handler is then timed as the
   * click itself, since React runs it inside the click).
   */
  submitted: { flag?: string; selector?: string };
}

const KEYSTROKES = 30;

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Waits for a frame to be produced after whatever the last input caused. */
async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/** Waits until the page's main thread has been nearly idle for 400 ms (at most `limitMs`). */
async function settle(page: Page, cdp: CDPSession, limitMs = 15_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  let previous = await taskMs(cdp);
  while (Date.now() < deadline) {
    await page.waitForTimeout(400);
    const now = await taskMs(cdp);
    if (now - previous < 4) return;
    previous = now;
  }
}

/**
 * Clicks the submit button and resolves with the milliseconds until its result is in the DOM.
 * Written as a string: tsx would wrap named functions in a helper the page does not have.
 */
function submitScript(selector: string, submitted: PageUnderTest['submitted']): string {
  return `new Promise((resolve, reject) => {
    const submitted = ${JSON.stringify(submitted)};
    const button = document.querySelector(${JSON.stringify(selector)});
    if (!button) return reject(new Error('no submit button'));
    const finishedAt = () => {
      if (submitted.flag !== undefined && window[submitted.flag] !== undefined) return window[submitted.flag];
      if (submitted.selector !== undefined && document.querySelector(submitted.selector) !== null) return performance.now();
      return undefined;
    };
    const started = performance.now();
    button.click();
    const clicked = performance.now();
    const finish = (at) => {
      observer.disconnect();
      clearInterval(poll);
      const shown = at - started;
      resolve({ handled: submitted.flag !== undefined ? shown : clicked - started, shown });
    };
    const observer = new MutationObserver(() => {
      const at = finishedAt();
      if (at !== undefined) finish(at);
    });
    const poll = setInterval(() => {
      const at = finishedAt();
      if (at !== undefined) finish(at);
    }, 5);
    const now = finishedAt();
    if (now !== undefined) return finish(now);
    observer.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => reject(new Error('the submit did not finish within 10 s')), 10000);
  })`;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

async function open(
  browser: Browser,
  target: PageUnderTest,
  data: Record<string, unknown> | undefined,
  fieldCount: number,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(url) || scripts.has(url)) return;
    scripts.set(url, 0);
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.set(url, gzipSync(body, { level: 9 }).length);
  });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  const init = target.init?.(data);
  if (init) await page.addInitScript(init.script);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(target.url);
  const ready = await page
    .waitForFunction(
      (count) => document.querySelectorAll('input, select, textarea').length >= count && performance.now(),
      fieldCount,
      { polling: 'raf', timeout: 60_000 },
    )
    .catch(async (error: Error) => {
      const shown = await page
        .evaluate(() => (document.body.textContent ?? '').slice(0, 300))
        .catch(() => '?');
      throw new Error(`${error.message}\n  page shows: ${shown}\n  ${problems.join('\n  ')}`);
    });
  const readyMs = (await ready.jsonValue()) as number;
  const readyTask = await taskMs(cdp);
  await settle(page, cdp);
  const afterReadyCpuMs = (await taskMs(cdp)) - readyTask;
  return { context, page, cdp, scripts, readyMs, afterReadyCpuMs };
}

/** Raw samples of one round on one page; rounds of all pages are interleaved and pooled. */
export interface RoundSamples {
  jsGzipBytes: number;
  readyMs: number[];
  afterReadyCpuMs: number;
  keystrokeMs: number[];
  firstSubmitMs: number;
  firstSubmitShownMs: number;
  firstSubmitCpuMs: number;
}

/**
 * One round on one page: a load to type in (gzipped JS, time to ready: every control of the form
 * in the DOM; main-thread CPU per keystroke in a text field mid-form: CDP TaskDuration around each
 * key and the frame it causes, less the same wait without a key) and a load with valid answers to
 * submit once.
 */
export async function measureRound(
  browser: Browser,
  target: PageUnderTest,
  fieldCount: number,
  typingFieldId: string,
  validData: Record<string, unknown>,
  keystrokes = KEYSTROKES,
): Promise<RoundSamples> {
  const typing = await open(browser, target, undefined, fieldCount);
  const { page, cdp } = typing;
  await page.locator(`#${typingFieldId}`).focus();
  const overheads: number[] = [];
  for (let i = 0; i < 10; i++) {
    const before = await taskMs(cdp);
    await nextFrame(page);
    overheads.push((await taskMs(cdp)) - before);
  }
  const overhead = percentile(overheads, 50);
  const keystrokeMs: number[] = [];
  for (let i = 0; i < keystrokes; i++) {
    const before = await taskMs(cdp);
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await nextFrame(page);
    keystrokeMs.push(Math.max(0, (await taskMs(cdp)) - before - overhead));
  }
  const jsGzipBytes = [...typing.scripts.values()].reduce((sum, size) => sum + size, 0);
  await typing.context.close();

  const submitting = await open(browser, target, validData, fieldCount);
  const before = await taskMs(submitting.cdp);
  const submitted = (await submitting.page.evaluate(
    submitScript(target.submitSelector, target.submitted),
  )) as {
    handled: number;
    shown: number;
  };
  await nextFrame(submitting.page);
  const firstSubmitCpuMs = (await taskMs(submitting.cdp)) - before;
  await submitting.context.close();
  return {
    jsGzipBytes,
    readyMs: [typing.readyMs, submitting.readyMs],
    afterReadyCpuMs: typing.afterReadyCpuMs,
    keystrokeMs,
    firstSubmitMs: submitted.handled,
    firstSubmitShownMs: submitted.shown,
    firstSubmitCpuMs,
  };
}

/** Medians over rounds (keystrokes pooled: p50 and p95 of every key of every round). */
export function summarise(rounds: readonly RoundSamples[]): PageFigures {
  const median = (values: number[]) => percentile(values, 50);
  const keys = rounds.flatMap((round) => round.keystrokeMs);
  return {
    jsGzipBytes: Math.max(...rounds.map((round) => round.jsGzipBytes)),
    readyMs: median(rounds.flatMap((round) => round.readyMs)),
    afterReadyCpuMs: median(rounds.map((round) => round.afterReadyCpuMs)),
    keystrokeP50Ms: percentile(keys, 50),
    keystrokeP95Ms: percentile(keys, 95),
    firstSubmitMs: median(rounds.map((round) => round.firstSubmitMs)),
    firstSubmitShownMs: median(rounds.map((round) => round.firstSubmitShownMs)),
    firstSubmitCpuMs: median(rounds.map((round) => round.firstSubmitCpuMs)),
  };
}
