import type { BackupEntry, LocalBackup } from './local-backup.ts';

/**
 * Writes the local backup after a short pause instead of on every keystroke: serialising a
 * 500-field form into localStorage costs a few milliseconds, which typing should not pay each
 * time. `flush()` writes at once; it runs when the page is hidden or unloaded, so a reload still
 * finds the latest work.
 */
export function createDebouncedBackup(
  inner: LocalBackup,
  delayMs = 300,
  timers: { set: (run: () => void, ms: number) => unknown; clear: (timer: unknown) => void } = {
    set: (run, ms) => setTimeout(run, ms),
    clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  },
): LocalBackup & { flush(): void } {
  let pending: BackupEntry | undefined;
  let timer: unknown;
  const flush = () => {
    if (timer !== undefined) timers.clear(timer);
    timer = undefined;
    if (pending) inner.write(pending);
    pending = undefined;
  };
  return {
    read: () => pending ?? inner.read(),
    write(entry) {
      pending = entry;
      if (timer === undefined) timer = timers.set(flush, delayMs);
    },
    clear() {
      if (timer !== undefined) timers.clear(timer);
      timer = undefined;
      pending = undefined;
      inner.clear();
    },
    flush,
  };
}
