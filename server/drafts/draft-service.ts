/**
 * Form drafts (issue 4): a signed-in person's answers saved as they go (one draft per service,
 * tied to their identity), or anyone's answers behind a resume link (an unguessable token,
 * stored hashed). Each draft is pinned to the published version it was typed for and kept
 * DRAFT_DAYS after its last save; opening it when a newer version exists moves it there.
 */
import { randomUUID } from 'node:crypto';
import type { Ajv } from 'ajv';
import { attachmentTokensIn, findAttachmentFields } from '../../schema/attachments/attachment-field.ts';
import { topLevelFields } from '../../schema/conditions/top-level-fields.ts';
import { ApiError } from '../app/api-error.ts';
import type { AppDeps } from '../app/app-deps.ts';
import { addDays, DRAFT_DAYS } from '../attachments/attachment-policy.ts';
import { createToken, hashToken } from '../attachments/attachment-token.ts';
import { findPublicService, findPublishedVersion } from '../registry/published-service.ts';
import type { FormDraftRecord } from '../storage/attachment-records.ts';
import { type DraftChanges, hasChanges, moveDraft } from './move-draft.ts';

export interface DraftInput {
  version: number;
  data: Record<string, unknown>;
  step: number;
}

export interface DraftView {
  serviceCode: string;
  version: number;
  data: Record<string, unknown>;
  step: number;
  savedAt: string;
  expiresAt: string;
  /** Present when the draft was moved to a newer version as it was opened. */
  changes?: DraftChanges;
}

export const NO_DRAFT = () => new ApiError(404, 'draft_not_found', 'There is no such saved form.');

/** Checks the version and keeps only the form's own top-level answers. */
async function prepare(deps: AppDeps, code: string, input: DraftInput) {
  const service = await findPublicService(deps.repo, code);
  const version = await findPublishedVersion(deps.repo, service, input.version);
  const fields = topLevelFields(version.definition.form.schema);
  const data = Object.fromEntries(Object.entries(input.data).filter(([key]) => fields.has(key)));
  const now = deps.clock();
  const expiresAt = addDays(now, DRAFT_DAYS).toISOString();
  // Files the draft names stay as long as the draft does.
  const tokens = attachmentTokensIn(data, findAttachmentFields(version.definition.form.schema)).flatMap(
    (field) => field.tokens,
  );
  await deps.repo.attachments.extendUnbound(
    tokens.map((token) => hashToken('att', token)!),
    expiresAt,
  );
  return { service, version, data, now: now.toISOString(), expiresAt };
}

export async function saveOwnedDraft(deps: AppDeps, owner: string, code: string, input: DraftInput) {
  const { service, version, data, now, expiresAt } = await prepare(deps, code, input);
  const record = await deps.repo.formDrafts.upsertOwned({
    id: randomUUID(),
    serviceCode: service.code,
    version: version.version,
    data,
    step: input.step,
    ownerSubject: owner,
    resumeTokenHash: null,
    createdAt: now,
    updatedAt: now,
    expiresAt,
  });
  return toView(record);
}

export async function createResumeLink(deps: AppDeps, code: string, input: DraftInput) {
  const { service, version, data, now, expiresAt } = await prepare(deps, code, input);
  const token = createToken('res', deps.randomBytes);
  const record = await deps.repo.formDrafts.create({
    id: randomUUID(),
    serviceCode: service.code,
    version: version.version,
    data,
    step: input.step,
    ownerSubject: null,
    resumeTokenHash: hashToken('res', token)!,
    createdAt: now,
    updatedAt: now,
    expiresAt,
  });
  return { token, draft: toView(record) };
}

/** The draft behind a resume link; 404 when unknown, 410 draft_expired once its time has passed. */
export async function findResumeDraft(deps: AppDeps, token: string): Promise<FormDraftRecord> {
  const hash = hashToken('res', token);
  const record = hash ? await deps.repo.formDrafts.getByResumeToken(hash) : null;
  if (!record) throw NO_DRAFT();
  if (record.expiresAt <= deps.clock().toISOString()) {
    throw new ApiError(
      410,
      'draft_expired',
      'This resume link has expired, and the saved answers were deleted.',
    );
  }
  return record;
}

export async function updateResumeDraft(deps: AppDeps, token: string, input: DraftInput) {
  const existing = await findResumeDraft(deps, token);
  const { version, data, now, expiresAt } = await prepare(deps, existing.serviceCode, input);
  const saved = await deps.repo.formDrafts.update({
    ...existing,
    version: version.version,
    data,
    step: input.step,
    updatedAt: now,
    expiresAt,
  });
  if (!saved.ok) throw NO_DRAFT();
  return toView(saved.record);
}

/**
 * Opens a draft: when the service has a newer published version, the answers move to it where
 * the fields still match, the draft is saved so, and the view says what changed.
 */
export async function openDraft(deps: AppDeps, ajv: Ajv, record: FormDraftRecord): Promise<DraftView> {
  const service = await findPublicService(deps.repo, record.serviceCode);
  if (service.latestVersion === null || service.latestVersion <= record.version) return toView(record);
  const [from, to] = await Promise.all([
    findPublishedVersion(deps.repo, service, record.version),
    findPublishedVersion(deps.repo, service, service.latestVersion),
  ]);
  const moved = moveDraft(ajv, record.data, from.definition, to.definition);
  const saved = await deps.repo.formDrafts.update({
    ...record,
    version: to.version,
    data: moved.data,
    step: 0,
    updatedAt: deps.clock().toISOString(),
  });
  if (!saved.ok) throw NO_DRAFT();
  return { ...toView(saved.record), ...(hasChanges(moved.changes) ? { changes: moved.changes } : {}) };
}

function toView(record: FormDraftRecord): DraftView {
  return {
    serviceCode: record.serviceCode,
    version: record.version,
    data: record.data,
    step: record.step,
    savedAt: record.updatedAt,
    expiresAt: record.expiresAt,
  };
}
