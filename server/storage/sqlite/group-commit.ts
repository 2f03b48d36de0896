/**
 * Group commit: many small durable writes share one transaction, hence one fsync.
 *
 * Why: with `synchronous = FULL` every COMMIT waits for the WAL to reach the disk, and
 * better-sqlite3 waits on the event-loop thread. One transaction per submission therefore
 * costs one fsync of blocked event loop per request: ~0.14 ms on this machine's virtual disk
 * (~7k/s), but 0.5-2 ms on typical cloud block storage, which alone would cap the service below
 * the 2,000 submissions/s target and inflate every other request's latency. Writes queued during
 * one event-loop turn are committed together on the next `setImmediate`, so the fsync cost is
 * paid per turn instead of per request.
 *
 * Durability is unchanged: a promise settles only after `writeBatch` has returned, i.e. after
 * COMMIT (and its fsync) succeeded. If COMMIT throws, every promise of that batch rejects and
 * none is reported as stored. `writeBatch` isolates items from each other, so one bad item
 * (a duplicate reference, an unknown version) fails alone and the others still commit.
 *
 * setImmediate rather than a microtask: a microtask would flush after the current callback only,
 * while setImmediate runs after the poll phase, when all requests read in this turn have queued.
 */
export type ItemOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface GroupCommit<T, R> {
  /** Queues an item; resolves after the transaction holding it committed. */
  submit(item: T): Promise<R>;
  /** Writes whatever is queued now (synchronously); used before closing the database. */
  flush(): void;
}

/**
 * @param writeBatch writes all items in ONE transaction and returns one outcome per item, in
 *   order; it throws only when the transaction as a whole failed.
 * @example
 * const inserts = createGroupCommit((rows) => db.transaction(() => rows.map(insertInSavepoint)));
 * await inserts.submit(row); // committed and fsynced here
 */
export function createGroupCommit<T, R>(
  writeBatch: (items: readonly T[]) => ItemOutcome<R>[],
): GroupCommit<T, R> {
  interface Pending {
    item: T;
    resolve: (value: R) => void;
    reject: (error: unknown) => void;
  }
  let queue: Pending[] = [];

  function flush(): void {
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    let outcomes: ItemOutcome<R>[];
    try {
      outcomes = writeBatch(batch.map((p) => p.item));
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    if (outcomes.length !== batch.length) {
      const error = new Error(`group commit: ${outcomes.length} outcomes for ${batch.length} items`);
      for (const p of batch) p.reject(error);
      return;
    }
    batch.forEach((p, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) p.resolve(outcome.value);
      else p.reject(outcome.error);
    });
  }

  return {
    submit(item) {
      return new Promise<R>((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush);
        queue.push({ item, resolve, reject });
      });
    },
    flush,
  };
}
