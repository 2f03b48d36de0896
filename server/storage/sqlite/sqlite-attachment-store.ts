/**
 * Attachments, receipts and form drafts on SQLite (issue 4). `bindInTransaction` and
 * `addReceiptInTransaction` run inside the submission's own savepoint (sqlite-repository.ts), so a
 * submission and the files it names commit together or not at all.
 */
import { and, asc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import {
  AttachmentBindError,
  type AttachmentRepository,
  type FormDraftRecord,
  type FormDraftRepository,
  type SubmissionExtras,
} from '../attachment-records.ts';
import type { SubmissionRecord } from '../repository.ts';
import { toIsoUtc } from '../to-iso-utc.ts';
import type { SqliteDb } from './open-sqlite.ts';
import { attachmentLinks, attachments, formDrafts, submissionReceipts, submissions } from './tables.ts';

const META = {
  id: attachments.id,
  tokenHash: attachments.tokenHash,
  serviceCode: attachments.serviceCode,
  field: attachments.field,
  fileName: attachments.fileName,
  extension: attachments.extension,
  mediaType: attachments.mediaType,
  sizeBytes: attachments.sizeBytes,
  sha512: attachments.sha512,
  createdAt: attachments.createdAt,
  expiresAt: attachments.expiresAt,
  submissionId: attachments.submissionId,
};

const toBytes = (content: Uint8Array) =>
  new Uint8Array(content.buffer, content.byteOffset, content.byteLength);

export function createSqliteAttachmentStore(db: SqliteDb) {
  /** Inside the caller's transaction. Throws when fewer files than named could be bound. */
  function bindInTransaction(submissionId: string, tokenHashes: readonly string[]): boolean {
    if (tokenHashes.length === 0) return true;
    const bound = db
      .update(attachments)
      .set({ submissionId })
      .where(and(inArray(attachments.tokenHash, [...tokenHashes]), isNull(attachments.submissionId)))
      .run();
    return bound.changes === new Set(tokenHashes).size;
  }

  function addReceiptInTransaction(tokenHash: string, submissionId: string, createdAt: string): void {
    db.insert(submissionReceipts)
      .values({ tokenHash, submissionId, createdAt: toIsoUtc(createdAt) })
      .run();
  }

  /** Inside the submission's savepoint: binds its files and keeps its receipt token's hash. */
  function writeSubmissionExtras(submission: SubmissionRecord, extras: SubmissionExtras): void {
    if (!bindInTransaction(submission.id, extras.bindAttachments ?? [])) {
      throw new AttachmentBindError(submission.reference);
    }
    if (extras.receiptTokenHash) {
      addReceiptInTransaction(extras.receiptTokenHash, submission.id, submission.createdAt);
    }
  }

  const store: AttachmentRepository = {
    async create(record) {
      const stored = {
        ...record,
        createdAt: toIsoUtc(record.createdAt),
        expiresAt: toIsoUtc(record.expiresAt),
      };
      db.insert(attachments).values(stored).run();
      const { content: _content, ...meta } = stored;
      return meta;
    },
    async getByTokenHash(tokenHash) {
      return db.select(META).from(attachments).where(eq(attachments.tokenHash, tokenHash)).get() ?? null;
    },
    async listBySubmission(submissionId) {
      return db
        .select(META)
        .from(attachments)
        .where(eq(attachments.submissionId, submissionId))
        .orderBy(asc(attachments.createdAt), asc(attachments.id))
        .all();
    },
    async getWithContent(id) {
      const row = db.select().from(attachments).where(eq(attachments.id, id)).get();
      return row ? { ...row, content: toBytes(row.content) } : null;
    },
    async deleteUnbound(tokenHash) {
      return (
        db
          .delete(attachments)
          .where(and(eq(attachments.tokenHash, tokenHash), isNull(attachments.submissionId)))
          .run().changes === 1
      );
    },
    async extendUnbound(tokenHashes, expiresAt) {
      if (tokenHashes.length === 0) return;
      const until = toIsoUtc(expiresAt);
      db.update(attachments)
        .set({ expiresAt: until })
        .where(
          and(
            inArray(attachments.tokenHash, [...tokenHashes]),
            isNull(attachments.submissionId),
            lte(attachments.expiresAt, until),
          ),
        )
        .run();
    },
    async deleteExpiredUnbound(now) {
      const at = toIsoUtc(now);
      return db.transaction(() => {
        db.delete(attachmentLinks).where(lte(attachmentLinks.expiresAt, at)).run();
        return db
          .delete(attachments)
          .where(and(isNull(attachments.submissionId), lte(attachments.expiresAt, at)))
          .run().changes;
      });
    },
    async createLink(link) {
      db.insert(attachmentLinks)
        .values({ ...link, createdAt: toIsoUtc(link.createdAt), expiresAt: toIsoUtc(link.expiresAt) })
        .run();
    },
    async resolveLink(tokenHash, now) {
      const row = db
        .select({ attachmentId: attachmentLinks.attachmentId })
        .from(attachmentLinks)
        .where(and(eq(attachmentLinks.tokenHash, tokenHash), gt(attachmentLinks.expiresAt, toIsoUtc(now))))
        .get();
      return row ? store.getWithContent(row.attachmentId) : null;
    },
    async addReceipt(receipt) {
      addReceiptInTransaction(receipt.tokenHash, receipt.submissionId, receipt.createdAt);
    },
    async findReceipt(tokenHash) {
      const row = db
        .select({ reference: submissions.reference })
        .from(submissionReceipts)
        .innerJoin(submissions, eq(submissions.id, submissionReceipts.submissionId))
        .where(eq(submissionReceipts.tokenHash, tokenHash))
        .get();
      return row?.reference ?? null;
    },
  };

  const drafts: FormDraftRepository = {
    async upsertOwned(record) {
      const stored = normaliseDraft(record);
      db.insert(formDrafts)
        .values(stored)
        .onConflictDoUpdate({
          target: [formDrafts.ownerSubject, formDrafts.serviceCode],
          targetWhere: sql`${formDrafts.ownerSubject} is not null`,
          set: {
            version: stored.version,
            data: stored.data,
            step: stored.step,
            updatedAt: stored.updatedAt,
            expiresAt: stored.expiresAt,
          },
        })
        .run();
      return (await drafts.getOwned(record.ownerSubject!, record.serviceCode, '1970-01-01T00:00:00.000Z'))!;
    },
    async create(record) {
      const stored = normaliseDraft(record);
      db.insert(formDrafts).values(stored).run();
      return stored;
    },
    async getOwned(ownerSubject, serviceCode, now) {
      return (
        db
          .select()
          .from(formDrafts)
          .where(
            and(
              eq(formDrafts.ownerSubject, ownerSubject),
              eq(formDrafts.serviceCode, serviceCode),
              gt(formDrafts.expiresAt, toIsoUtc(now)),
            ),
          )
          .get() ?? null
      );
    },
    async listOwned(ownerSubject, now) {
      return db
        .select()
        .from(formDrafts)
        .where(and(eq(formDrafts.ownerSubject, ownerSubject), gt(formDrafts.expiresAt, toIsoUtc(now))))
        .orderBy(asc(formDrafts.updatedAt))
        .all();
    },
    async getByResumeToken(tokenHash) {
      return db.select().from(formDrafts).where(eq(formDrafts.resumeTokenHash, tokenHash)).get() ?? null;
    },
    async update(record) {
      const stored = normaliseDraft(record);
      const result = db
        .update(formDrafts)
        .set({
          version: stored.version,
          data: stored.data,
          step: stored.step,
          updatedAt: stored.updatedAt,
          expiresAt: stored.expiresAt,
        })
        .where(eq(formDrafts.id, record.id))
        .run();
      return result.changes === 1 ? { ok: true, record: stored } : { ok: false, reason: 'not_found' };
    },
    async delete(id) {
      return db.delete(formDrafts).where(eq(formDrafts.id, id)).run().changes === 1;
    },
    async deleteExpired(now) {
      return db
        .delete(formDrafts)
        .where(lte(formDrafts.expiresAt, toIsoUtc(now)))
        .run().changes;
    },
  };

  return { store, drafts, writeSubmissionExtras };
}

function normaliseDraft(record: FormDraftRecord): FormDraftRecord {
  return {
    ...record,
    createdAt: toIsoUtc(record.createdAt),
    updatedAt: toIsoUtc(record.updatedAt),
    expiresAt: toIsoUtc(record.expiresAt),
  };
}
