import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/**
 * A real agency webhook receiver on 127.0.0.1 for tests and benchmarks: records every request,
 * answers `status()` (default 204), can go down and come back on the same port, and keeps a
 * de-duplicated view by `webhook-id` as a careful receiver would.
 */
export async function startTestReceiver(
  options: { status?: (body: string) => number; port?: number; delayMs?: number } = {},
) {
  const received: ReceivedWebhook[] = [];
  const byId = new Map<string, ReceivedWebhook>();
  let status = options.status ?? (() => 204);
  let extraHeaders: Record<string, string> = {};
  let delayMs = options.delayMs ?? 0;
  const waiters: Array<() => void> = [];
  let server: Server;
  let port = options.port ?? 0;

  async function listen() {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const code = status(body);
        const hit = { headers: req.headers, body, at: performance.now() };
        received.push(hit);
        if (code >= 200 && code < 300) {
          const id = String(req.headers['webhook-id']);
          if (!byId.has(id)) byId.set(id, hit);
          for (const wake of waiters.splice(0)) wake();
        }
        if (delayMs > 0) setTimeout(() => res.writeHead(code, extraHeaders).end(), delayMs).unref();
        else res.writeHead(code, extraHeaders).end();
      });
    });
    server.keepAliveTimeout = 1_000;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }
  await listen();

  return {
    get url() {
      return `http://127.0.0.1:${port}/hooks/eforms`;
    },
    /** Every request, duplicates and failures included. */
    received,
    /** Accepted (2xx) deliveries, once per webhook-id. */
    unique: byId,
    /** Answer only after `ms` (a slow or hanging receiver); requests are recorded on arrival. */
    setDelay(ms: number) {
      delayMs = ms;
    },
    setStatus(next: (body: string) => number, headers: Record<string, string> = {}) {
      status = next;
      extraHeaders = headers;
    },
    /** Resolves when `count` distinct webhook-ids were accepted, or rejects after `timeoutMs`. */
    async waitForUnique(count: number, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (byId.size < count) {
        if (Date.now() > deadline) throw new Error(`receiver: ${byId.size} of ${count} deliveries arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    /** Stops listening (connections refused) until `up()`. */
    async down() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    up: listen,
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type TestReceiver = Awaited<ReturnType<typeof startTestReceiver>>;
