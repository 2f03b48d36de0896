/**
 * The service register part of the repository (issue 7) on every engine: SQLite always,
 * PostgreSQL when TEST_DATABASE_URL is set. The catalogue follows publish and retire, search
 * finds by Latvian and English words with or without diacritics and never fails on what a person
 * types, and a review's approval publishes its version in the same transaction.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import type { ReviewRecord } from './register-records.ts';
import { type AgencyRecord, DuplicateError, type Repository } from './repository.ts';
import { buildAgency, buildService, buildSubmission, T0 } from './testing/build-test-records.ts';
import { type TestEngine, testEngineFactories } from './testing/open-test-engines.ts';

const LATER = '2026-01-02T05:00:00.000Z';

const HOSTILE_QUERIES = [
  '"',
  '""""',
  "'",
  "'; drop table catalogue_entries; --",
  'dzīves*',
  '*',
  'NEAR(a b)',
  'a OR b AND NOT c',
  '(((',
  'title:x',
  '^x',
  'x:*',
  '!x & | y',
  '<->',
  '\\',
  '%_%',
  '\u0000',
  'a'.repeat(5000),
  '🙂',
];

describe.each(testEngineFactories())('Register storage on $name', (factory) => {
  let engine: TestEngine;
  let repo: Repository;
  let agency: AgencyRecord;
  let other: AgencyRecord;

  beforeEach(async () => {
    engine = await factory.open();
    repo = engine.repo;
    agency = await repo.agencies.create(buildAgency('vid'));
    other = await repo.agencies.create(buildAgency('pmlp'));
  });
  afterEach(async () => {
    await engine.dispose();
  });

  async function publish(
    owner: AgencyRecord,
    code: string,
    change: (definition: ServiceDefinition) => void = () => {},
  ) {
    const service = buildService(owner, code);
    change(service.draft);
    if (!(await repo.services.get(code))) await repo.services.create(service);
    const result = await repo.services.publish(code, service.draft, 'key-1', T0);
    expect(result.ok).toBe(true);
  }

  async function seedCatalogue() {
    await publish(agency, 'residence', (d) => {
      d.title = { lv: 'Dzīvesvietas deklarēšana', en: 'Declaration of residence' };
      d.register.lifeSituations = ['moving-house'];
      d.register.keywords = { lv: ['adrese'], en: ['address'] };
    });
    await publish(agency, 'company-certificate', (d) => {
      d.title = { lv: 'Uzņēmuma izziņa', en: 'Company certificate' };
      d.register.audience = ['businesses'];
      d.register.lifeSituations = ['running-a-business'];
    });
    await publish(other, 'passport', (d) => {
      d.title = { lv: 'Pases izsniegšana', en: 'Passport' };
      d.register.lifeSituations = ['birth-of-a-child'];
    });
  }

  const codes = (page: { entries: { serviceCode: string }[] }) => page.entries.map((e) => e.serviceCode);
  const search = (query: Partial<Parameters<Repository['catalogue']['search']>[0]>) =>
    repo.catalogue.search({ language: 'lv', offset: 0, limit: 20, ...query });

  it('lists what is published, with its agency, sorted by title', async () => {
    await seedCatalogue();
    const page = await search({});
    expect(page.total).toBe(3);
    expect(codes(page)).toEqual(['residence', 'passport', 'company-certificate']);
    expect(page.entries[1]).toMatchObject({ agencyCode: 'pmlp', version: 1, targetProcessingTime: 'P10D' });
    expect(codes(await search({ language: 'en' }))).toEqual(['company-certificate', 'residence', 'passport']);
  });

  it('finds by Latvian and English words, with or without diacritics, and by the start of a word', async () => {
    await seedCatalogue();
    expect(codes(await search({ text: 'dzīvesvietas' }))).toEqual(['residence']);
    expect(codes(await search({ text: 'DZIVESVIETAS' }))).toEqual(['residence']);
    expect(codes(await search({ text: 'dzīves' }))).toEqual(['residence']);
    expect(codes(await search({ text: 'address' }))).toEqual(['residence']);
    expect(codes(await search({ text: 'uznemuma izzina' }))).toEqual(['company-certificate']);
    // Life situation names are searchable too.
    expect(codes(await search({ text: 'birth of a child' }))).toEqual(['passport']);
    expect((await search({ text: 'nothing-like-this' })).total).toBe(0);
  });

  it('filters by audience, life situation and agency, combined with text', async () => {
    await seedCatalogue();
    expect(codes(await search({ audience: 'businesses' }))).toEqual(['company-certificate']);
    expect(codes(await search({ lifeSituation: 'moving-house' }))).toEqual(['residence']);
    expect(codes(await search({ agencyCode: 'pmlp' }))).toEqual(['passport']);
    expect((await search({ agencyCode: 'vid', text: 'pases' })).total).toBe(0);
    expect(codes(await search({ audience: 'citizens', text: 'izsniegšana' }))).toEqual(['passport']);
  });

  it('lists the agencies that have services in the catalogue, with how many', async () => {
    await seedCatalogue();
    expect(
      (await repo.catalogue.listAgencies()).map(({ code, serviceCount }) => ({ code, serviceCount })),
    ).toEqual([
      { code: 'pmlp', serviceCount: 1 },
      { code: 'vid', serviceCount: 2 },
    ]);
    await repo.services.retire('passport', LATER);
    expect((await repo.catalogue.listAgencies()).map((a) => a.code)).toEqual(['vid']);
  });

  it('pages with a total', async () => {
    await seedCatalogue();
    const first = await search({ limit: 2 });
    const second = await search({ limit: 2, offset: 2 });
    expect(first.total).toBe(3);
    expect(second.total).toBe(3);
    expect([...codes(first), ...codes(second)]).toEqual(['residence', 'passport', 'company-certificate']);
  });

  it.each(HOSTILE_QUERIES)('never fails on the search text %j', async (text) => {
    await seedCatalogue();
    const page = await search({ text });
    expect(page.total).toBe(page.entries.length);
  });

  it('shows the newest version after a republish and drops a retired service', async () => {
    await seedCatalogue();
    await publish(agency, 'residence', (d) => {
      d.title = { lv: 'Dzīvesvietas maiņa', en: 'Change of address' };
    });
    expect((await repo.catalogue.get('residence'))?.version).toBe(2);
    expect(codes(await search({ text: 'deklarēšana' }))).toEqual([]);
    expect(codes(await search({ text: 'maiņa' }))).toEqual(['residence']);
    await repo.services.retire('residence', LATER);
    expect(await repo.catalogue.get('residence')).toBeNull();
    expect(codes(await search({ text: 'maiņa' }))).toEqual([]);
  });

  it('rebuilds the index from the live versions', async () => {
    await seedCatalogue();
    await repo.services.retire('passport', LATER);
    await engine.exec('delete from catalogue_entries');
    expect((await search({})).total).toBe(0);
    expect(await repo.catalogue.rebuild()).toBe(2);
    expect(codes(await search({ text: 'izziņa' }))).toEqual(['company-certificate']);
    expect((await repo.catalogue.listAll()).map((e) => e.serviceCode)).toEqual([
      'company-certificate',
      'residence',
    ]);
  });

  it('keeps one rating per request and averages them', async () => {
    await seedCatalogue();
    expect(await repo.catalogue.ratingSummary('residence')).toEqual({ average: null, count: 0 });
    const service = { code: 'residence', agencyId: agency.id };
    const first = buildSubmission(service);
    const second = buildSubmission(service);
    await repo.submissions.insert(first);
    await repo.submissions.insert(second);
    const rate = (submissionId: string, score: number) =>
      repo.catalogue.addRating({
        submissionId,
        serviceCode: 'residence',
        score,
        comment: null,
        createdAt: T0,
      });
    expect(await rate(first.id, 5)).toBe(true);
    expect(await rate(second.id, 4)).toBe(true);
    expect(await rate(first.id, 1)).toBe(false);
    expect(await repo.catalogue.ratingSummary('residence')).toEqual({ average: 4.5, count: 2 });
  });

  describe('reviews', () => {
    function buildReview(overrides: Partial<ReviewRecord> = {}): ReviewRecord {
      const service = buildService(agency, 'residence');
      return {
        id: crypto.randomUUID(),
        serviceCode: 'residence',
        agencyId: agency.id,
        state: 'pending',
        definition: { ...service.draft, title: { lv: 'Jaunā versija', en: 'New version' } },
        baseVersion: null,
        submittedBy: 'designer-1',
        submittedAt: T0,
        decidedBy: null,
        decidedAt: null,
        comment: null,
        publishedVersion: null,
        ...overrides,
      };
    }

    beforeEach(async () => {
      await repo.services.create(buildService(agency, 'residence'));
    });

    it('keeps one pending review per service', async () => {
      await repo.reviews.create(buildReview());
      await expect(repo.reviews.create(buildReview())).rejects.toBeInstanceOf(DuplicateError);
    });

    it('returns a version with a comment once, then takes a new submission', async () => {
      const review = await repo.reviews.create(buildReview());
      const returned = await repo.reviews.returnForChanges(review.id, 'reviewer-1', 'Fix the title', LATER);
      expect(returned).toMatchObject({
        ok: true,
        review: { state: 'returned', comment: 'Fix the title', decidedBy: 'reviewer-1', decidedAt: LATER },
      });
      expect(await repo.reviews.returnForChanges(review.id, 'reviewer-1', 'again', LATER)).toEqual({
        ok: false,
        reason: 'already_decided',
      });
      expect(await repo.services.getVersion('residence', 1)).toBeNull();
      await repo.reviews.create(buildReview());
      expect((await repo.reviews.listByService('residence')).map((r) => r.state).sort()).toEqual([
        'pending',
        'returned',
      ]);
    });

    it('publishes exactly the submitted version when approved, and only once', async () => {
      const review = await repo.reviews.create(buildReview());
      const approved = await repo.reviews.approve(review.id, 'reviewer-1', null, LATER);
      expect(approved).toMatchObject({ ok: true, review: { state: 'approved', publishedVersion: 1 } });
      const version = await repo.services.getVersion('residence', 1);
      expect(version?.definition.title.en).toBe('New version');
      expect(version?.publishedBy).toBe('designer-1');
      expect((await repo.services.get('residence'))?.status).toBe('published');
      expect((await repo.catalogue.get('residence'))?.title.en).toBe('New version');
      expect(await repo.reviews.approve(review.id, 'reviewer-1', null, LATER)).toEqual({
        ok: false,
        reason: 'already_decided',
      });
      expect(await repo.reviews.approve('no-such-review', 'reviewer-1', null, LATER)).toEqual({
        ok: false,
        reason: 'not_found',
      });
    });

    it('does not approve a version of a retired service', async () => {
      const review = await repo.reviews.create(buildReview());
      await repo.services.retire('residence', LATER);
      expect(await repo.reviews.approve(review.id, 'reviewer-1', null, LATER)).toEqual({
        ok: false,
        reason: 'retired',
      });
      expect((await repo.reviews.get(review.id))?.state).toBe('pending');
    });

    it('lists an agency’s reviews, newest first, by state', async () => {
      const first = await repo.reviews.create(buildReview());
      await repo.reviews.returnForChanges(first.id, 'reviewer-1', 'No', LATER);
      const second = await repo.reviews.create(buildReview({ submittedAt: LATER }));
      expect((await repo.reviews.listByAgency(agency.id)).map((r) => r.id)).toEqual([second.id, first.id]);
      expect((await repo.reviews.listByAgency(agency.id, 'pending')).map((r) => r.id)).toEqual([second.id]);
      expect(await repo.reviews.listByAgency(other.id)).toEqual([]);
    });

    it('stores whether an agency requires review', async () => {
      expect(await repo.reviews.reviewRequired(agency.id)).toBe(false);
      await repo.reviews.setReviewRequired(agency.id, true, 'admin', T0);
      expect(await repo.reviews.reviewRequired(agency.id)).toBe(true);
      expect(await repo.reviews.reviewRequired(other.id)).toBe(false);
      await repo.reviews.setReviewRequired(agency.id, false, 'admin', LATER);
      expect(await repo.reviews.reviewRequired(agency.id)).toBe(false);
    });
  });
});
