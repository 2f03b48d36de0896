import type { ServiceDefinition } from '../../schema/service-definition.ts';
import type { Draft } from '../api/services-api.ts';
import type { BackupEntry } from '../save/local-backup.ts';

/** Where the designer starts: the server's draft, or unsaved work this browser still holds. */
export interface DesignerStart {
  definition: ServiceDefinition;
  /** The revision the first save names as its base. */
  revision: number;
  /** Unsaved work was restored: save it at once. */
  dirty: boolean;
}

/** JSON with object keys sorted, so the same content compares equal however it was built. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/**
 * Whether two definitions hold the same work. The server stamps code, agency, state and version
 * on every save, so only what staff edit is compared: a save that reached the server just before
 * a reload (its answer lost) then counts as saved, not as a conflict with itself.
 */
export function sameWork(a: ServiceDefinition, b: ServiceDefinition): boolean {
  const work = (d: ServiceDefinition) => canonical([d.title, d.description, d.form, d.settings]);
  return work(a) === work(b);
}

/**
 * Chooses the starting point after a reload. Work kept in the browser wins when it differs from
 * the server's copy: if the server moved on meanwhile, the restored work still names its old
 * base revision, so the first save meets the usual 409 and the conflict way forward, never a
 * silent overwrite of someone else's save.
 */
export function chooseStart(draft: Draft, backup: BackupEntry | undefined): DesignerStart {
  if (!backup || sameWork(backup.definition, draft.definition)) {
    return { definition: draft.definition, revision: draft.revision, dirty: false };
  }
  return {
    definition: backup.definition,
    revision: Math.min(backup.baseRevision, draft.revision),
    dirty: true,
  };
}
