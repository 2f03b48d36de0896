/**
 * The delivery worker (issue 6): takes due jobs from the outbox with a lease, delivers each by
 * its channel, records the attempt and decides what comes next. At-least-once: a job is marked
 * delivered only after the receiver answered 2xx, and a worker that dies mid-delivery loses its
 * lease, so another (or the restarted) worker sends the same message again with the same
 * `webhook-id`; receivers dedupe on it.
 *
 * New jobs of this process wake the worker at once (repo.delivery.onEnqueued); the poll interval
 * is only the fallback for other processes' jobs. Up to `concurrency` deliveries run at once.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../app/logger.ts';
import type {
  DeliveryJobRecord,
  DeliveryJobState,
  WebhookEndpointRecord,
} from '../storage/delivery-records.ts';
import type { Repository, SubmissionRecord } from '../storage/repository.ts';
import type { DeliveryConfig } from './delivery-config.ts';
import type { DeliveryListener } from './delivery-listener.ts';
import { buildDeliveryPayload } from './delivery-payload.ts';
import { type EAddressTransport, institutionEAddress } from './e-address/e-address-transport.ts';
import { nextAttemptDelay } from './retry-schedule.ts';
import { createSecretBox } from './secret-box.ts';
import { type DeliveryOutcome, sendWebhook } from './send-webhook.ts';
import { signWebhook } from './webhook-signature.ts';

export interface DeliveryWorkerDeps {
  repo: Repository;
  config: DeliveryConfig;
  logger: Logger;
  clock: () => Date;
  eAddress: EAddressTransport;
  listener?: DeliveryListener | null;
  /** Jitter source; tests pass a fixed one. */
  random?: () => number;
  /** Names this worker's leases (default: a random id per start). */
  owner?: string;
}

export interface DeliveryWorker {
  start(): void;
  /** Stops claiming, waits for deliveries in flight (their leases would otherwise lapse). */
  stop(): Promise<void>;
  /** Look for due jobs now (called on enqueue; tests may call it too). */
  wake(): void;
  readonly owner: string;
}

export function createDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  const { repo, config, logger, clock } = deps;
  const owner = deps.owner ?? `worker-${randomUUID().slice(0, 8)}`;
  const random = deps.random ?? Math.random;
  const box = createSecretBox(config.secretsKey);
  let running = false;
  let claiming = false;
  let claimAgain = false;
  let timer: NodeJS.Timeout | null = null;
  let unsubscribe: (() => void) | null = null;
  const inFlight = new Set<Promise<void>>();

  function schedule(delayMs: number) {
    if (!running) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(wake, Math.max(0, Math.min(delayMs, config.pollIntervalMs)));
  }

  let wakeQueued = false;
  /**
   * Coalesced to one claim per event-loop turn: deliveries that finish together (their
   * completions are group-committed) refill the pool with one claim, not one claim each.
   */
  function wake() {
    if (!running || wakeQueued) return;
    wakeQueued = true;
    setImmediate(() => {
      wakeQueued = false;
      if (!running) return;
      if (claiming) {
        claimAgain = true;
        return;
      }
      void claimLoop();
    });
  }

  async function claimLoop() {
    claiming = true;
    let delay = config.pollIntervalMs;
    try {
      do {
        claimAgain = false;
        // Refill when half the pool is free: one claim (one write) takes many jobs at once.
        while (running && inFlight.size <= config.concurrency / 2) {
          const jobs = await repo.delivery.claimDue(
            owner,
            clock().toISOString(),
            config.leaseMs,
            config.concurrency - inFlight.size,
          );
          if (jobs.length === 0) break;
          for (const job of jobs) {
            const run = deliver(job)
              .catch((error: unknown) =>
                logger.error('delivery failed unexpectedly', { jobId: job.id, error: String(error) }),
              )
              .finally(() => {
                inFlight.delete(run);
                wake();
              });
            inFlight.add(run);
          }
        }
      } while (claimAgain && running);
      // Full: a finishing delivery wakes the loop; the poll timer stays as the fallback.
      if (inFlight.size < config.concurrency) {
        const next = await repo.delivery.nextDueAt();
        if (next !== null) delay = new Date(next).getTime() - clock().getTime();
      }
    } catch (error) {
      logger.error('delivery worker could not claim jobs', { error: String(error) });
    } finally {
      claiming = false;
      schedule(delay);
      // A wake-up that came while this loop was finishing must not be lost.
      if (claimAgain) wake();
    }
  }

  async function finish(
    job: DeliveryJobRecord,
    outcome: {
      state: DeliveryJobState;
      statusCode: number | null;
      error: string | null;
      durationMs: number;
      retryAfterMs?: number | null;
    },
    submission: SubmissionRecord | null,
  ) {
    const now = clock();
    let state = outcome.state;
    let nextAttemptAt: string | null = null;
    if (state === 'pending') {
      // This was attempt job.attempts + 1; the next one is job.attempts + 2 on the schedule.
      const delay = nextAttemptDelay(
        job.attempts + 2,
        outcome.retryAfterMs ?? null,
        random,
        config.retryScheduleMs,
      );
      if (delay === null) state = 'exhausted';
      else nextAttemptAt = new Date(now.getTime() + delay).toISOString();
    }
    const result = await repo.delivery.completeAttempt({
      jobId: job.id,
      leaseOwner: owner,
      attempt: {
        at: now.toISOString(),
        statusCode: outcome.statusCode,
        error: outcome.error,
        durationMs: outcome.durationMs,
      },
      state,
      nextAttemptAt,
      lastError: outcome.error,
    });
    if (state === 'exhausted') {
      logger.warn('delivery exhausted its retries', {
        jobId: job.id,
        messageId: job.messageId,
        error: outcome.error,
      });
    }
    if (result.firstDelivery && submission && deps.listener) {
      await deps.listener
        .delivered({
          submissionId: submission.id,
          reference: submission.reference,
          channel: job.channel,
          at: now.toISOString(),
        })
        .catch((error: unknown) =>
          logger.error('delivery listener failed', { jobId: job.id, error: String(error) }),
        );
    }
  }

  async function disableEndpoint(endpoint: WebhookEndpointRecord, reason: string) {
    const at = clock().toISOString();
    await repo.delivery.disableEndpoint(endpoint.id, reason, at);
    logger.warn('webhook endpoint disabled', {
      endpointId: endpoint.id,
      agencyId: endpoint.agencyId,
      reason,
    });
    await deps.listener
      ?.endpointDisabled?.({
        agencyId: endpoint.agencyId,
        endpointId: endpoint.id,
        url: endpoint.url,
        reason,
        at,
      })
      .catch((error: unknown) =>
        logger.error('delivery listener failed', { endpointId: endpoint.id, error: String(error) }),
      );
  }

  function secretsOf(endpoint: WebhookEndpointRecord): string[] {
    const secrets = [box.open(endpoint.secretCiphertext)];
    if (
      endpoint.previousSecretCiphertext &&
      endpoint.previousSecretExpiresAt &&
      endpoint.previousSecretExpiresAt > clock().toISOString()
    ) {
      secrets.push(box.open(endpoint.previousSecretCiphertext));
    }
    return secrets;
  }

  async function deliver(job: DeliveryJobRecord) {
    const submission = await repo.delivery.getSubmission(job.submissionId);
    if (!submission) {
      return finish(
        job,
        { state: 'disabled', statusCode: null, error: 'submission not found', durationMs: 0 },
        null,
      );
    }
    // The files are listed only with the submission itself (other events carry their own payload).
    const files = job.payload === null ? await repo.attachments.listBySubmission(submission.id) : [];
    const body = JSON.stringify(buildDeliveryPayload(job, submission, files));
    if (job.channel === 'e-address') return deliverByEAddress(job, submission, body);

    const endpoint = job.endpointId ? await repo.delivery.getEndpoint(job.endpointId) : null;
    if (endpoint?.state !== 'active') {
      const error = endpoint
        ? `endpoint disabled: ${endpoint.disabledReason ?? 'manual'}`
        : 'endpoint deleted';
      return finish(job, { state: 'disabled', statusCode: null, error, durationMs: 0 }, submission);
    }
    const headers = signWebhook({
      id: job.messageId,
      timestamp: clock(),
      body,
      secrets: secretsOf(endpoint),
    });
    const sent: DeliveryOutcome = await sendWebhook({
      url: endpoint.url,
      body,
      headers: { ...headers },
      policy: config.outbound,
      timeoutMs: config.timeoutMs,
      now: clock,
    });
    if (sent.kind === 'delivered') {
      await finish(
        job,
        { state: 'delivered', statusCode: sent.status, error: null, durationMs: sent.durationMs },
        submission,
      );
      if (endpoint.failingSince !== null)
        await repo.delivery.recordEndpointHealth(endpoint.id, true, clock().toISOString());
      return;
    }
    if (sent.kind === 'gone') {
      await finish(
        job,
        { state: 'disabled', statusCode: 410, error: 'HTTP 410 Gone', durationMs: sent.durationMs },
        submission,
      );
      return disableEndpoint(endpoint, 'gone');
    }
    await finish(
      job,
      {
        state: 'pending',
        statusCode: sent.status,
        error: sent.error,
        durationMs: sent.durationMs,
        retryAfterMs: sent.retryAfterMs,
      },
      submission,
    );
    const health = await repo.delivery.recordEndpointHealth(endpoint.id, false, clock().toISOString());
    if (
      health?.failingSince &&
      health.state === 'active' &&
      clock().getTime() - new Date(health.failingSince).getTime() >= config.disableAfterFailingMs
    ) {
      await disableEndpoint(endpoint, 'failing');
    }
  }

  async function deliverByEAddress(job: DeliveryJobRecord, submission: SubmissionRecord, body: string) {
    const started = performance.now();
    const agency = await repo.agencies.getById(submission.agencyId);
    try {
      if (!agency) throw new Error('agency not found');
      await deps.eAddress.send({
        messageId: job.messageId,
        sender: config.senderEAddress,
        recipient: institutionEAddress(agency.registrationNumber),
        senderReference: submission.reference,
        title: `${job.eventType === 'submission.created' ? 'Pieteikums' : 'Ziņa'} ${submission.reference} (${submission.serviceCode})`,
        author: 'E-formu platforma',
        date: submission.createdAt.slice(0, 10),
        kind: job.eventType === 'submission.created' ? 'application' : 'message',
        body: JSON.parse(body) as Record<string, unknown>,
        attachments: [],
      });
      await finish(
        job,
        {
          state: 'delivered',
          statusCode: null,
          error: null,
          durationMs: Math.round(performance.now() - started),
        },
        submission,
      );
    } catch (error) {
      await finish(
        job,
        {
          state: 'pending',
          statusCode: null,
          error: (error as Error).message,
          durationMs: Math.round(performance.now() - started),
        },
        submission,
      );
    }
  }

  let replyTimer: NodeJS.Timeout | null = null;
  let polling: Promise<void> | null = null;
  /** Replies in the platform's e-address mailbox go to the listener, then are acknowledged. */
  async function pollReplies() {
    const listener = deps.listener;
    if (!listener?.eAddressReply) return;
    try {
      const replies = await deps.eAddress.pollIncoming(config.senderEAddress, 50);
      for (const reply of replies) {
        const submission = await repo.submissions.getByReference(reply.senderReference);
        await listener.eAddressReply({
          reference: reply.senderReference,
          submissionId: submission?.id ?? null,
          reply,
        });
        await deps.eAddress.acknowledge(reply.messageId);
      }
    } catch (error) {
      logger.error('e-address replies could not be processed', { error: String(error) });
    }
  }

  return {
    owner,
    start() {
      if (running) return;
      running = true;
      unsubscribe = repo.delivery.onEnqueued(wake);
      wake();
      if (deps.listener?.eAddressReply) {
        replyTimer = setInterval(() => {
          polling ??= pollReplies().finally(() => {
            polling = null;
          });
        }, config.pollIntervalMs * 5);
      }
    },
    async stop() {
      running = false;
      unsubscribe?.();
      if (timer) clearTimeout(timer);
      if (replyTimer) clearInterval(replyTimer);
      await polling;
      while (claiming || inFlight.size > 0) {
        await Promise.all([...inFlight]);
        if (claiming) await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    wake,
  };
}
