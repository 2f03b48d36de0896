/**
 * The registry and delivery together (issue 6), with a real local webhook receiver, on SQLite and
 * (with TEST_DATABASE_URL) PostgreSQL: a delivered submission becomes "received" once, and the
 * applicant's answer reaches the agency as a signed `request.message` webhook.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDeps } from '../app/app-deps.ts';
import { createLogger } from '../app/logger.ts';
import { buildAppConfig } from '../config/app-config.ts';
import { buildDeliveryConfig, LOOPBACK_OUTBOUND } from '../delivery/delivery-config.ts';
import { createDeliveryWorker, type DeliveryWorker } from '../delivery/delivery-worker.ts';
import { createEAddressSimulator } from '../delivery/e-address/e-address-simulator.ts';
import { createDeliveryFixture } from '../delivery/testing/delivery-fixture.ts';
import { startTestReceiver, type TestReceiver } from '../delivery/testing/test-receiver.ts';
import { verifyWebhook } from '../delivery/webhook-signature.ts';
import { type TestEngine, testEngineFactories } from '../storage/testing/open-test-engines.ts';
import { createRequestDeliveryListener } from './request-delivery-listener.ts';
import { answerFromApplicant } from './request-messages.ts';

const until = async (check: () => Promise<boolean>, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe.each(testEngineFactories())('request registry with delivery on $name', (factory) => {
  let engine: TestEngine;
  let receiver: TestReceiver;
  let worker: DeliveryWorker;

  beforeEach(async () => {
    engine = await factory.open();
    receiver = await startTestReceiver();
    worker = createDeliveryWorker({
      repo: engine.repo,
      config: buildDeliveryConfig({
        outbound: LOOPBACK_OUTBOUND,
        retryScheduleMs: [0, 50],
        pollIntervalMs: 100,
      }),
      logger: createLogger('silent'),
      clock: () => new Date(),
      eAddress: createEAddressSimulator(engine.repo.delivery, () => new Date()),
      listener: createRequestDeliveryListener(engine.repo),
    });
    worker.start();
  });
  afterEach(async () => {
    await worker.stop();
    await receiver.close();
    await engine.dispose();
  });

  it('records "received" once after the webhook is delivered, and delivers the answer as request.message', async () => {
    const fixture = await createDeliveryFixture(engine.repo);
    const { secret } = await fixture.addEndpoint(receiver.url);
    const submission = await fixture.submit({ name: 'Anna' });
    await receiver.waitForUnique(1, 3_000);
    await until(async () => (await engine.repo.requests.getState(submission.id))?.status === 'received');
    expect((await engine.repo.requests.listHistory(submission.id)).map((e) => [e.status, e.actor])).toEqual([
      ['submitted', 'platform'],
      ['received', 'delivery:webhook'],
    ]);

    const deps = {
      repo: engine.repo,
      config: buildAppConfig(),
      logger: createLogger('silent'),
      clock: () => new Date(),
    } satisfies AppDeps;
    await answerFromApplicant(deps, submission, { body: 'Papildinājums' }, 'user:PNOLV-010190-10006', null);
    await receiver.waitForUnique(2, 3_000);
    const hit = receiver.received.find((h) => h.body.includes('request.message'))!;
    const payload = verifyWebhook(hit.body, hit.headers as Record<string, string>, secret) as {
      type: string;
      data: { reference: string; message: { body: string } };
    };
    expect(payload.type).toBe('request.message');
    expect(payload.data).toMatchObject({
      reference: submission.reference,
      message: { body: 'Papildinājums' },
    });
  });

  it("turns the agency's e-address reply into a message to the applicant, once per reply", async () => {
    const fixture = await createDeliveryFixture(engine.repo, {
      agencyCode: 'lad',
      serviceCode: 'lad-permit',
    });
    const submission = await fixture.submit({ name: 'Anna' });
    const listener = createRequestDeliveryListener(engine.repo, {
      config: buildAppConfig(),
      logger: createLogger('silent'),
      clock: () => new Date(),
    });
    const reply = {
      messageId: 'ea-1',
      sender: '_DEFAULT@90000012345',
      recipient: '_DEFAULT@90000000000',
      senderReference: submission.reference,
      inReplyTo: null,
      title: 'Par jūsu iesniegumu',
      author: 'Iestāde',
      date: '2026-11-26',
      kind: 'letter',
      body: { text: 'Lūdzu, iesniedziet arī pases kopiju.' },
      attachments: [],
      receivedAt: new Date().toISOString(),
    };
    await listener.eAddressReply!({ reference: submission.reference, submissionId: submission.id, reply });
    await listener.eAddressReply!({ reference: submission.reference, submissionId: submission.id, reply });
    const messages = await engine.repo.requests.listMessages(submission.id);
    expect(messages.map((m) => [m.direction, m.body, m.author])).toEqual([
      ['to_applicant', 'Lūdzu, iesniedziet arī pases kopiju.', 'e-address:_DEFAULT@90000012345'],
    ]);
  });
});
