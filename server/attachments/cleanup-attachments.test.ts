import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRepository } from '../storage/create-repository.ts';
import { startCleanupTimer } from './cleanup-attachments.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('startCleanupTimer', () => {
  it('runs the clean-up at each interval with the clock of that moment, until stopped', async () => {
    vi.useFakeTimers();
    const repo = await createRepository(':memory:');
    const seen: string[] = [];
    const deleteExpired = repo.formDrafts.deleteExpired.bind(repo.formDrafts);
    repo.formDrafts.deleteExpired = async (now) => {
      seen.push(now);
      return deleteExpired(now);
    };
    let now = new Date('2026-11-26T10:00:00.000Z');
    const stop = startCleanupTimer(
      repo,
      () => now,
      60_000,
      (error) => {
        throw error;
      },
    );
    await vi.advanceTimersByTimeAsync(59_999);
    expect(seen).toEqual([]);
    now = new Date('2026-11-26T11:00:00.000Z');
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual(['2026-11-26T11:00:00.000Z']);
    stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(seen).toHaveLength(1);
    await repo.close();
  });
});
