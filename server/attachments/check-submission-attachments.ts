/**
 * Before a submission is stored: every upload token its data names must exist, have been uploaded for this service and this field, and still fit the field's limits in the version
 * being submitted (an upload made against an older version is checked again). Returns the token
 * hashes to bind in the submission's transaction, or throws 422 with one issue per bad file.
 */
import { attachmentTokensIn, findAttachmentFields } from '../../schema/attachments/attachment-field.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { ApiError } from '../app/api-error.ts';
import type { AppDeps } from '../app/app-deps.ts';
import { hashToken } from './attachment-token.ts';

export async function checkSubmissionAttachments(
  deps: AppDeps,
  serviceCode: string,
  definition: ServiceDefinition,
  data: Record<string, unknown>,
): Promise<string[]> {
  const fields = findAttachmentFields(definition.form.schema);
  if (fields.length === 0) return [];
  const named = attachmentTokensIn(data, fields);
  const hashes: string[] = [];
  const issues: Array<{ code: string; path: string; message: string }> = [];
  const seen = new Set<string>();
  const now = deps.clock().toISOString();
  for (const { path, field: fieldPath, tokens } of named) {
    const limits = fields.find((field) => field.path === fieldPath)!.limits;
    for (const [index, token] of tokens.entries()) {
      const at = `${path}/${index}`;
      const hash = hashToken('att', token)!;
      if (seen.has(hash)) {
        issues.push({ code: 'attachment_not_found', path: at, message: 'The same file is named twice.' });
        continue;
      }
      seen.add(hash);
      const meta = await deps.repo.attachments.getByTokenHash(hash);
      // Unknown, expired, or another service's or field's: one answer, so nothing can be probed.
      // A file already bound passes here: the bind in the insert's transaction refuses it (409)
      // unless this is an idempotent retry of the submission that has it.
      if (
        !meta ||
        (meta.submissionId === null && meta.expiresAt <= now) ||
        meta.serviceCode !== serviceCode ||
        meta.field !== fieldPath
      ) {
        issues.push({
          code: 'attachment_not_found',
          path: at,
          message: 'This file is not available any more. Upload it again.',
        });
        continue;
      }
      if (
        meta.sizeBytes > limits.maxFileBytes ||
        !(limits.types as readonly string[]).includes(meta.extension)
      ) {
        issues.push({
          code: 'file_type_not_allowed',
          path: at,
          message: `The file ${meta.fileName} is not allowed in this field any more. Remove it or upload another.`,
        });
        continue;
      }
      hashes.push(hash);
    }
  }
  if (issues.length > 0) {
    throw new ApiError(422, 'attachment_not_found', 'Some attached files cannot be used.', issues);
  }
  return hashes;
}
