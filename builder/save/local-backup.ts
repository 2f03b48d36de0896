import type { ServiceDefinition } from '../../schema/service-definition.ts';

/** Unsaved work kept in the browser, so a reload or a crash loses nothing. */
export interface BackupEntry {
  code: string;
  /** The server revision this work started from. */
  baseRevision: number;
  definition: ServiceDefinition;
}

export interface LocalBackup {
  read(): BackupEntry | undefined;
  write(entry: BackupEntry): void;
  clear(): void;
}

const key = (code: string) => `builder.unsaved.${code}`;

/**
 * One slot per service in localStorage. A full or blocked storage (private mode, quota) only
 * means the backup is skipped: the server copy is still saved.
 */
export function createLocalBackup(code: string, storage: Storage | undefined): LocalBackup {
  return {
    read() {
      try {
        const raw = storage?.getItem(key(code));
        if (!raw) return undefined;
        const entry = JSON.parse(raw) as Partial<BackupEntry>;
        if (
          entry.code !== code ||
          typeof entry.baseRevision !== 'number' ||
          typeof entry.definition !== 'object'
        ) {
          return undefined;
        }
        return entry as BackupEntry;
      } catch {
        return undefined;
      }
    },
    write(entry) {
      try {
        storage?.setItem(key(code), JSON.stringify(entry));
      } catch {
        // Quota or privacy settings: nothing more to do here.
      }
    },
    clear() {
      try {
        storage?.removeItem(key(code));
      } catch {
        // As above.
      }
    },
  };
}
