import { describe, expect, it } from 'vitest';
import { remainingParts, timeoutPhase, WARN_BEFORE_MS, warnBeforeFor } from './timeout-schedule.ts';

const at = (iso: string) => Date.parse(iso);

describe('timeoutPhase', () => {
  it('is quiet until two minutes before the expiry, and says when to look again', () => {
    expect(timeoutPhase(at('2026-01-01T10:00:00Z'), '2026-01-01T10:20:00Z')).toEqual({
      phase: 'quiet',
      checkInMs: 18 * 60_000,
    });
  });

  it('warns inside the last two minutes with the time left', () => {
    expect(timeoutPhase(at('2026-01-01T10:18:30Z'), '2026-01-01T10:20:00Z')).toEqual({
      phase: 'warning',
      remainingMs: 90_000,
    });
    expect(timeoutPhase(at('2026-01-01T10:18:00Z'), '2026-01-01T10:20:00Z').phase).toBe('warning');
  });

  it('is expired at and after the expiry, and for an unreadable time', () => {
    expect(timeoutPhase(at('2026-01-01T10:20:00Z'), '2026-01-01T10:20:00Z')).toEqual({ phase: 'expired' });
    expect(timeoutPhase(at('2026-01-01T11:00:00Z'), '2026-01-01T10:20:00Z')).toEqual({ phase: 'expired' });
    expect(timeoutPhase(at('2026-01-01T10:00:00Z'), 'not a time')).toEqual({ phase: 'expired' });
  });

  it('takes a shorter warning time (a short test session)', () => {
    expect(timeoutPhase(at('2026-01-01T10:00:00Z'), '2026-01-01T10:01:00Z', 30_000)).toEqual({
      phase: 'quiet',
      checkInMs: 30_000,
    });
    expect(WARN_BEFORE_MS).toBeGreaterThanOrEqual(20_000);
  });
});

describe('warnBeforeFor', () => {
  it('warns two minutes ahead, or half-way through a shorter session', () => {
    expect(warnBeforeFor(20 * 60)).toBe(120_000);
    expect(warnBeforeFor(60)).toBe(30_000);
    expect(warnBeforeFor(undefined)).toBe(120_000);
  });
});

describe('remainingParts', () => {
  it('counts whole minutes while more than one is left, then tens of seconds', () => {
    expect(remainingParts(119_000)).toEqual({ minutes: 2, seconds: 0 });
    expect(remainingParts(61_000)).toEqual({ minutes: 2, seconds: 0 });
    expect(remainingParts(60_000)).toEqual({ minutes: 0, seconds: 60 });
    expect(remainingParts(41_000)).toEqual({ minutes: 0, seconds: 50 });
    expect(remainingParts(3_000)).toEqual({ minutes: 0, seconds: 10 });
  });
});
