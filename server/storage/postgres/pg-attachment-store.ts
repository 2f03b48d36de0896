/**
 * Attachments, receipts and form drafts on PostgreSQL (issue 4). `bindInTransaction` and
 * `addReceiptInTransaction` take the submission's transaction (pg-repository.ts), so a submission
 * and the files it names commit together or not at all; the bind is one conditional UPDATE, so
 * two submissions racing for one file cannot both get it.
 */
import { and, asc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import {
  AttachmentBindError,
  type AttachmentMeta,
  type AttachmentRepository,
  type FormDraftRecord,
  type FormDraftRepository,
  type SubmissionExtras,
} from '../attachment-records.ts';
import type { SubmissionRecord } from '../repository.ts';
import { toIsoUtc } from '../to-iso-utc.ts';
import type { PostgresDb } from './open-postgres.ts';
import { attachmentLinks, attachments, formDrafts, submissionReceipts, submissions } from './tables.ts';

type Tx = Parameters<Parameters<PostgresDb['transaction']>[0]>[0];

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

const toMeta = (row: AttachmentMeta): AttachmentMeta => ({
  ...row,
  createdAt: toIsoUtc(row.createdAt),
  expiresAt: toIsoUtc(row.expiresAt),
});

const toDraft = (row: typeof formDrafts.$inferSelect): FormDraftRecord => ({
  ...row,
  createdAt: toIsoUtc(row.createdAt),
  updatedAt: toIsoUtc(row.updatedAt),
  expiresAt: toIsoUtc(row.expiresAt),
});

export function createPgAttachmentStore(db: PostgresDb) {
  async function bindInTransaction(tx: Tx, submissionId: string, tokenHashes: readonly string[]) {
    if (tokenHashes.length === 0) return true;
    const bound = await tx
      .update(attachments)
      .set({ submissionId })
      .where(and(inArray(attachments.tokenHash, [...tokenHashes]), isNull(attachments.submissionId)))
      .returning({ id: attachments.id });
    return bound.length === new Set(tokenHashes).size;
  }

  async function addReceiptInTransaction(tx: Tx, tokenHash: string, submissionId: string, createdAt: string) {
    await tx.insert(submissionReceipts).values({ tokenHash, submissionId, createdAt: toIsoUtc(createdAt) });
  }

  /** Inside the submission's transaction: binds its files and keeps its receipt token's hash. */
  async function writeSubmissionExtras(tx: Tx, submission: SubmissionRecord, extras: SubmissionExtras) {
    if (!(await bindInTransaction(tx, submission.id, extras.bindAttachments ?? []))) {
      throw new AttachmentBindError(submission.reference);
    }
    if (extras.receiptTokenHash) {
      await addReceiptInTransaction(tx, extras.receiptTokenHash, submission.id, submission.createdAt);
    }
  }

  const store: AttachmentRepository = {
    async create(record) {
      const stored = {
        ...record,
        createdAt: toIsoUtc(record.createdAt),
        expiresAt: toIsoUtc(record.expiresAt),
      };
      await db.insert(attachments).values(stored);
      const { content: _content, ...meta } = stored;
      return meta;
    },
    async getByTokenHash(tokenHash) {
      const [row] = await db.select(META).from(attachments).where(eq(attachments.tokenHash, tokenHash));
      return row ? toMeta(row) : null;
    },
    async listBySubmission(submissionId) {
      const rows = await db
        .select(META)
        .from(attachments)
        .where(eq(attachments.submissionId, submissionId))
        .orderBy(asc(attachments.createdAt), asc(attachments.id));
      return rows.map(toMeta);
    },
    async getWithContent(id) {
      const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
      return row ? { ...toMeta(row), content: row.content } : null;
    },
    async deleteUnbound(tokenHash) {
      const rows = await db
        .delete(attachments)
        .where(and(eq(attachments.tokenHash, tokenHash), isNull(attachments.submissionId)))
        .returning({ id: attachments.id });
      return rows.length === 1;
    },
    async extendUnbound(tokenHashes, expiresAt) {
      if (tokenHashes.length === 0) return;
      const until = toIsoUtc(expiresAt);
      await db
        .update(attachments)
        .set({ expiresAt: until })
        .where(
          and(
            inArray(attachments.tokenHash, [...tokenHashes]),
            isNull(attachments.submissionId),
            lte(attachments.expiresAt, until),
          ),
        );
    },
    async deleteExpiredUnbound(now) {
      const at = toIsoUtc(now);
      return db.transaction(async (tx) => {
        await tx.delete(attachmentLinks).where(lte(attachmentLinks.expiresAt, at));
        const deleted = await tx
          .delete(attachments)
          .where(and(isNull(attachments.submissionId), lte(attachments.expiresAt, at)))
          .returning({ id: attachments.id });
        return deleted.length;
      });
    },
    async createLink(link) {
      await db
        .insert(attachmentLinks)
        .values({ ...link, createdAt: toIsoUtc(link.createdAt), expiresAt: toIsoUtc(link.expiresAt) });
    },
    async resolveLink(tokenHash, now) {
      const [row] = await db
        .select({ attachmentId: attachmentLinks.attachmentId })
        .from(attachmentLinks)
        .where(and(eq(attachmentLinks.tokenHash, tokenHash), gt(attachmentLinks.expiresAt, toIsoUtc(now))));
      return row ? store.getWithContent(row.attachmentId) : null;
    },
    async addReceipt(receipt) {
      await db.insert(submissionReceipts).values({ ...receipt, createdAt: toIsoUtc(receipt.createdAt) });
    },
    async findReceipt(tokenHash) {
      const [row] = await db
        .select({ reference: submissions.reference })
        .from(submissionReceipts)
        .innerJoin(submissions, eq(submissions.id, submissionReceipts.submissionId))
        .where(eq(submissionReceipts.tokenHash, tokenHash));
      return row?.reference ?? null;
    },
  };

  const drafts: FormDraftRepository = {
    async upsertOwned(record) {
      const stored = normaliseDraft(record);
      const [row] = await db
        .insert(formDrafts)
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
        .returning();
      return toDraft(row!);
    },
    async create(record) {
      const stored = normaliseDraft(record);
      await db.insert(formDrafts).values(stored);
      return stored;
    },
    async getOwned(ownerSubject, serviceCode, now) {
      const [row] = await db
        .select()
        .from(formDrafts)
        .where(
          and(
            eq(formDrafts.ownerSubject, ownerSubject),
            eq(formDrafts.serviceCode, serviceCode),
            gt(formDrafts.expiresAt, toIsoUtc(now)),
          ),
        );
      return row ? toDraft(row) : null;
    },
    async listOwned(ownerSubject, now) {
      const rows = await db
        .select()
        .from(formDrafts)
        .where(and(eq(formDrafts.ownerSubject, ownerSubject), gt(formDrafts.expiresAt, toIsoUtc(now))))
        .orderBy(asc(formDrafts.updatedAt));
      return rows.map(toDraft);
    },
    async getByResumeToken(tokenHash) {
      const [row] = await db.select().from(formDrafts).where(eq(formDrafts.resumeTokenHash, tokenHash));
      return row ? toDraft(row) : null;
    },
    async update(record) {
      const stored = normaliseDraft(record);
      const rows = await db
        .update(formDrafts)
        .set({
          version: stored.version,
          data: stored.data,
          step: stored.step,
          updatedAt: stored.updatedAt,
          expiresAt: stored.expiresAt,
        })
        .where(eq(formDrafts.id, record.id))
        .returning({ id: formDrafts.id });
      return rows.length === 1 ? { ok: true, record: stored } : { ok: false, reason: 'not_found' };
    },
    async delete(id) {
      const rows = await db.delete(formDrafts).where(eq(formDrafts.id, id)).returning({ id: formDrafts.id });
      return rows.length === 1;
    },
    async deleteExpired(now) {
      const rows = await db
        .delete(formDrafts)
        .where(lte(formDrafts.expiresAt, toIsoUtc(now)))
        .returning({ id: formDrafts.id });
      return rows.length;
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
