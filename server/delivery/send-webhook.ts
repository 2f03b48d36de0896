import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { checkUrlSyntax, createGuardedLookup, type OutboundPolicy } from './outbound-url-guard.ts';
import { parseRetryAfter } from './retry-schedule.ts';

export type DeliveryOutcome =
  /** 2xx: the receiver has it. */
  | { kind: 'delivered'; status: number; durationMs: number }
  /** 410 Gone: the receiver asks never to be called again; the endpoint gets disabled. */
  | { kind: 'gone'; status: 410; durationMs: number }
  /** Anything else: try again later (redirects included: they are never followed). */
  | { kind: 'failed'; status: number | null; error: string; retryAfterMs: number | null; durationMs: number };

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  policy: OutboundPolicy;
  timeoutMs?: number;
  now?: () => Date;
}

const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * One delivery attempt over node:http(s): the URL guard runs again here and the socket's DNS
 * lookup refuses forbidden addresses, redirects are not followed, the whole exchange is bounded by
 * a time-out (15 s by default), and only a 2xx counts as delivered.
 */
export function sendWebhook(input: WebhookRequest): Promise<DeliveryOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const syntax = checkUrlSyntax(input.url, input.policy);
  if (!syntax.ok) {
    return Promise.resolve({
      kind: 'failed',
      status: null,
      error: syntax.message,
      retryAfterMs: null,
      durationMs: 0,
    });
  }
  const url = syntax.url;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: DeliveryOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = send(
      url,
      {
        method: 'POST',
        lookup: createGuardedLookup(input.policy) as never,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'e-form-platform-webhooks/1',
          'content-length': Buffer.byteLength(input.body),
          ...input.headers,
        },
      },
      (res) => {
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) res.destroy();
        });
        const done = () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300)
            return finish({ kind: 'delivered', status, durationMs: elapsed() });
          if (status === 410) return finish({ kind: 'gone', status: 410, durationMs: elapsed() });
          const retryAfter = parseRetryAfter(res.headers['retry-after'], (input.now ?? (() => new Date()))());
          finish({
            kind: 'failed',
            status,
            error: `HTTP ${status}`,
            retryAfterMs: retryAfter,
            durationMs: elapsed(),
          });
        };
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${input.timeoutMs ?? 15_000} ms`));
    }, input.timeoutMs ?? 15_000);
    req.on('error', (err) =>
      finish({ kind: 'failed', status: null, error: err.message, retryAfterMs: null, durationMs: elapsed() }),
    );
    req.end(input.body);
  });
}
