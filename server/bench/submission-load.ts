/**
 * Drives POST /api/services/{code}/submissions with autocannon, from this process, the way the
 * citizen app sends them (runtime/api/submit-application.ts): JSON body `{ version, data }` and
 * a fresh `Idempotency-Key` per submission, so the server takes its real idempotent path.
 *
 * Closed loop: each connection sends its next submission when the previous one is answered, so
 * `connections` is the number of submissions in flight and latency ~ connections / rate.
 */
import { randomUUID } from 'node:crypto';
import autocannon, { type AutocannonRequest } from 'autocannon';

export interface LoadOptions {
  origin: string;
  serviceCode: string;
  version: number;
  payloads: readonly Record<string, unknown>[];
  connections: number;
  durationSeconds: number;
  /** Every 201's reference is added here, to check afterwards that each one was stored. */
  acknowledged: Set<string>;
}

export interface LoadResult {
  /** Mean completed 2xx per second over the run. */
  ratePerSecond: number;
  created: number;
  /** Responses other than 201, by status. */
  otherStatuses: Record<string, number>;
  /** Connection errors and time-outs. */
  errors: number;
  /** 201 latencies, exact (not autocannon's 1-ms histogram buckets). */
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** Requests sent but unanswered when the run stopped: the server may still have stored them. */
  unansweredAtStop: number;
  durationSeconds: number;
}

export async function runSubmissionLoad(options: LoadOptions): Promise<LoadResult> {
  const bodies = options.payloads.map((data) => JSON.stringify({ version: options.version, data }));
  let next = 0;
  const latencies: number[] = [];
  const otherStatuses: Record<string, number> = {};

  const request: AutocannonRequest = {
    method: 'POST',
    path: `/api/services/${encodeURIComponent(options.serviceCode)}/submissions`,
    setupRequest(req) {
      req.body = bodies[next++ % bodies.length]!;
      req.headers = {
        'content-type': 'application/json',
        accept: 'application/json',
        'idempotency-key': randomUUID(),
      };
      return req;
    },
    onResponse(status, body) {
      if (status === 201) options.acknowledged.add((JSON.parse(body) as { reference: string }).reference);
      else otherStatuses[status] = (otherStatuses[status] ?? 0) + 1;
    },
  };

  const instance = autocannon({
    url: options.origin,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    requests: [request],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode === 201) latencies.push(responseTimeMs);
  });
  const result = await instance;

  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0;
  const mean = latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(1, latencies.length);
  return {
    ratePerSecond: latencies.length / result.duration,
    created: latencies.length,
    otherStatuses,
    errors: result.errors,
    latencyMs: { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1), mean },
    unansweredAtStop: Math.max(0, result.requests.sent - result.requests.total - result.errors),
    durationSeconds: result.duration,
  };
}
