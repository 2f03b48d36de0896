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

/**
 * Chooses the starting point after a reload. Work kept in the browser wins when it differs from
 * the server's copy: if the server moved on meanwhile, the restored work still names its old
 * base revision, so the first save meets the usual 409 and the conflict way forward, never a
 * silent overwrite of someone else's save.
 */
export function chooseStart(draft: Draft, backup: BackupEntry | undefined): DesignerStart {
  if (!backup || JSON.stringify(backup.definition) === JSON.stringify(draft.definition)) {
    return { definition: draft.definition, revision: draft.revision, dirty: false };
  }
  return {
    definition: backup.definition,
    revision: Math.min(backup.baseRevision, draft.revision),
    dirty: true,
  };
}
