/**
 * The attachment and form-draft part of the repository (issue 4), on every engine: SQLite always,
 * PostgreSQL when TEST_DATABASE_URL is set. Files bind in the submission's own transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttachmentBindError, type AttachmentRecord, type FormDraftRecord } from './attachment-records.ts';
import type { Repository } from './repository.ts';
import { buildAgency, buildService, buildSubmission, T0 } from './testing/build-test-records.ts';
import { type TestEngine, testEngineFactories } from './testing/open-test-engines.ts';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.parse(T0) + days * DAY).toISOString();
const hash = (text: string) => createHash('sha256').update(text).digest('hex');

function buildAttachment(serviceCode: string, token: string, overrides: Partial<AttachmentRecord> = {}) {
  const content = new Uint8Array([37, 80, 68, 70, 0, 255, 1, 2]);
  return {
    id: randomUUID(),
    tokenHash: hash(token),
    serviceCode,
    field: '/documents',
    fileName: 'izziņa.pdf',
    extension: 'pdf',
    mediaType: 'application/pdf',
    sizeBytes: content.byteLength,
    sha512: createHash('sha512').update(content).digest('hex'),
    content,
    createdAt: T0,
    expiresAt: at(30),
    submissionId: null,
    ...overrides,
  } satisfies AttachmentRecord;
}

describe.each(testEngineFactories())('Attachment storage on $name', (factory) => {
  let engine: TestEngine;
  let repo: Repository;
  let service: { code: string; agencyId: string };

  beforeEach(async () => {
    engine = await factory.open();
    repo = engine.repo;
    const agency = await repo.agencies.create(buildAgency('vid'));
    const record = buildService(agency, 'vid-permit');
    await repo.services.create(record);
    expect((await repo.services.publish('vid-permit', record.draft, 'key-1', T0)).ok).toBe(true);
    service = { code: 'vid-permit', agencyId: agency.id };
  });
  afterEach(async () => {
    await engine.dispose();
  });

  it('keeps the bytes exactly, with the digest, and finds a file by its token hash', async () => {
    const file = buildAttachment(service.code, 'a');
    await repo.attachments.create(file);
    const meta = await repo.attachments.getByTokenHash(hash('a'));
    expect(meta).toMatchObject({
      id: file.id,
      fileName: 'izziņa.pdf',
      sha512: file.sha512,
      submissionId: null,
    });
    expect(meta).not.toHaveProperty('content');
    const full = await repo.attachments.getWithContent(file.id);
    expect([...full!.content]).toEqual([...file.content]);
  });

  it('binds the named files and the receipt in the submission transaction', async () => {
    const one = buildAttachment(service.code, 'a');
    const two = buildAttachment(service.code, 'b');
    await repo.attachments.create(one);
    await repo.attachments.create(two);
    const submission = buildSubmission(service);
    const result = await repo.submissions.insert(submission, {
      bindAttachments: [one.tokenHash, two.tokenHash],
      receiptTokenHash: hash('receipt'),
    });
    expect(result.created).toBe(true);
    expect((await repo.attachments.listBySubmission(submission.id)).map((f) => f.id).sort()).toEqual(
      [one.id, two.id].sort(),
    );
    expect(await repo.attachments.findReceipt(hash('receipt'))).toBe(submission.reference);
  });

  it('stores nothing when a named file was bound elsewhere meanwhile', async () => {
    const file = buildAttachment(service.code, 'a');
    await repo.attachments.create(file);
    const first = buildSubmission(service);
    await repo.submissions.insert(first, { bindAttachments: [file.tokenHash] });
    const second = buildSubmission(service);
    await expect(
      repo.submissions.insert(second, { bindAttachments: [file.tokenHash], receiptTokenHash: hash('r2') }),
    ).rejects.toBeInstanceOf(AttachmentBindError);
    expect(await repo.submissions.getByReference(second.reference)).toBeNull();
    expect(await repo.attachments.findReceipt(hash('r2'))).toBeNull();
    expect((await repo.attachments.getByTokenHash(file.tokenHash))!.submissionId).toBe(first.id);
  });

  it('deletes unbound files after they expire, keeps bound ones, and a draft can extend them', async () => {
    const bound = buildAttachment(service.code, 'a');
    const kept = buildAttachment(service.code, 'b');
    const abandoned = buildAttachment(service.code, 'c');
    for (const file of [bound, kept, abandoned]) await repo.attachments.create(file);
    await repo.submissions.insert(buildSubmission(service), { bindAttachments: [bound.tokenHash] });
    await repo.attachments.extendUnbound([kept.tokenHash], at(60));
    expect(await repo.attachments.deleteExpiredUnbound(at(29))).toBe(0);
    expect(await repo.attachments.deleteExpiredUnbound(at(30))).toBe(1);
    expect(await repo.attachments.getByTokenHash(abandoned.tokenHash)).toBeNull();
    expect(await repo.attachments.getByTokenHash(bound.tokenHash)).not.toBeNull();
    expect(await repo.attachments.getByTokenHash(kept.tokenHash)).not.toBeNull();
    expect(await repo.attachments.deleteExpiredUnbound(at(60))).toBe(1);
  });

  it('removes an upload only while no submission has it', async () => {
    const loose = buildAttachment(service.code, 'a');
    const sent = buildAttachment(service.code, 'b');
    await repo.attachments.create(loose);
    await repo.attachments.create(sent);
    await repo.submissions.insert(buildSubmission(service), { bindAttachments: [sent.tokenHash] });
    expect(await repo.attachments.deleteUnbound(loose.tokenHash)).toBe(true);
    expect(await repo.attachments.deleteUnbound(loose.tokenHash)).toBe(false);
    expect(await repo.attachments.deleteUnbound(sent.tokenHash)).toBe(false);
    expect(await repo.attachments.getByTokenHash(sent.tokenHash)).not.toBeNull();
  });

  it('opens a download link only until it expires', async () => {
    const file = buildAttachment(service.code, 'a');
    await repo.attachments.create(file);
    await repo.attachments.createLink({
      tokenHash: hash('link'),
      attachmentId: file.id,
      createdAt: T0,
      expiresAt: at(1),
    });
    expect((await repo.attachments.resolveLink(hash('link'), T0))?.id).toBe(file.id);
    expect(await repo.attachments.resolveLink(hash('link'), at(1))).toBeNull();
    expect(await repo.attachments.resolveLink(hash('other'), T0)).toBeNull();
  });

  describe('form drafts', () => {
    const draft = (overrides: Partial<FormDraftRecord> = {}): FormDraftRecord => ({
      id: randomUUID(),
      serviceCode: 'vid-permit',
      version: 1,
      data: { name: 'Jānis' },
      step: 0,
      ownerSubject: null,
      resumeTokenHash: null,
      createdAt: T0,
      updatedAt: T0,
      expiresAt: at(30),
      ...overrides,
    });

    it('keeps one draft per signed-in owner and service, replaced on each save', async () => {
      await repo.formDrafts.upsertOwned(draft({ ownerSubject: 'PNOLV-1' }));
      const saved = await repo.formDrafts.upsertOwned(
        draft({
          ownerSubject: 'PNOLV-1',
          data: { name: 'Anna' },
          step: 2,
          updatedAt: at(1),
          expiresAt: at(31),
        }),
      );
      expect(saved).toMatchObject({ data: { name: 'Anna' }, step: 2, updatedAt: at(1) });
      expect(await repo.formDrafts.listOwned('PNOLV-1', T0)).toHaveLength(1);
      expect(await repo.formDrafts.getOwned('PNOLV-2', 'vid-permit', T0)).toBeNull();
      expect(await repo.formDrafts.getOwned('PNOLV-1', 'vid-permit', at(31))).toBeNull();
    });

    it('finds a resume-link draft by its token hash, updates and expires it', async () => {
      const record = await repo.formDrafts.create(draft({ resumeTokenHash: hash('resume') }));
      expect((await repo.formDrafts.getByResumeToken(hash('resume')))?.id).toBe(record.id);
      const updated = await repo.formDrafts.update({ ...record, data: { name: 'Anna' }, updatedAt: at(2) });
      expect(updated.ok).toBe(true);
      expect((await repo.formDrafts.getByResumeToken(hash('resume')))?.data).toEqual({ name: 'Anna' });
      expect(await repo.formDrafts.deleteExpired(at(30))).toBe(1);
      expect(await repo.formDrafts.getByResumeToken(hash('resume'))).toBeNull();
    });
  });
});
