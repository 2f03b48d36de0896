import { describe, expect, it, vi } from 'vitest';
import { createGroupCommit, type ItemOutcome } from './group-commit.ts';

describe('createGroupCommit', () => {
  it('writes items submitted in one event-loop turn as one batch, resolving after it', async () => {
    const batches: number[][] = [];
    const commit = createGroupCommit<number, string>((items) => {
      batches.push([...items]);
      return items.map((n) => ({ ok: true, value: `stored ${n}` }));
    });
    const first = Promise.all([commit.submit(1), commit.submit(2), commit.submit(3)]);
    expect(batches).toEqual([]);
    expect(await first).toEqual(['stored 1', 'stored 2', 'stored 3']);
    await commit.submit(4);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('rejects only the failed item when the batch commits', async () => {
    const commit = createGroupCommit<number, number>((items) =>
      items.map(
        (n): ItemOutcome<number> =>
          n === 2 ? { ok: false, error: new Error('bad 2') } : { ok: true, value: n },
      ),
    );
    const results = await Promise.allSettled([commit.submit(1), commit.submit(2), commit.submit(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('rejects every item when the transaction itself fails', async () => {
    const commit = createGroupCommit<number, number>(() => {
      throw new Error('disk full');
    });
    const results = await Promise.allSettled([commit.submit(1), commit.submit(2)]);
    expect(results).toEqual([
      { status: 'rejected', reason: new Error('disk full') },
      { status: 'rejected', reason: new Error('disk full') },
    ]);
  });

  it('flush writes the queue at once, so closing loses nothing', async () => {
    const writeBatch = vi.fn((items: readonly number[]) =>
      items.map((n) => ({ ok: true as const, value: n })),
    );
    const commit = createGroupCommit(writeBatch);
    const pending = commit.submit(7);
    commit.flush();
    expect(writeBatch).toHaveBeenCalledTimes(1);
    expect(await pending).toBe(7);
  });
});
