/** Warn this long before the idle time-out (WCAG 2.2.1 asks for at least 20 seconds to react). */
export const WARN_BEFORE_MS = 2 * 60_000;

/**
 * How long before the end to warn: two minutes, or half the idle time-out when that is shorter
 * (a deployment with very short sessions must not be warning all the time).
 * @example warnBeforeFor(60) // 30_000
 */
export function warnBeforeFor(idleTimeoutSeconds: number | undefined): number {
  if (!idleTimeoutSeconds || idleTimeoutSeconds <= 0) return WARN_BEFORE_MS;
  return Math.min(WARN_BEFORE_MS, (idleTimeoutSeconds * 1000) / 2);
}

export type TimeoutPhase =
  /** Nothing to show; look again after `checkInMs`. */
  | { phase: 'quiet'; checkInMs: number }
  /** Show the warning; `remainingMs` until the session ends. */
  | { phase: 'warning'; remainingMs: number }
  | { phase: 'expired' };

/**
 * Where a session is in its idle life, on the server's clock (`now` already corrected for skew).
 * The warning starts `warnBeforeMs` before the expiry, or at once for a session shorter than that
 * (never later than half its remaining life, so there is always time to react).
 *
 * @example timeoutPhase(Date.parse('2026-01-01T10:00:00Z'), '2026-01-01T10:20:00Z')
 *   // { phase: 'quiet', checkInMs: 1_080_000 }
 */
export function timeoutPhase(
  now: number,
  idleExpiresAt: string,
  warnBeforeMs = WARN_BEFORE_MS,
): TimeoutPhase {
  const remainingMs = Date.parse(idleExpiresAt) - now;
  if (!Number.isFinite(remainingMs) || remainingMs <= 0) return { phase: 'expired' };
  if (remainingMs <= warnBeforeMs) return { phase: 'warning', remainingMs };
  return { phase: 'quiet', checkInMs: remainingMs - warnBeforeMs };
}

/**
 * Minutes and seconds left, in words a screen reader reads well: whole minutes while more than
 * one is left, then seconds rounded to 10 (announcing every second would be noise).
 */
export function remainingParts(remainingMs: number): { minutes: number; seconds: number } {
  const totalSeconds = Math.max(0, Math.ceil(remainingMs / 1000));
  if (totalSeconds > 60) return { minutes: Math.ceil(totalSeconds / 60), seconds: 0 };
  return { minutes: 0, seconds: Math.max(10, Math.ceil(totalSeconds / 10) * 10) };
}
