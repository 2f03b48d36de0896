import { describe, expect, it } from 'vitest';
import { buildDefinition } from '../../schema/build-definition.ts';
import { createDebouncedBackup } from './debounced-backup.ts';
import type { BackupEntry } from './local-backup.ts';

function harness() {
  const written: BackupEntry[] = [];
  let cleared = 0;
  let due: (() => void) | undefined;
  const backup = createDebouncedBackup(
    { read: () => written.at(-1), write: (e) => written.push(e), clear: () => (cleared += 1) },
    300,
    { set: (run) => (due = run), clear: () => (due = undefined) },
  );
  return { backup, written, cleared: () => cleared, tick: () => due?.() };
}

const entry = (n: number): BackupEntry => ({ code: 'x', baseRevision: n, definition: buildDefinition() });

describe('createDebouncedBackup', () => {
  it('writes the last of a burst once, after the pause', () => {
    const h = harness();
    h.backup.write(entry(1));
    h.backup.write(entry(2));
    expect(h.written).toEqual([]);
    expect(h.backup.read()?.baseRevision).toBe(2);
    h.tick();
    expect(h.written.map((e) => e.baseRevision)).toEqual([2]);
  });

  it('writes at once on flush, and a clear drops what was pending', () => {
    const h = harness();
    h.backup.write(entry(1));
    h.backup.flush();
    expect(h.written).toHaveLength(1);
    h.backup.write(entry(2));
    h.backup.clear();
    h.tick();
    expect(h.written).toHaveLength(1);
    expect(h.cleared()).toBe(1);
  });
});
