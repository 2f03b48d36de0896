import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  /** Epoch milliseconds; absent = no expiry. */
  expiresAt?: number;
}

interface StateFile {
  version: 1;
  entries: Array<[string, Entry]>;
}

export interface FileAdapter {
  /** For oidc-provider's `adapter` option: one adapter per model name, all sharing one store. */
  factory: AdapterFactory;
  /** Resolves when every change so far is on disk. */
  flush(): Promise<void>;
}

/**
 * A storage adapter for oidc-provider that keeps everything in memory and writes it to one JSON
 * file after each change, so provider sessions, grants and consumed codes survive a restart of
 * the host (`tsx watch` restarts it on every edit; without this, every edit signs everyone out
 * of the provider). One process only, small data only: this is the embedded demo provider, not a
 * production store. The file holds live session ids and tokens, so it is written 0600, atomically
 * (temporary file + rename).
 *
 * The interface is oidc-provider's Adapter (example/my_adapter.js); `revokeByGrantId` is called on
 * each token model's adapter and removes that model's entries of the grant.
 */
export async function createFileAdapter(
  stateFile: string,
  now: () => number = Date.now,
): Promise<FileAdapter> {
  const store = new Map<string, Entry>(await load(stateFile, now()));
  let queued: Promise<void> | null = null;
  let last: Promise<void> = Promise.resolve();

  /** Coalesces changes: a write that has not started yet will include every later change too. */
  function persist(): Promise<void> {
    if (queued) return queued;
    const write = last.then(async () => {
      queued = null;
      const live = [...store].filter(([, entry]) => !isExpired(entry, now()));
      const data: StateFile = { version: 1, entries: live };
      await mkdir(dirname(stateFile), { recursive: true, mode: 0o700 });
      const temporary = `${stateFile}.${randomUUID()}.tmp`;
      await writeFile(temporary, JSON.stringify(data), { mode: 0o600 });
      await rename(temporary, stateFile);
    });
    queued = write;
    last = write.catch(() => {}); // a failed write must not block the next one
    return write;
  }

  function live(key: string): Entry | undefined {
    const entry = store.get(key);
    if (entry && isExpired(entry, now())) {
      store.delete(key);
      return undefined;
    }
    return entry;
  }

  function findWhere(model: string, match: (payload: AdapterPayload) => boolean): AdapterPayload | undefined {
    for (const [key, entry] of store) {
      if (key.startsWith(`${model}:`) && !isExpired(entry, now()) && match(entry.payload)) {
        return structuredClone(entry.payload);
      }
    }
    return undefined;
  }

  const factory: AdapterFactory = (model: string): Adapter => {
    const keyOf = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        const entry: Entry = { payload: structuredClone(payload) };
        if (typeof expiresIn === 'number') entry.expiresAt = now() + expiresIn * 1000;
        store.set(keyOf(id), entry);
        await persist();
      },
      async find(id) {
        const entry = live(keyOf(id));
        return entry ? structuredClone(entry.payload) : undefined;
      },
      async findByUid(uid) {
        return findWhere(model, (payload) => payload.uid === uid);
      },
      async findByUserCode(userCode) {
        return findWhere(model, (payload) => payload.userCode === userCode);
      },
      async consume(id) {
        const entry = live(keyOf(id));
        if (!entry) return;
        entry.payload.consumed = Math.floor(now() / 1000);
        await persist();
      },
      async destroy(id) {
        if (store.delete(keyOf(id))) await persist();
      },
      async revokeByGrantId(grantId) {
        let changed = false;
        for (const [key, entry] of store) {
          if (key.startsWith(`${model}:`) && entry.payload.grantId === grantId) {
            store.delete(key);
            changed = true;
          }
        }
        if (changed) await persist();
      },
    };
  };

  return { factory, flush: () => last };
}

async function load(stateFile: string, nowMs: number): Promise<Array<[string, Entry]>> {
  let text: string;
  try {
    text = await readFile(stateFile, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw error;
  }
  try {
    const data = JSON.parse(text) as StateFile;
    if (data.version !== 1 || !Array.isArray(data.entries)) return [];
    return data.entries.filter(([, entry]) => !isExpired(entry, nowMs));
  } catch {
    // A damaged state file only costs everyone a new sign-in; it must not stop the host starting.
    return [];
  }
}

function isExpired(entry: Entry, nowMs: number): boolean {
  return entry.expiresAt !== undefined && entry.expiresAt <= nowMs;
}
