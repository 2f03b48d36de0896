import type { ApiIssue } from '../../schema/api-error.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import type { ApiResult } from '../api/api-client.ts';
import type { Draft } from '../api/services-api.ts';
import type { LocalBackup } from './local-backup.ts';

/** What the save indicator shows ("saglabāts" / "saglabā…" / "bezsaistē" / ...). */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'conflict' }
  | { kind: 'refused'; issues: ApiIssue[] }
  | { kind: 'signed-out' };

export interface AutosaveDeps {
  code: string;
  save: (code: string, baseRevision: number, definition: ServiceDefinition) => Promise<ApiResult<Draft>>;
  backup: LocalBackup;
  onState: (state: SaveState) => void;
  /** The server's answer after each successful save (its open issues feed the publish panel). */
  onSaved?: (draft: Draft) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** Quiet time after the last change before saving: typing a label is one save, not twenty. */
  debounceMs?: number;
}

/** Waits between retries while offline: quick at first, then every 30 s at most. */
export const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000] as const;

export interface Autosave {
  /** The definition changed (any perform, undo or redo). */
  changed(definition: ServiceDefinition): void;
  /** Saves now if anything is unsaved (leaving the page, "Publicēt"). Resolves when done. */
  flush(): Promise<void>;
  /** After a conflict: overwrite theirs with mine, knowingly, from their revision. */
  saveOver(theirRevision: number): Promise<void>;
  /** After a conflict: take theirs as the new starting point (the store shows it). */
  adopt(theirs: Draft): void;
  /** The connection came back: try again at once. */
  retryNow(): void;
  revision(): number;
  state(): SaveState;
  dispose(): void;
}

/**
 * Autosave of the draft with optimistic locking: each PUT names the revision it started from, and
 * a 409 edit_conflict stops saving until the person chooses what to do, so nobody's work is
 * overwritten silently. Network failures keep the work in the local backup and retry with
 * backoff. The last definition is always in the backup until the server has it.
 */
export function createAutosave(
  deps: AutosaveDeps,
  start: { revision: number; definition: ServiceDefinition; dirty?: boolean },
): Autosave {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const debounceMs = deps.debounceMs ?? 600;
  let revision = start.revision;
  let latest = start.definition;
  let serverCopy: ServiceDefinition | undefined = start.dirty ? undefined : start.definition;
  let timer: unknown;
  let inFlight: Promise<void> | undefined;
  let failures = 0;
  let blocked: 'conflict' | 'signed-out' | undefined;
  let disposed = false;
  let state: SaveState = { kind: 'saved' };

  const emit = (next: SaveState) => {
    state = next;
    if (!disposed) deps.onState(next);
  };
  const schedule = (ms: number) => {
    if (timer !== undefined) clearTimer(timer);
    timer = setTimer(() => {
      timer = undefined;
      void run();
    }, ms);
  };
  const backup = () => deps.backup.write({ code: deps.code, baseRevision: revision, definition: latest });

  async function run(): Promise<void> {
    if (inFlight) return inFlight;
    if (blocked || latest === serverCopy) return;
    const sending = latest;
    emit({ kind: 'saving' });
    inFlight = deps.save(deps.code, revision, sending).then((result) => {
      inFlight = undefined;
      if (result.ok) {
        failures = 0;
        revision = result.data.revision;
        serverCopy = sending;
        deps.onSaved?.(result.data);
        if (latest === sending) {
          deps.backup.clear();
          emit({ kind: 'saved' });
        } else {
          backup();
          schedule(debounceMs);
          emit({ kind: 'pending' });
        }
        return;
      }
      if (result.kind === 'network' || result.status >= 500 || result.status === 429) {
        emit({ kind: 'offline' });
        schedule(RETRY_DELAYS_MS[Math.min(failures++, RETRY_DELAYS_MS.length - 1)]!);
      } else if (result.code === 'edit_conflict') {
        blocked = 'conflict';
        emit({ kind: 'conflict' });
      } else if (result.status === 401) {
        blocked = 'signed-out';
        emit({ kind: 'signed-out' });
      } else {
        // 422: the server refuses this definition (e.g. a forbidden field name); the next change retries.
        serverCopy = sending;
        emit({ kind: 'refused', issues: result.issues });
      }
    });
    return inFlight;
  }

  if (start.dirty) {
    backup();
    emit({ kind: 'pending' });
    schedule(0);
  }

  return {
    changed(definition) {
      latest = definition;
      if (latest === serverCopy) {
        if (timer !== undefined) clearTimer(timer);
        timer = undefined;
        deps.backup.clear();
        if (!blocked && !inFlight) emit({ kind: 'saved' });
        return;
      }
      backup();
      if (blocked) return;
      if (state.kind !== 'saving' && state.kind !== 'offline') emit({ kind: 'pending' });
      if (state.kind !== 'offline') schedule(debounceMs);
    },
    async flush() {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      if (inFlight) await inFlight;
      await run();
    },
    async saveOver(theirRevision) {
      revision = theirRevision;
      blocked = undefined;
      serverCopy = undefined;
      await run();
    },
    adopt(theirs) {
      revision = theirs.revision;
      blocked = undefined;
      latest = theirs.definition;
      serverCopy = theirs.definition;
      deps.backup.clear();
      emit({ kind: 'saved' });
    },
    retryNow() {
      if (state.kind === 'offline') schedule(0);
    },
    revision: () => revision,
    state: () => state,
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimer(timer);
    },
  };
}
