/**
 * Storage boundary for attachments, receipts and form drafts (issue 4). Implemented by
 * sqlite/sqlite-attachment-store.ts and postgres/pg-attachment-store.ts; the shared suite is
 * attachment-repository.test.ts.
 */

/** An uploaded file without its bytes. */
export interface AttachmentMeta {
  id: string;
  /** SHA-256 (hex) of the upload token; the token itself is never stored. */
  tokenHash: string;
  serviceCode: string;
  /** Data path of the field it was uploaded for, e.g. `/documents`. */
  field: string;
  fileName: string;
  /** Lower-case extension of the file name, one of ATTACHMENT_TYPES. */
  extension: string;
  mediaType: string;
  sizeBytes: number;
  /** SHA-512 of the content, hex. */
  sha512: string;
  createdAt: string;
  /** When an unbound file is deleted; meaningless once bound. */
  expiresAt: string;
  submissionId: string | null;
}

export interface AttachmentRecord extends AttachmentMeta {
  content: Uint8Array;
}

/**
 * What a submission insert also writes in its own transaction: files to bind (by token hash,
 * each checked beforehand; the insert fails with AttachmentBindError when one was bound or
 * deleted meanwhile) and the hash of the receipt token handed to the submitter.
 */
export interface SubmissionExtras {
  bindAttachments?: readonly string[];
  receiptTokenHash?: string | null;
}

/** A file named by the submission could not be bound: it was bound elsewhere or deleted meanwhile. */
export class AttachmentBindError extends Error {
  constructor(readonly submissionReference: string) {
    super(`attachments: a file for ${submissionReference} was bound elsewhere or deleted`);
    this.name = 'AttachmentBindError';
  }
}

export interface FormDraftRecord {
  id: string;
  serviceCode: string;
  /** The published version the answers were typed for. */
  version: number;
  data: Record<string, unknown>;
  step: number;
  /** The signed-in owner's subject, or null for a draft reached by its resume link. */
  ownerSubject: string | null;
  /** SHA-256 (hex) of the resume token, or null. */
  resumeTokenHash: string | null;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
}

export interface AttachmentRepository {
  create(record: AttachmentRecord): Promise<AttachmentMeta>;
  getByTokenHash(tokenHash: string): Promise<AttachmentMeta | null>;
  /** In upload order. */
  listBySubmission(submissionId: string): Promise<AttachmentMeta[]>;
  getWithContent(id: string): Promise<AttachmentRecord | null>;
  /** Removes a file no submission has bound; false when there is none. */
  deleteUnbound(tokenHash: string): Promise<boolean>;
  /** Keeps unbound files named by a saved draft until `expiresAt` (never shortens). */
  extendUnbound(tokenHashes: readonly string[], expiresAt: string): Promise<void>;
  /** Deletes unbound files that expired at or before `now`, and expired links; returns how many files. */
  deleteExpiredUnbound(now: string): Promise<number>;
  createLink(link: {
    tokenHash: string;
    attachmentId: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void>;
  /** The attachment a download link opens, when the link has not expired at `now`. */
  resolveLink(tokenHash: string, now: string): Promise<AttachmentRecord | null>;
  addReceipt(receipt: { tokenHash: string; submissionId: string; createdAt: string }): Promise<void>;
  /** The reference of the submission a receipt token opens. */
  findReceipt(tokenHash: string): Promise<string | null>;
}

export type DraftSaveOutcome = { ok: true; record: FormDraftRecord } | { ok: false; reason: 'not_found' };

export interface FormDraftRepository {
  /** Inserts, or replaces the owner's draft of the same service (one per owner and service). */
  upsertOwned(record: FormDraftRecord): Promise<FormDraftRecord>;
  create(record: FormDraftRecord): Promise<FormDraftRecord>;
  getOwned(ownerSubject: string, serviceCode: string, now: string): Promise<FormDraftRecord | null>;
  listOwned(ownerSubject: string, now: string): Promise<FormDraftRecord[]>;
  getByResumeToken(tokenHash: string): Promise<FormDraftRecord | null>;
  /** Replaces data, step, version, updatedAt and expiresAt of a draft by id. */
  update(record: FormDraftRecord): Promise<DraftSaveOutcome>;
  delete(id: string): Promise<boolean>;
  deleteExpired(now: string): Promise<number>;
}
