/**
 * The worker against real local HTTP receivers, on SQLite and (with TEST_DATABASE_URL) on
 * PostgreSQL. Retry schedules are shortened through configuration so the suite takes seconds.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../app/logger.ts';
import { type TestEngine, testEngineFactories } from '../storage/testing/open-test-engines.ts';
import { buildDeliveryConfig, type DeliveryConfig, LOOPBACK_OUTBOUND } from './delivery-config.ts';
import type { DeliveryListener } from './delivery-listener.ts';
import { createDeliveryWorker, type DeliveryWorker } from './delivery-worker.ts';
import { createEAddressSimulator } from './e-address/e-address-simulator.ts';
import { enqueueSubmissionEvent } from './enqueue-event.ts';
import { createSecretBox } from './secret-box.ts';
import { createDeliveryFixture } from './testing/delivery-fixture.ts';
import { startTestReceiver, type TestReceiver } from './testing/test-receiver.ts';
import { createWebhookSecret, verifyWebhook } from './webhook-signature.ts';

const until = async (check: () => Promise<boolean>, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe.each(testEngineFactories())('delivery worker on $name', (factory) => {
  let engine: TestEngine;
  let receiver: TestReceiver;
  let worker: DeliveryWorker | null;
  const events: Parameters<DeliveryListener['delivered']>[0][] = [];
  const disabled: string[] = [];
  const listener: DeliveryListener = {
    async delivered(e) {
      events.push(e);
    },
    async endpointDisabled(e) {
      disabled.push(e.reason);
    },
  };

  beforeEach(async () => {
    engine = await factory.open();
    receiver = await startTestReceiver();
    events.length = 0;
    disabled.length = 0;
    worker = null;
  });
  afterEach(async () => {
    await worker?.stop();
    await receiver.close();
    await engine.dispose();
  });

  function startWorker(overrides: Partial<DeliveryConfig> = {}) {
    const config = buildDeliveryConfig({
      outbound: LOOPBACK_OUTBOUND,
      retryScheduleMs: [0, 50, 50, 50],
      pollIntervalMs: 200,
      timeoutMs: 2_000,
      ...overrides,
    });
    worker = createDeliveryWorker({
      repo: engine.repo,
      config,
      logger: createLogger('silent'),
      clock: () => new Date(),
      eAddress: createEAddressSimulator(engine.repo.delivery, () => new Date()),
      listener,
      random: () => 0.5,
    });
    worker.start();
    return worker;
  }

  it('delivers a new submission at once, signed so the receiver verifies it, and reports it received', async () => {
    const fixture = await createDeliveryFixture(engine.repo);
    const { secret } = await fixture.addEndpoint(receiver.url);
    startWorker({ pollIntervalMs: 60_000 });
    const submission = await fixture.submit({ name: 'Anna' });
    await receiver.waitForUnique(1, 3_000);
    const [hit] = receiver.received;
    const payload = verifyWebhook(hit!.body, hit!.headers as Record<string, string>, secret) as {
      type: string;
      data: { reference: string; data: unknown; definitionVersion: number };
    };
    expect(payload.type).toBe('submission.created');
    expect(payload.data).toMatchObject({
      reference: submission.reference,
      definitionVersion: 1,
      data: { name: 'Anna' },
    });
    expect(hit!.headers['webhook-id']).toMatch(/^msg_/);
    await until(async () => events.length === 1);
    expect(events[0]).toMatchObject({
      submissionId: submission.id,
      reference: submission.reference,
      channel: 'webhook',
    });
  });

  it('retries a failing receiver with the same message id and logs every attempt', async () => {
    const fixture = await createDeliveryFixture(engine.repo);
    await fixture.addEndpoint(receiver.url);
    let calls = 0;
    receiver.setStatus(() => (++calls < 3 ? 503 : 200));
    startWorker();
    const submission = await fixture.submit();
    await receiver.waitForUnique(1);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(receiver.received.map((r) => r.body).every((body) => body === receiver.received[0]!.body)).toBe(
      true,
    );
    const [job] = await engine.repo.delivery.listJobsForSubmission(submission.id);
    await until(async () => (await engine.repo.delivery.getJob(job!.id))?.state === 'delivered');
    const attempts = await engine.repo.delivery.listAttempts(job!.id);
    expect(attempts.map((a) => a.statusCode)).toEqual([503, 503, 200]);
  });

  it('keeps an exhausted message, and a replay delivers it with its original id', async () => {
    const fixture = await createDeliveryFixture(engine.repo);
    await fixture.addEndpoint(receiver.url);
    receiver.setStatus(() => 500);
    startWorker({ retryScheduleMs: [0, 20] });
    const submission = await fixture.submit();
    const [job] = await engine.repo.delivery.listJobsForSubmission(submission.id);
    await until(async () => (await engine.repo.delivery.getJob(job!.id))?.state === 'exhausted');
    expect(receiver.received).toHaveLength(2);
    expect(await engine.repo.delivery.listFailed(fixture.agency.id, null, 10)).toHaveLength(1);

    receiver.setStatus(() => 200);
    expect(
      await engine.repo.delivery.replay(
        { agencyId: fixture.agency.id, jobId: job!.id },
        new Date().toISOString(),
      ),
    ).toBe(1);
    await receiver.waitForUnique(1);
    expect(receiver.unique.has(job!.messageId)).toBe(true);
  });

  it('honours Retry-After over the schedule', async () => {
    const fixture = await createDeliveryFixture(engine.repo);
    await fixture.addEndpoint(receiver.url);
    receiver.setStatus(() => 429, { 'retry-after': '1' });
    startWorker({ retryScheduleMs: [0, 10, 10] });
    const submission = await fixture.submit();
    const [job] = await engine.repo.delivery.listJobsForSubmission(submission.id);
    await until(async () => (await engine.repo.delivery.getJob(job!.id))?.attempts === 1);
    const after = await engine.repo.delivery.getJob(job!.id);
    const [attempt] = await engine.repo.delivery.listAttempts(job!.id);
    expect(new Date(after!.nextAttemptAt).getTime() - new Date(attempt!.at).getTime()).toBeGreaterThanOrEqual(
      1_000,
    );
  });

  it('disables an endpoint that answers 410, with its waiting messages, and tells the listener', async () => {
    const fixture = await createDeliveryFixture(engine.repo);
    const { endpoint } = await fixture.addEndpoint(receiver.url);
    receiver.setStatus(() => 410);
    startWorker();
    await fixture.submit();
    await until(async () => (await engine.repo.delivery.getEndpoint(endpoint.id))?.state === 'disabled');
    expect(await engine.repo.delivery.getEndpoint(endpoint.id)).toMatchObject({ disabledReason: 'gone' });
    expect(disabled).toEqual(['gone']);
    const later = await fixture.submit();
    expect(await engine.repo.delivery.listJobsForSubmission(later.id)).toEqual([]);
  });

  it('disables an endpoint that keeps failing for the configured time', async () => {
    const fixture = await createDeliveryFixture(engine.repo);
    const { endpoint } = await fixture.addEndpoint(receiver.url);
    receiver.setStatus(() => 500);
    startWorker({ retryScheduleMs: [0, 30, 30, 30, 30, 30, 30, 30], disableAfterFailingMs: 100 });
    await fixture.submit();
    await until(async () => (await engine.repo.delivery.getEndpoint(endpoint.id))?.state === 'disabled');
    expect(await engine.repo.delivery.getEndpoint(endpoint.id)).toMatchObject({ disabledReason: 'failing' });
    expect(disabled).toEqual(['failing']);
  });

  it('refuses to connect to a receiver outside the outbound policy, and retries later', async () => {
    const fixture = await createDeliveryFixture(engine.repo);
    await fixture.addEndpoint(receiver.url);
    startWorker({ outbound: { allowHttp: true, allowList: [] }, retryScheduleMs: [0] });
    const submission = await fixture.submit();
    const [job] = await engine.repo.delivery.listJobsForSubmission(submission.id);
    await until(async () => (await engine.repo.delivery.getJob(job!.id))?.state === 'exhausted');
    expect(receiver.received).toHaveLength(0);
    expect((await engine.repo.delivery.listAttempts(job!.id))[0]?.error).toMatch(/may not be called/);
  });

  it('during a secret rotation signs with both secrets, so a receiver with either verifies', async () => {
    const fixture = await createDeliveryFixture(engine.repo);
    const { endpoint, secret: oldSecret } = await fixture.addEndpoint(receiver.url);
    const newSecret = createWebhookSecret();
    const box = createSecretBox(buildDeliveryConfig().secretsKey);
    const until = new Date(Date.now() + 3_600_000).toISOString();
    await engine.repo.delivery.rotateEndpointSecret(
      endpoint.id,
      box.seal(newSecret),
      until,
      new Date().toISOString(),
    );
    startWorker();
    await fixture.submit();
    await receiver.waitForUnique(1);
    const [hit] = receiver.received;
    const headers = hit!.headers as Record<string, string>;
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(() => verifyWebhook(hit!.body, headers, oldSecret)).not.toThrow();
    expect(() => verifyWebhook(hit!.body, headers, newSecret)).not.toThrow();
  });

  it('sends a later event about a submission (request.message) on the same channels, payload beside the reference', async () => {
    const fixture = await createDeliveryFixture(engine.repo, { channels: ['e-address'] });
    await fixture.addEndpoint(receiver.url);
    startWorker();
    const submission = await fixture.submit();
    await receiver.waitForUnique(1);
    const jobs = await enqueueSubmissionEvent(
      engine.repo,
      submission,
      'request.message',
      { text: 'Pielikumā izziņa.' },
      new Date(),
    );
    expect(jobs.map((j) => j.channel).sort()).toEqual(['e-address', 'webhook']);
    await receiver.waitForUnique(2);
    const bodies = receiver.received.map(
      (r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> },
    );
    expect(bodies.find((b) => b.type === 'request.message')?.data).toMatchObject({
      reference: submission.reference,
      text: 'Pielikumā izziņa.',
    });
  });

  it("hands the agency's e-address replies to the listener and acknowledges them once handled", async () => {
    const replies: Array<{ reference: string; submissionId: string | null; text: unknown }> = [];
    listener.eAddressReply = async (e) => {
      replies.push({ reference: e.reference, submissionId: e.submissionId, text: e.reply.body.text });
    };
    try {
      const fixture = await createDeliveryFixture(engine.repo, { channels: ['e-address'] });
      startWorker({ pollIntervalMs: 20 });
      const submission = await fixture.submit();
      await until(async () => events.length === 1);
      const [document] = await engine.repo.delivery.listEAddressMessages({ direction: 'outgoing', limit: 1 });
      await createEAddressSimulator(engine.repo.delivery, () => new Date()).reply({
        inReplyTo: document!.id,
        title: 'Atbilde',
        body: { text: 'Saņemts.' },
      });
      await until(async () => replies.length === 1);
      expect(replies[0]).toEqual({
        reference: submission.reference,
        submissionId: submission.id,
        text: 'Saņemts.',
      });
      await until(
        async () =>
          (await engine.repo.delivery.listEAddressMessages({ unreceipted: true, limit: 5 })).length === 0,
      );
    } finally {
      delete listener.eAddressReply;
    }
  });

  it('delivers by e-address to the agency mailbox in the simulator, with a receipt', async () => {
    const fixture = await createDeliveryFixture(engine.repo, { channels: ['e-address'] });
    startWorker();
    const submission = await fixture.submit();
    await until(async () => events.length === 1);
    expect(events[0]).toMatchObject({ channel: 'e-address', reference: submission.reference });
    const [message] = await engine.repo.delivery.listEAddressMessages({
      address: `_DEFAULT@${fixture.agency.registrationNumber}`,
      limit: 10,
    });
    expect(message).toMatchObject({
      direction: 'outgoing',
      senderReference: submission.reference,
      documentKind: 'application',
    });
    expect(message!.receiptAt).not.toBeNull();
    expect((message!.body as { data: { reference: string } }).data.reference).toBe(submission.reference);
  });
});
