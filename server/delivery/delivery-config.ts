import type { OutboundPolicy } from './outbound-url-guard.ts';
import { RETRY_SCHEDULE_MS } from './retry-schedule.ts';
import { DEVELOPMENT_SECRETS_KEY } from './secret-box.ts';

/** Everything delivery needs from configuration (env: README "Configuration"). */
export interface DeliveryConfig {
  /** AES-256-GCM key for secrets at rest (SECRETS_KEY). */
  secretsKey: Uint8Array;
  /** SSRF policy for webhook URLs (OUTBOUND_ALLOW_HTTP, OUTBOUND_ALLOW_LIST). */
  outbound: OutboundPolicy;
  /** Delay before each attempt; attempt 1 is the first entry. Its length is the number of attempts. */
  retryScheduleMs: readonly number[];
  /** Per-attempt time-out (Standard Webhooks practice: 15 s). */
  timeoutMs: number;
  /** How long a claimed job is a worker's; longer than timeoutMs, so a live worker keeps its jobs. */
  leaseMs: number;
  /** Fallback poll (other processes' jobs, retries): new jobs of this process wake it at once. */
  pollIntervalMs: number;
  /** Deliveries in flight at once per process. */
  concurrency: number;
  /** An endpoint that fails without a single success this long is disabled (DELIVERY_DISABLE_AFTER_HOURS). */
  disableAfterFailingMs: number;
  /** After rotation the old secret keeps signing this long, so receivers can switch. */
  rotationOverlapMs: number;
  /** The platform's own e-address (sender of e-address deliveries). */
  senderEAddress: string;
}

export function buildDeliveryConfig(overrides: Partial<DeliveryConfig> = {}): DeliveryConfig {
  return {
    secretsKey: DEVELOPMENT_SECRETS_KEY,
    outbound: { allowHttp: false, allowList: [] },
    retryScheduleMs: RETRY_SCHEDULE_MS,
    timeoutMs: 15_000,
    leaseMs: 60_000,
    pollIntervalMs: 1_000,
    concurrency: 32,
    disableAfterFailingMs: 5 * 24 * 3_600_000,
    rotationOverlapMs: 24 * 3_600_000,
    senderEAddress: '_DEFAULT@90000000000',
    ...overrides,
  };
}

/** Development and tests: plain http and loopback receivers, explicitly. */
export const LOOPBACK_OUTBOUND: OutboundPolicy = { allowHttp: true, allowList: ['127.0.0.0/8', '::1/128'] };
