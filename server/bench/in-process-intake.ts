/**
 * The in-process limit of submission intake: the cached compiled validator and the repository's
 * prepared, group-committed insert, with the durability the server has (createRepository opens
 * SQLite through openSqlite: WAL, synchronous=FULL), and no HTTP, routing or JSON parsing.
 * `concurrency` submissions are kept in flight, as the HTTP run keeps one per connection, so
 * the group commit batches alike.
 */
import { randomUUID } from 'node:crypto';
import { createAjv } from '../../schema/ajv-setup.ts';
import { createValidatorCache } from '../../schema/validator-cache.ts';
import { createLogger } from '../app/logger.ts';
import { createReferenceNumber } from '../intake/reference-number.ts';
import { hashRequest } from '../intake/request-hash.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { createRepository } from '../storage/create-repository.ts';
import type { SubmissionRecord } from '../storage/repository.ts';

export interface InProcessOptions {
  /** SQLite file to create (its folder must be a fresh temp dir). */
  databasePath: string;
  serviceCode: string;
  payloads: readonly Record<string, unknown>[];
  concurrency: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface InProcessResult {
  ratePerSecond: number;
  stored: number;
  meanLatencyMs: number;
}

export async function runInProcessIntake(options: InProcessOptions): Promise<InProcessResult> {
  const repo = await createRepository(`file:${options.databasePath}`);
  try {
    await seedDemo(repo, () => new Date(), createLogger('warn'));
    const service = await repo.services.get(options.serviceCode);
    const version = service?.latestVersion
      ? await repo.services.getVersion(service.code, service.latestVersion)
      : null;
    if (!service || !version) throw new Error(`runInProcessIntake: ${options.serviceCode} was not seeded`);
    const validators = createValidatorCache(createAjv(), 500);
    const cacheKey = `${service.code}@${version.version}`;
    const schema = version.definition.form.schema;

    let next = 0;
    let measuring = false;
    let stopping = false;
    let stored = 0;
    let latencySum = 0;

    // Mirrors server/intake/accept-submission.ts from "validate" on, with an Idempotency-Key as
    // the citizen app sends one; the service and version lookups are left out (no HTTP, no routing).
    async function submitOne(): Promise<void> {
      const started = performance.now();
      const data = options.payloads[next++ % options.payloads.length]!;
      const result = validators.get(cacheKey, schema)(data);
      if (!result.ok) throw new Error(`runInProcessIntake: invalid payload ${JSON.stringify(result.issues)}`);
      const record: SubmissionRecord = {
        id: randomUUID(),
        reference: createReferenceNumber(),
        serviceCode: service!.code,
        version: version!.version,
        agencyId: service!.agencyId,
        data,
        idempotencyKey: randomUUID(),
        requestHash: hashRequest({ version: version!.version, data }),
        createdAt: new Date().toISOString(),
      };
      const outcome = await repo.submissions.insert(record);
      if (!outcome.created) throw new Error('runInProcessIntake: a fresh idempotency key was taken');
      if (measuring) {
        stored += 1;
        latencySum += performance.now() - started;
      }
    }

    async function worker(): Promise<void> {
      while (!stopping) await submitOne();
    }

    const workers = Array.from({ length: options.concurrency }, worker);
    await sleep(options.warmupSeconds * 1000);
    measuring = true;
    const started = performance.now();
    await sleep(options.durationSeconds * 1000);
    measuring = false;
    const seconds = (performance.now() - started) / 1000;
    stopping = true;
    await Promise.all(workers);
    return { ratePerSecond: stored / seconds, stored, meanLatencyMs: latencySum / Math.max(1, stored) };
  } finally {
    await repo.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
