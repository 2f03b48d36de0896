import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { nextAttemptDelay, parseRetryAfter, RETRY_SCHEDULE_MS } from './retry-schedule.ts';
import { sendWebhook } from './send-webhook.ts';
import { createWebhookSecret, signWebhook, verifyWebhook } from './webhook-signature.ts';

const LOOPBACK = { allowHttp: true, allowList: ['127.0.0.0/8'] };
let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function receiver(
  handler: (req: IncomingMessage, body: string, res: ServerResponse) => void,
): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => handler(req, body, res));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/hook`;
}

describe('sendWebhook against a real local receiver', () => {
  it('delivers a signed body that the receiver verifies', async () => {
    const secret = createWebhookSecret();
    let verified: unknown = null;
    const url = await receiver((req, body, res) => {
      verified = verifyWebhook(body, req.headers as Record<string, string>, secret);
      res.writeHead(204).end();
    });
    const body = JSON.stringify({ reference: 'EF-AAAA-BBBB-CCCC' });
    const headers = signWebhook({ id: 'msg_test', timestamp: new Date(), body, secrets: [secret] });
    const outcome = await sendWebhook({ url, body, headers: { ...headers }, policy: LOOPBACK });
    expect(outcome).toMatchObject({ kind: 'delivered', status: 204 });
    expect(verified).toEqual({ reference: 'EF-AAAA-BBBB-CCCC' });
  });

  it('treats a redirect as a failure and does not follow it', async () => {
    let calls = 0;
    const url = await receiver((_req, _body, res) => {
      calls += 1;
      res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
    });
    const outcome = await sendWebhook({ url, body: '{}', headers: {}, policy: LOOPBACK });
    expect(outcome).toMatchObject({ kind: 'failed', status: 302 });
    expect(calls).toBe(1);
  });

  it('reports 410 as gone and honours Retry-After on 503', async () => {
    let status = 410;
    const url = await receiver((_req, _body, res) => {
      res.writeHead(status, status === 503 ? { 'retry-after': '120' } : {}).end();
    });
    expect(await sendWebhook({ url, body: '{}', headers: {}, policy: LOOPBACK })).toMatchObject({
      kind: 'gone',
    });
    status = 503;
    expect(await sendWebhook({ url, body: '{}', headers: {}, policy: LOOPBACK })).toMatchObject({
      kind: 'failed',
      status: 503,
      retryAfterMs: 120_000,
    });
  });

  it('gives up on a receiver that does not answer within the time-out', async () => {
    const url = await receiver(() => {
      /* never answers */
    });
    const outcome = await sendWebhook({ url, body: '{}', headers: {}, policy: LOOPBACK, timeoutMs: 200 });
    expect(outcome).toMatchObject({ kind: 'failed', status: null });
    expect(outcome.durationMs).toBeLessThan(2_000);
  });

  it('refuses loopback when it is not allow-listed, before connecting', async () => {
    let calls = 0;
    const url = await receiver((_req, _body, res) => {
      calls += 1;
      res.writeHead(200).end();
    });
    const outcome = await sendWebhook({
      url,
      body: '{}',
      headers: {},
      policy: { allowHttp: true, allowList: [] },
    });
    expect(outcome.kind).toBe('failed');
    expect(calls).toBe(0);
    const byName = await sendWebhook({
      url: url.replace('127.0.0.1', 'localhost'),
      body: '{}',
      headers: {},
      policy: { allowHttp: true, allowList: [] },
    });
    expect(byName).toMatchObject({ kind: 'failed' });
    expect(calls).toBe(0);
  });
});

describe('retry schedule', () => {
  it('follows the schedule with bounded jitter and ends after the last step', () => {
    expect(nextAttemptDelay(1, null, () => 0.5)).toBe(0);
    expect(nextAttemptDelay(2, null, () => 0.5)).toBe(5_000);
    expect(nextAttemptDelay(3, null, () => 0)).toBe(240_000);
    expect(nextAttemptDelay(3, null, () => 1)).toBe(360_000);
    expect(nextAttemptDelay(RETRY_SCHEDULE_MS.length + 1)).toBeNull();
  });

  it('waits at least as long as Retry-After asks, up to a day', () => {
    expect(nextAttemptDelay(2, 60_000, () => 0.5)).toBe(60_000);
    expect(nextAttemptDelay(2, 10 * 86_400_000, () => 0.5)).toBe(86_400_000);
    expect(parseRetryAfter('30', new Date())).toBe(30_000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:01:00 GMT', new Date('2026-11-26T10:00:00Z'))).toBe(60_000);
    expect(parseRetryAfter('soon', new Date())).toBeNull();
  });
});
