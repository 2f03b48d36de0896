/**
 * When to try a failed delivery again: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h
 * (the Standard Webhooks / Svix schedule), each with ±20 % jitter so a recovering receiver is not
 * hit by every queued message at the same second. A receiver's Retry-After is honoured when it
 * asks for longer, capped at a day.
 */
export const RETRY_SCHEDULE_MS = [
  0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
] as const;
const MAX_RETRY_AFTER_MS = 86_400_000;

/** Delay before attempt number `attempt` (1-based: attempt 1 is the first try), or null when exhausted. */
export function nextAttemptDelay(
  attempt: number,
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
  schedule: readonly number[] = RETRY_SCHEDULE_MS,
): number | null {
  const base = schedule[attempt - 1];
  if (base === undefined) return null;
  const jittered = Math.round(base * (0.8 + 0.4 * random()));
  if (retryAfterMs === null) return jittered;
  return Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/** Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3), in ms from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
