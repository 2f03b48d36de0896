/**
 * One suite, every engine: the same cases run on SQLite (always, in memory) and on PostgreSQL
 * when TEST_DATABASE_URL is set, so the two repositories cannot drift apart.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx vitest run server/storage
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuplicateError, type Repository } from './repository.ts';
import {
  buildAgency,
  buildApiKey,
  buildLoginAttempt,
  buildService,
  buildSession,
  buildSubmission,
  buildTestDefinition,
  T0,
} from './testing/build-test-records.ts';
import { type TestEngine, testEngineFactories } from './testing/open-test-engines.ts';

describe.each(testEngineFactories())('Repository on $name', (factory) => {
  let engine: TestEngine;
  let repo: Repository;

  beforeEach(async () => {
    engine = await factory.open();
    repo = engine.repo;
  });
  afterEach(async () => {
    await engine.dispose();
  });

  /** An agency with one service that has version 1 published, ready for submissions. */
  async function publishedService(agencyCode = 'vid', code = `${agencyCode}-permit`) {
    const agency =
      (await repo.agencies.getByCode(agencyCode)) ?? (await repo.agencies.create(buildAgency(agencyCode)));
    const service = await repo.services.create(buildService(agency, code));
    const published = await repo.services.publish(code, service.draft, 'key-1', T0);
    expect(published.ok).toBe(true);
    return { agency, service };
  }

  it('reports its dialect and answers ping', async () => {
    expect(repo.dialect).toBe(factory.name);
    await expect(repo.ping()).resolves.toBeUndefined();
  });

  describe('agencies', () => {
    it('creates, reads by id and code, and lists by code', async () => {
      const vid = await repo.agencies.create(buildAgency('vid'));
      const lad = await repo.agencies.create(buildAgency('lad'));
      expect(await repo.agencies.getById(vid.id)).toEqual(vid);
      expect(await repo.agencies.getByCode('lad')).toEqual(lad);
      expect(await repo.agencies.getByCode('nope')).toBeNull();
      expect(await repo.agencies.list()).toEqual([lad, vid]);
    });

    it('rejects a taken code with DuplicateError and writes nothing', async () => {
      await repo.agencies.create(buildAgency('vid'));
      const error = await repo.agencies.create(buildAgency('vid')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateError);
      expect(error).toMatchObject({ entity: 'agency', key: 'vid' });
      expect(await repo.agencies.list()).toHaveLength(1);
    });

    it('round-trips timestamps as ISO 8601 UTC with milliseconds', async () => {
      const created = await repo.agencies.create(
        buildAgency('vid', { createdAt: '2026-01-02T05:04:05.678+02:00' }),
      );
      expect(created.createdAt).toBe(T0);
      expect((await repo.agencies.getByCode('vid'))?.createdAt).toBe(T0);
    });
  });

  describe('api keys', () => {
    it('creates, finds by prefix, lists per agency and platform, and revokes', async () => {
      const agency = await repo.agencies.create(buildAgency('vid'));
      const key = await repo.apiKeys.create(buildApiKey(agency.id, 'k1'));
      const platformKey = await repo.apiKeys.create(buildApiKey(null, 'p1'));
      expect(await repo.apiKeys.getByPrefix('k1')).toEqual(key);
      expect(await repo.apiKeys.getByPrefix('zz')).toBeNull();
      expect(await repo.apiKeys.listByAgency(agency.id)).toEqual([key]);
      expect(await repo.apiKeys.listByAgency(null)).toEqual([platformKey]);

      expect(await repo.apiKeys.revoke(key.id, '2026-02-01T00:00:00.000Z')).toBe(true);
      expect((await repo.apiKeys.getByPrefix('k1'))?.revokedAt).toBe('2026-02-01T00:00:00.000Z');
      expect(await repo.apiKeys.revoke('no-such-key', T0)).toBe(false);
    });

    it('rejects a taken prefix with DuplicateError', async () => {
      await repo.apiKeys.create(buildApiKey(null, 'k1'));
      await expect(repo.apiKeys.create(buildApiKey(null, 'k1'))).rejects.toMatchObject({
        name: 'DuplicateError',
        key: 'k1',
      });
    });
  });

  describe('services', () => {
    it('creates, reads and lists per agency; a taken code is a DuplicateError', async () => {
      const vid = await repo.agencies.create(buildAgency('vid'));
      const lad = await repo.agencies.create(buildAgency('lad'));
      const a = await repo.services.create(buildService(vid, 'vid-a'));
      await repo.services.create(buildService(lad, 'lad-a'));
      expect(await repo.services.get('vid-a')).toEqual(a);
      expect(await repo.services.get('nope')).toBeNull();
      expect(await repo.services.listByAgency(vid.id)).toEqual([a]);
      await expect(repo.services.create(buildService(lad, 'vid-a'))).rejects.toBeInstanceOf(DuplicateError);
    });

    it('saves a draft from the current revision and bumps it', async () => {
      const vid = await repo.agencies.create(buildAgency('vid'));
      await repo.services.create(buildService(vid, 'vid-a'));
      const draft = buildTestDefinition('vid-a', 'vid', 'Jauns nosaukums');
      const result = await repo.services.saveDraft('vid-a', draft, 1, '2026-01-03T00:00:00.000Z');
      expect(result).toEqual({
        ok: true,
        record: expect.objectContaining({ draft, draftRevision: 2, updatedAt: '2026-01-03T00:00:00.000Z' }),
      });
      expect(await repo.services.get('vid-a')).toMatchObject({ draft, draftRevision: 2 });
    });

    it('refuses a stale revision and returns the current record untouched', async () => {
      const vid = await repo.agencies.create(buildAgency('vid'));
      await repo.services.create(buildService(vid, 'vid-a'));
      const first = buildTestDefinition('vid-a', 'vid', 'Pirmais');
      await repo.services.saveDraft('vid-a', first, 1, T0);
      const stale = await repo.services.saveDraft(
        'vid-a',
        buildTestDefinition('vid-a', 'vid', 'Vecais'),
        1,
        T0,
      );
      expect(stale).toEqual({
        ok: false,
        reason: 'conflict',
        current: expect.objectContaining({ draft: first, draftRevision: 2 }),
      });
      expect(await repo.services.saveDraft('nope', first, 1, T0)).toEqual({ ok: false, reason: 'not_found' });
    });

    it('publishes versions 1, 2, 3 with state and version written into the definition', async () => {
      const vid = await repo.agencies.create(buildAgency('vid'));
      const service = await repo.services.create(buildService(vid, 'vid-a'));
      for (const expected of [1, 2, 3]) {
        const result = await repo.services.publish('vid-a', service.draft, 'key-1', T0);
        expect(result).toEqual({
          ok: true,
          version: {
            serviceCode: 'vid-a',
            version: expected,
            definition: { ...service.draft, version: expected, state: 'published' },
            publishedAt: T0,
            publishedBy: 'key-1',
          },
        });
      }
      expect(await repo.services.get('vid-a')).toMatchObject({ status: 'published', latestVersion: 3 });
      expect((await repo.services.getVersion('vid-a', 2))?.definition).toMatchObject({
        version: 2,
        state: 'published',
      });
      expect(await repo.services.getVersion('vid-a', 4)).toBeNull();
      const versions = await repo.services.listVersions('vid-a');
      expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    });

    it('keeps a published version unchanged when the draft changes afterwards', async () => {
      const vid = await repo.agencies.create(buildAgency('vid'));
      const service = await repo.services.create(buildService(vid, 'vid-a'));
      const published = await repo.services.publish('vid-a', service.draft, 'key-1', T0);
      const edited = buildTestDefinition('vid-a', 'vid', 'Pārrakstīts');
      edited.form.schema.properties = { other: { type: 'number' } };
      await repo.services.saveDraft('vid-a', edited, service.draftRevision, T0);
      expect(published.ok && (await repo.services.getVersion('vid-a', 1))).toEqual(
        published.ok && published.version,
      );
    });

    it('refuses UPDATE and DELETE of a published version even through raw SQL', async () => {
      await publishedService();
      await expect(engine.exec("update service_versions set published_by = 'x'")).rejects.toThrow(
        /immutable/,
      );
      await expect(engine.exec('delete from service_versions')).rejects.toThrow(/immutable/);
      expect(await repo.services.listVersions('vid-permit')).toHaveLength(1);
    });

    it('gives concurrent publishes distinct versions', async () => {
      const vid = await repo.agencies.create(buildAgency('vid'));
      const service = await repo.services.create(buildService(vid, 'vid-a'));
      const results = await Promise.all(
        Array.from({ length: 5 }, () => repo.services.publish('vid-a', service.draft, 'key-1', T0)),
      );
      const versions = results.map((r) => (r.ok ? r.version.version : 0)).sort();
      expect(versions).toEqual([1, 2, 3, 4, 5]);
      expect(await repo.services.get('vid-a')).toMatchObject({ latestVersion: 5 });
    });

    it('retires: status retired, later publishes refused', async () => {
      const { service } = await publishedService();
      expect(await repo.services.retire(service.code, '2026-03-01T00:00:00.000Z')).toBe(true);
      expect(await repo.services.get(service.code)).toMatchObject({
        status: 'retired',
        updatedAt: '2026-03-01T00:00:00.000Z',
      });
      expect(await repo.services.publish(service.code, service.draft, 'key-1', T0)).toEqual({
        ok: false,
        reason: 'retired',
      });
      expect(await repo.services.retire('nope', T0)).toBe(false);
    });

    it('publishing an unknown service writes nothing', async () => {
      const definition = buildTestDefinition('ghost', 'vid');
      expect(await repo.services.publish('ghost', definition, 'key-1', T0)).toEqual({
        ok: false,
        reason: 'not_found',
      });
      expect(await repo.services.listVersions('ghost')).toEqual([]);
    });

    it('rolls the whole publish back when a later step fails', async () => {
      const vid = await repo.agencies.create(buildAgency('vid'));
      const service = await repo.services.create(buildService(vid, 'vid-a'));
      await engine.breakServiceUpdates();
      await expect(repo.services.publish('vid-a', service.draft, 'key-1', T0)).rejects.toThrow();
      expect(await repo.services.listVersions('vid-a')).toEqual([]);
      expect(await repo.services.get('vid-a')).toEqual(service);
    });
  });

  describe('submissions', () => {
    it('inserts and reads back by reference', async () => {
      const { service } = await publishedService();
      const record = buildSubmission(service, { requestHash: 'h1' });
      expect(await repo.submissions.insert(record)).toEqual({ created: true, record });
      expect(await repo.submissions.getByReference(record.reference)).toEqual(record);
      expect(await repo.submissions.getByReference('EF-NOPE')).toBeNull();
    });

    it("lists a signed-in applicant's submissions newest first, never anonymous or other people's", async () => {
      const { service } = await publishedService();
      const janis = {
        applicantSubject: 'PNOLV-161175-19997',
        applicantPersonalCode: '161175-19997',
        applicantName: 'Jānis Bērziņš',
      };
      const older = buildSubmission(service, { ...janis, createdAt: '2026-01-02T03:04:05.000Z' });
      const newer = buildSubmission(service, { ...janis, createdAt: '2026-01-03T03:04:05.000Z' });
      const anna = buildSubmission(service, {
        applicantSubject: 'PNOLV-010190-10006',
        applicantPersonalCode: '010190-10006',
        applicantName: 'Anna Ozola',
      });
      const anonymous = buildSubmission(service);
      for (const s of [older, anna, newer, anonymous]) await repo.submissions.insert(s);
      const mine = await repo.submissions.listByApplicant('161175-19997', 10);
      expect(mine.map((s) => s.reference)).toEqual([newer.reference, older.reference]);
      expect(mine[0]).toMatchObject(janis);
      expect(await repo.submissions.listByApplicant('161175-19997', 1)).toHaveLength(1);
      expect((await repo.submissions.getByReference(anonymous.reference))?.applicantPersonalCode).toBeNull();
    });

    it('keeps on whose behalf the applicant acted (issue 5), a company or a person', async () => {
      const { service } = await publishedService();
      const forCompany = buildSubmission(service, {
        represented: { kind: 'company', code: '40003032949', role: 'board-member' },
      });
      const forPerson = buildSubmission(service, {
        represented: {
          kind: 'person',
          code: '161175-19997',
          scope: { kind: 'services', serviceCodes: ['declaration-of-residence'] },
          mandateId: 'demo-poa-1',
        },
      });
      await repo.submissions.insert(forCompany);
      await repo.submissions.insert(forPerson);
      expect((await repo.submissions.getByReference(forCompany.reference))?.represented).toEqual(
        forCompany.represented,
      );
      expect((await repo.submissions.getByReference(forPerson.reference))?.represented).toEqual(
        forPerson.represented,
      );
    });

    it('returns the existing submission for a reused idempotency key and writes nothing new', async () => {
      const { service, agency } = await publishedService();
      const first = buildSubmission(service, { idempotencyKey: 'k-1', requestHash: 'h1' });
      await repo.submissions.insert(first);
      const retry = buildSubmission(service, {
        idempotencyKey: 'k-1',
        requestHash: 'h2',
        data: { other: 1 },
      });
      expect(await repo.submissions.insert(retry)).toEqual({ created: false, existing: first });
      expect(await repo.submissions.getByReference(retry.reference)).toBeNull();
      expect(await repo.submissions.list({ agencyId: agency.id, limit: 10 })).toEqual([first]);
    });

    it('settles concurrent inserts with one idempotency key on a single row', async () => {
      const { service, agency } = await publishedService();
      const attempts = Array.from({ length: 4 }, () => buildSubmission(service, { idempotencyKey: 'k-1' }));
      const results = await Promise.all(attempts.map((a) => repo.submissions.insert(a)));
      const created = results.filter((r) => r.created);
      expect(created).toHaveLength(1);
      const winner = created[0]!.created ? created[0]!.record : null;
      for (const r of results) if (!r.created) expect(r.existing).toEqual(winner);
      expect(await repo.submissions.list({ agencyId: agency.id, limit: 10 })).toHaveLength(1);
    });

    it('scopes idempotency keys per service and allows many submissions without a key', async () => {
      const { service: a, agency } = await publishedService('vid', 'vid-a');
      const { service: b } = await publishedService('vid', 'vid-b');
      expect((await repo.submissions.insert(buildSubmission(a, { idempotencyKey: 'same' }))).created).toBe(
        true,
      );
      expect((await repo.submissions.insert(buildSubmission(b, { idempotencyKey: 'same' }))).created).toBe(
        true,
      );
      expect((await repo.submissions.insert(buildSubmission(a))).created).toBe(true);
      expect((await repo.submissions.insert(buildSubmission(a))).created).toBe(true);
      expect(await repo.submissions.list({ agencyId: agency.id, limit: 10 })).toHaveLength(4);
    });

    it('rejects a taken reference with DuplicateError', async () => {
      const { service } = await publishedService();
      const first = buildSubmission(service);
      await repo.submissions.insert(first);
      await expect(
        repo.submissions.insert(buildSubmission(service, { reference: first.reference })),
      ).rejects.toEqual(new DuplicateError('submission', first.reference));
    });

    it('fails only the bad one of concurrent inserts; the others are stored', async () => {
      const { service, agency } = await publishedService();
      const good = buildSubmission(service);
      const unpublishedVersion = buildSubmission(service, { version: 99 });
      const results = await Promise.allSettled([
        repo.submissions.insert(good),
        repo.submissions.insert(unpublishedVersion),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
      expect(await repo.submissions.list({ agencyId: agency.id, limit: 10 })).toEqual([good]);
    });

    it('round-trips JSON data exactly: unicode, nesting, numbers', async () => {
      const { service } = await publishedService();
      const data = {
        name: 'Jānis Bērziņš — Ļoti garš ☃ 👩🏽‍💻 日本語 مرحبا',
        quotes: 'single \' double " backslash \\ newline \n tab \t',
        numbers: [0, -1, 1.5, 0.1 + 0.2, 1e21, 1e-7, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER],
        nested: { a: { b: { c: [1, [2, [3, { d: null }]]] } }, empty: {}, list: [] },
        flags: [true, false, null],
        blank: '',
      };
      const record = buildSubmission(service, { data });
      await repo.submissions.insert(record);
      expect((await repo.submissions.getByReference(record.reference))?.data).toEqual(data);
    });

    it('lists one agency oldest first with cursor pages and a service filter, never another agency', async () => {
      const { service: a, agency } = await publishedService('vid', 'vid-a');
      const { service: b } = await publishedService('vid', 'vid-b');
      const { service: other } = await publishedService('lad', 'lad-a');
      const at = (s: number) => `2026-01-02T03:04:${String(s).padStart(2, '0')}.000Z`;
      // Two share a timestamp: the id breaks the tie.
      const mine = [
        buildSubmission(a, { createdAt: at(1) }),
        buildSubmission(b, { createdAt: at(2) }),
        buildSubmission(a, { createdAt: at(3), id: 'id-1' }),
        buildSubmission(a, { createdAt: at(3), id: 'id-2' }),
        buildSubmission(b, { createdAt: at(4) }),
      ];
      const theirs = [
        buildSubmission(other, { createdAt: at(1) }),
        buildSubmission(other, { createdAt: at(3) }),
      ];
      for (const s of [...mine].reverse()) await repo.submissions.insert(s);
      for (const s of theirs) await repo.submissions.insert(s);

      const pages = [];
      let after: string | undefined;
      for (;;) {
        const page = await repo.submissions.list({ agencyId: agency.id, after, limit: 2 });
        if (page.length === 0) break;
        pages.push(page);
        after = page.at(-1)!.id;
      }
      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      expect(pages.flat()).toEqual(mine);

      const onlyA = await repo.submissions.list({ agencyId: agency.id, serviceCode: 'vid-a', limit: 10 });
      expect(onlyA).toEqual(mine.filter((s) => s.serviceCode === 'vid-a'));
      const foreignCursor = await repo.submissions.list({
        agencyId: agency.id,
        after: theirs[0]!.id,
        limit: 10,
      });
      expect(foreignCursor).toEqual([]);
      const byServiceOfOther = await repo.submissions.list({
        agencyId: agency.id,
        serviceCode: 'lad-a',
        limit: 10,
      });
      expect(byServiceOfOther).toEqual([]);
    });
  });

  describe('sessions', () => {
    it('creates, reads, touches and deletes; timestamps come back as ISO UTC', async () => {
      const agency = await repo.agencies.create(buildAgency('vid'));
      const session = await repo.sessions.create(
        buildSession({ agencyId: agency.id, createdAt: '2026-01-02T05:04:05.678+02:00' }),
      );
      expect(session.createdAt).toBe(T0);
      expect(await repo.sessions.get(session.id)).toEqual(session);
      expect(await repo.sessions.get('nope')).toBeNull();

      expect(
        await repo.sessions.touch(session.id, '2026-01-02T03:10:00.000Z', '2026-01-02T03:30:00.000Z'),
      ).toBe(true);
      expect(await repo.sessions.get(session.id)).toEqual({
        ...session,
        lastSeenAt: '2026-01-02T03:10:00.000Z',
        idleExpiresAt: '2026-01-02T03:30:00.000Z',
      });
      expect(await repo.sessions.touch('nope', T0, T0)).toBe(false);

      expect(await repo.sessions.delete(session.id)).toBe(true);
      expect(await repo.sessions.delete(session.id)).toBe(false);
      expect(await repo.sessions.get(session.id)).toBeNull();
    });

    it('deletes only the sessions whose idle expiry has come', async () => {
      const live = await repo.sessions.create(buildSession({ idleExpiresAt: '2026-01-02T04:00:00.001Z' }));
      const due = await repo.sessions.create(buildSession({ idleExpiresAt: '2026-01-02T04:00:00.000Z' }));
      expect(await repo.sessions.deleteExpired('2026-01-02T04:00:00.000Z')).toBe(1);
      expect(await repo.sessions.get(due.id)).toBeNull();
      expect(await repo.sessions.get(live.id)).toEqual(live);
    });

    it('rejects a taken id with DuplicateError', async () => {
      const session = await repo.sessions.create(buildSession());
      await expect(repo.sessions.create(buildSession({ id: session.id }))).rejects.toBeInstanceOf(
        DuplicateError,
      );
    });
  });

  describe('login attempts', () => {
    it('are taken once: the second take, even concurrent, gets nothing', async () => {
      const attempt = await repo.loginAttempts.create(buildLoginAttempt());
      const takes = await Promise.all([
        repo.loginAttempts.take(attempt.stateHash, T0),
        repo.loginAttempts.take(attempt.stateHash, T0),
      ]);
      expect(takes.filter((t) => t !== null)).toEqual([attempt]);
      expect(await repo.loginAttempts.take(attempt.stateHash, T0)).toBeNull();
    });

    it('are not given out once expired, and the expired ones are cleaned up', async () => {
      const old = await repo.loginAttempts.create(buildLoginAttempt());
      expect(await repo.loginAttempts.take(old.stateHash, old.expiresAt)).toBeNull();
      const a = await repo.loginAttempts.create(buildLoginAttempt({ expiresAt: '2026-01-02T03:00:00.000Z' }));
      const b = await repo.loginAttempts.create(buildLoginAttempt({ expiresAt: '2026-01-02T05:00:00.000Z' }));
      expect(await repo.loginAttempts.deleteExpired('2026-01-02T04:00:00.000Z')).toBe(1);
      expect(await repo.loginAttempts.take(a.stateHash, '2026-01-01T00:00:00.000Z')).toBeNull();
      expect(await repo.loginAttempts.take(b.stateHash, '2026-01-02T04:00:00.000Z')).toEqual(b);
    });
  });

  describe('role assignments', () => {
    it('puts, replaces, lists per person across agencies, and removes with an empty list', async () => {
      const vid = await repo.agencies.create(buildAgency('vid'));
      const lad = await repo.agencies.create(buildAgency('lad'));
      const code = '161175-19997';
      const first = await repo.roleAssignments.put({
        agencyId: vid.id,
        personalCode: code,
        roles: ['designer', 'designer'],
        updatedAt: T0,
        updatedBy: 'api-key:k1',
      });
      expect(first.roles).toEqual(['designer']);
      expect(await repo.roleAssignments.get(vid.id, code)).toEqual(first);
      const replaced = await repo.roleAssignments.put({
        ...first,
        roles: ['case-worker', 'reviewer'],
        updatedAt: '2026-02-01T00:00:00.000Z',
      });
      expect(await repo.roleAssignments.get(vid.id, code)).toEqual(replaced);
      const other = await repo.roleAssignments.put({ ...first, agencyId: lad.id, roles: ['agency-admin'] });
      const listed = await repo.roleAssignments.listByPersonalCode(code);
      expect(listed).toHaveLength(2);
      expect(listed).toEqual(expect.arrayContaining([replaced, other]));
      expect(await repo.roleAssignments.listByPersonalCode('020385-14728')).toEqual([]);

      await repo.roleAssignments.put({ ...first, roles: [] });
      expect(await repo.roleAssignments.get(vid.id, code)).toBeNull();
      expect(await repo.roleAssignments.listByPersonalCode(code)).toEqual([other]);
    });
  });
});
