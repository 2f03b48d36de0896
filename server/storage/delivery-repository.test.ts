/**
 * The delivery part of the repository (issue 6), on every engine: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set. The outbox, claims with leases, attempts, replay, acknowledgements.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebhookEndpointRecord } from './delivery-records.ts';
import type { AgencyRecord, Repository } from './repository.ts';
import { buildAgency, buildService, buildSubmission, T0 } from './testing/build-test-records.ts';
import { type TestEngine, testEngineFactories } from './testing/open-test-engines.ts';

const LATER = '2026-01-02T03:05:00.000Z';

function buildEndpoint(
  agency: AgencyRecord,
  overrides: Partial<WebhookEndpointRecord> = {},
): WebhookEndpointRecord {
  return {
    id: crypto.randomUUID(),
    agencyId: agency.id,
    url: 'https://hooks.example.lv/in',
    description: '',
    serviceCodes: null,
    secretCiphertext: 'v1.cipher',
    previousSecretCiphertext: null,
    previousSecretExpiresAt: null,
    state: 'active',
    disabledReason: null,
    failingSince: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

describe.each(testEngineFactories())('Delivery storage on $name', (factory) => {
  let engine: TestEngine;
  let repo: Repository;

  beforeEach(async () => {
    engine = await factory.open();
    repo = engine.repo;
  });
  afterEach(async () => {
    await engine.dispose();
  });

  async function publishedService(code: string, delivery: Array<'e-address' | 'webhook'> = []) {
    const agency = (await repo.agencies.getByCode('vid')) ?? (await repo.agencies.create(buildAgency('vid')));
    const service = buildService(agency, code);
    service.draft.settings.delivery = delivery.map((channel) => ({ channel, ref: 'main' }));
    await repo.services.create(service);
    expect((await repo.services.publish(code, service.draft, 'key-1', T0)).ok).toBe(true);
    return { agency, service: { code, agencyId: agency.id } };
  }

  it('writes the submission and one job per matching active endpoint, plus the e-address job, together', async () => {
    const { agency, service } = await publishedService('vid-permit', ['e-address']);
    const all = await repo.delivery.createEndpoint(buildEndpoint(agency));
    const filtered = await repo.delivery.createEndpoint(
      buildEndpoint(agency, { serviceCodes: ['vid-permit'] }),
    );
    await repo.delivery.createEndpoint(buildEndpoint(agency, { serviceCodes: ['other-service'] }));
    await repo.delivery.createEndpoint(
      buildEndpoint(agency, { state: 'disabled', disabledReason: 'manual' }),
    );
    let woken = 0;
    repo.delivery.onEnqueued(() => {
      woken += 1;
    });

    const submission = buildSubmission(service);
    await repo.submissions.insert(submission);
    const jobs = await repo.delivery.listJobsForSubmission(submission.id);
    expect(jobs.map((j) => j.endpointId).sort()).toEqual([all.id, filtered.id, null].sort());
    expect(jobs.find((j) => j.endpointId === null)?.channel).toBe('e-address');
    for (const job of jobs) {
      expect(job).toMatchObject({
        state: 'pending',
        attempts: 0,
        eventType: 'submission.created',
        nextAttemptAt: T0,
      });
      expect(job.messageId).toMatch(/^msg_[a-z2-7]{26}$/);
    }
    expect(new Set(jobs.map((j) => j.messageId)).size).toBe(3);
    expect(woken).toBe(1);
  });

  it('creates no new jobs when an idempotent retry returns the existing submission', async () => {
    const { agency, service } = await publishedService('vid-permit');
    await repo.delivery.createEndpoint(buildEndpoint(agency));
    const first = buildSubmission(service, { idempotencyKey: 'k-1', requestHash: 'h' });
    await repo.submissions.insert(first);
    const replay = await repo.submissions.insert(
      buildSubmission(service, { idempotencyKey: 'k-1', requestHash: 'h' }),
    );
    expect(replay.created).toBe(false);
    expect(await repo.delivery.listJobsForSubmission(first.id)).toHaveLength(1);
    expect((await repo.delivery.countByState()).pending).toBe(1);
  });

  it('leaves neither submission nor job when the submission insert fails', async () => {
    const { agency, service } = await publishedService('vid-permit');
    await repo.delivery.createEndpoint(buildEndpoint(agency));
    const bad = buildSubmission(service, { version: 99 });
    await expect(repo.submissions.insert(bad)).rejects.toThrow();
    expect(await repo.submissions.getByReference(bad.reference)).toBeNull();
    expect((await repo.delivery.countByState()).pending).toBe(0);
  });

  it('claims each due job once, and a lapsed lease lets another worker take it', async () => {
    const { agency, service } = await publishedService('vid-permit');
    await repo.delivery.createEndpoint(buildEndpoint(agency));
    for (let i = 0; i < 10; i += 1) await repo.submissions.insert(buildSubmission(service));
    const [a, b] = await Promise.all([
      repo.delivery.claimDue('worker-a', LATER, 30_000, 6),
      repo.delivery.claimDue('worker-b', LATER, 30_000, 6),
    ]);
    const ids = [...a!, ...b!].map((j) => j.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(await repo.delivery.claimDue('worker-c', LATER, 30_000, 10)).toEqual([]);

    const job = a![0]!;
    expect(job.leaseOwner).toBe('worker-a');
    const afterLease = new Date(new Date(LATER).getTime() + 31_000).toISOString();
    const reclaimed = await repo.delivery.claimDue('worker-c', afterLease, 30_000, 20);
    expect(reclaimed.map((j) => j.id)).toContain(job.id);
    // worker-a's late answer is not applied: the job belongs to worker-c now.
    const late = await repo.delivery.completeAttempt({
      jobId: job.id,
      leaseOwner: 'worker-a',
      attempt: { at: afterLease, statusCode: 200, error: null, durationMs: 5 },
      state: 'delivered',
      nextAttemptAt: null,
      lastError: null,
    });
    expect(late.applied).toBe(false);
    expect(await repo.delivery.listAttempts(job.id)).toEqual([]);
  });

  it('records attempts, schedules retries, and tells the first delivery of a submission', async () => {
    const { agency, service } = await publishedService('vid-permit');
    await repo.delivery.createEndpoint(buildEndpoint(agency));
    await repo.delivery.createEndpoint(buildEndpoint(agency));
    const submission = buildSubmission(service);
    await repo.submissions.insert(submission);
    const [first, second] = await repo.delivery.claimDue('w', LATER, 30_000, 10);
    const retryAt = '2026-01-02T03:05:05.000Z';
    expect(
      await repo.delivery.completeAttempt({
        jobId: first!.id,
        leaseOwner: 'w',
        attempt: { at: LATER, statusCode: 503, error: 'HTTP 503', durationMs: 12 },
        state: 'pending',
        nextAttemptAt: retryAt,
        lastError: 'HTTP 503',
      }),
    ).toEqual({ applied: true, firstDelivery: false });
    expect(await repo.delivery.nextDueAt()).toBe(retryAt);
    expect(await repo.delivery.claimDue('w', LATER, 30_000, 10)).toEqual([]);
    const delivered = (state: 'delivered', jobId: string, at: string) =>
      repo.delivery.completeAttempt({
        jobId,
        leaseOwner: 'w',
        attempt: { at, statusCode: 204, error: null, durationMs: 3 },
        state,
        nextAttemptAt: null,
        lastError: null,
      });
    expect(await delivered('delivered', second!.id, LATER)).toEqual({ applied: true, firstDelivery: true });
    const [again] = await repo.delivery.claimDue('w', retryAt, 30_000, 10);
    expect(again!.id).toBe(first!.id);
    expect(again!.messageId).toBe(first!.messageId);
    expect(await delivered('delivered', first!.id, retryAt)).toEqual({ applied: true, firstDelivery: false });
    const attempts = await repo.delivery.listAttempts(first!.id);
    expect(attempts.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 503],
      [2, 204],
    ]);
    expect(await repo.delivery.getJob(first!.id)).toMatchObject({
      state: 'delivered',
      attempts: 2,
      deliveredAt: retryAt,
      leaseOwner: null,
    });
  });

  it('disables an endpoint with its pending jobs, lists them as failed and replays them with the same message id', async () => {
    const { agency, service } = await publishedService('vid-permit');
    const endpoint = await repo.delivery.createEndpoint(buildEndpoint(agency));
    const submission = buildSubmission(service);
    await repo.submissions.insert(submission);
    await repo.delivery.disableEndpoint(endpoint.id, 'gone', LATER);
    expect(await repo.delivery.getEndpoint(endpoint.id)).toMatchObject({
      state: 'disabled',
      disabledReason: 'gone',
    });
    const [failed] = await repo.delivery.listFailed(agency.id, null, 10);
    expect(failed).toMatchObject({ state: 'disabled', submissionId: submission.id });
    expect(await repo.delivery.listFailed(agency.id, LATER, 10)).toEqual([]);
    expect(await repo.delivery.listFailed(crypto.randomUUID(), null, 10)).toEqual([]);

    await repo.delivery.updateEndpoint(endpoint.id, { state: 'active' }, LATER);
    expect(await repo.delivery.replay({ agencyId: crypto.randomUUID() }, LATER)).toBe(0);
    expect(await repo.delivery.replay({ agencyId: agency.id, since: T0 }, LATER)).toBe(1);
    const [claimed] = await repo.delivery.claimDue('w', LATER, 30_000, 10);
    expect(claimed).toMatchObject({ id: failed!.id, messageId: failed!.messageId, attempts: 0 });
  });

  it('keeps the failing-since time across failures and clears it on success', async () => {
    const { agency } = await publishedService('vid-permit');
    const endpoint = await repo.delivery.createEndpoint(buildEndpoint(agency));
    expect((await repo.delivery.recordEndpointHealth(endpoint.id, false, T0))?.failingSince).toBe(T0);
    expect((await repo.delivery.recordEndpointHealth(endpoint.id, false, LATER))?.failingSince).toBe(T0);
    expect((await repo.delivery.recordEndpointHealth(endpoint.id, true, LATER))?.failingSince).toBeNull();
  });

  it('rotates a secret keeping the previous one until it expires', async () => {
    const { agency } = await publishedService('vid-permit');
    const endpoint = await repo.delivery.createEndpoint(buildEndpoint(agency, { secretCiphertext: 'old' }));
    const rotated = await repo.delivery.rotateEndpointSecret(endpoint.id, 'new', LATER, T0);
    expect(rotated).toMatchObject({
      secretCiphertext: 'new',
      previousSecretCiphertext: 'old',
      previousSecretExpiresAt: LATER,
    });
    expect(await repo.delivery.rotateEndpointSecret(crypto.randomUUID(), 'x', LATER, T0)).toBeNull();
  });

  it('acknowledges once (idempotent) and lists only unacknowledged submissions of the agency', async () => {
    const { agency, service } = await publishedService('vid-permit');
    const one = buildSubmission(service);
    const two = buildSubmission(service, { createdAt: LATER });
    await repo.submissions.insert(one);
    await repo.submissions.insert(two);
    expect(await repo.delivery.listUnacknowledged(agency.id, 10)).toEqual([one.id, two.id]);
    const ack = {
      submissionId: one.id,
      agencyId: agency.id,
      acknowledgedAt: LATER,
      acknowledgedBy: 'api-key:1',
    };
    expect(await repo.delivery.acknowledge(ack)).toEqual({ first: true, record: ack });
    const again = await repo.delivery.acknowledge({ ...ack, acknowledgedAt: '2026-02-01T00:00:00.000Z' });
    expect(again).toEqual({ first: false, record: ack });
    expect(await repo.delivery.listUnacknowledged(agency.id, 10)).toEqual([two.id]);
    expect(await repo.delivery.getAcknowledgement(two.id)).toBeNull();
  });

  it("keeps the e-address simulator's messages once per id, with receipts", async () => {
    const message = {
      id: 'msg_abc',
      direction: 'outgoing' as const,
      sender: '_DEFAULT@90000000001',
      recipient: '_DEFAULT@90000012345',
      senderReference: 'EF-AAAA-BBBB-CCCC',
      title: 'Pieteikums',
      author: 'E-formu platforma',
      documentDate: '2026-01-02',
      documentKind: 'application',
      body: { reference: 'EF-AAAA-BBBB-CCCC' },
      attachments: [],
      inReplyTo: null,
      createdAt: T0,
      receiptAt: null,
    };
    await repo.delivery.putEAddressMessage(message);
    await repo.delivery.putEAddressMessage({ ...message, title: 'changed' });
    const listed = await repo.delivery.listEAddressMessages({ address: '_DEFAULT@90000012345', limit: 10 });
    expect(listed).toEqual([message]);
    expect(await repo.delivery.setEAddressReceipt('msg_abc', LATER)).toBe(true);
    expect(await repo.delivery.setEAddressReceipt('msg_abc', LATER)).toBe(false);
    expect(await repo.delivery.listEAddressMessages({ unreceipted: true, limit: 10 })).toEqual([]);
  });
});
