/**
 * The clean-up of abandoned work (issue 4): uploads that no submission took and no saved draft
 * kept (UNBOUND_UPLOAD_DAYS after upload, or DRAFT_DAYS after the last save of a draft naming
 * them), expired download links, and drafts DRAFT_DAYS after their last save. main.ts runs it
 * every CLEANUP_INTERVAL_MS.
 */
import type { Repository } from '../storage/repository.ts';

export async function cleanUpAbandoned(
  repo: Repository,
  now: Date,
): Promise<{ files: number; drafts: number }> {
  const at = now.toISOString();
  const drafts = await repo.formDrafts.deleteExpired(at);
  const files = await repo.attachments.deleteExpiredUnbound(at);
  return { files, drafts };
}

/** Starts the periodic clean-up; returns a stop function. Errors are logged, never thrown. */
export function startCleanupTimer(
  repo: Repository,
  clock: () => Date,
  intervalMs: number,
  onError: (error: unknown) => void,
): () => void {
  const run = () => {
    cleanUpAbandoned(repo, clock()).catch(onError);
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
