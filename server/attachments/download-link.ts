/**
 * Expiring download links for agencies' systems (helper A puts them into webhook payloads): the
 * link's token is stored hashed with its expiry, so it works for DOWNLOAD_LINK_HOURS and can be
 * revoked by deleting the row. No shared signing secret is needed.
 */
import type { AppDeps } from '../app/app-deps.ts';
import { addHours, DOWNLOAD_LINK_HOURS } from './attachment-policy.ts';
import { createToken, hashToken } from './attachment-token.ts';

/**
 * @example await createAttachmentDownloadLink(deps, file.id) // 'https://.../api/attachment-links/dl_...'
 */
export async function createAttachmentDownloadLink(
  deps: Pick<AppDeps, 'repo' | 'clock' | 'config' | 'randomBytes'>,
  attachmentId: string,
  hours = DOWNLOAD_LINK_HOURS,
): Promise<{ url: string; expiresAt: string }> {
  const token = createToken('dl', deps.randomBytes);
  const now = deps.clock();
  const expiresAt = addHours(now, hours).toISOString();
  await deps.repo.attachments.createLink({
    tokenHash: hashToken('dl', token)!,
    attachmentId,
    createdAt: now.toISOString(),
    expiresAt,
  });
  return { url: `${deps.config.publicUrl.replace(/\/$/, '')}/api/attachment-links/${token}`, expiresAt };
}
