/**
 * Sending after commit (issue 6): through real SMTP (nodemailer to a local SMTP receiver, the
 * outside world's stand-in), retries on a schedule, `failed` after the last attempt; the
 * capturing simulators keep what would have been sent.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../app/logger.ts';
import { createRepository } from '../storage/create-repository.ts';
import type { Repository } from '../storage/repository.ts';
import type { NotificationRecord } from '../storage/request-records.ts';
import { buildAgency, buildService, buildSubmission, T0 } from '../storage/testing/build-test-records.ts';
import { createNotificationSender } from './notification-sender.ts';
import {
  createCapturingMailTransport,
  createCapturingSmsTransport,
  createSmtpMailTransport,
  type MailTransport,
} from './notification-transports.ts';

/** A minimal SMTP receiver: enough of RFC 5321 for one plain message per connection. */
async function startSmtpReceiver(): Promise<{ server: Server; port: number; messages: string[] }> {
  const messages: string[] = [];
  const server = createServer((socket) => {
    let data: string | null = null;
    socket.write('220 test ESMTP\r\n');
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (data !== null) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          messages.push(data + buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          data = null;
          socket.write('250 queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 test\r\n');
        else if (verb === 'DATA') {
          data = '';
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as { port: number }).port, messages };
}

let repo: Repository;
let submissionId: string;
const clock = () => new Date('2026-01-02T04:00:00.000Z');

beforeEach(async () => {
  repo = await createRepository(':memory:');
  const agency = await repo.agencies.create(buildAgency('vid'));
  const service = buildService(agency, 'vid-permit');
  await repo.services.create(service);
  await repo.services.publish('vid-permit', service.draft, 'k', T0);
  const submission = buildSubmission({ code: 'vid-permit', agencyId: agency.id });
  await repo.submissions.insert(submission);
  submissionId = submission.id;
});
afterEach(async () => {
  await repo.close();
});

async function queue(overrides: Partial<NotificationRecord> = {}) {
  const n: NotificationRecord = {
    id: crypto.randomUUID(),
    submissionId,
    channel: 'email',
    recipient: 'janis@example.lv',
    subject: 'EF-1: Pabeigts',
    body: 'Jūsu pieteikumam ir jauns statuss: Pabeigts.',
    state: 'pending',
    attempts: 0,
    nextAttemptAt: T0,
    lastError: null,
    createdAt: T0,
    sentAt: null,
    ...overrides,
  };
  await repo.requests.appendStatus({
    submissionId,
    status: 'in_progress',
    agencyCode: null,
    citizenText: { lv: 'x', en: 'x' },
    message: null,
    document: null,
    actor: 'test',
    idempotencyKey: null,
    requestHash: null,
    final: false,
    at: T0,
    notifications: [n],
  });
  return n;
}

function sender(mail: MailTransport) {
  return createNotificationSender({
    repo,
    mail,
    sms: createCapturingSmsTransport(repo, 'EFORMS', clock),
    clock,
    logger: createLogger('silent'),
    pollIntervalMs: 10_000,
    retryScheduleMs: [60_000],
  });
}

describe('the notification sender', () => {
  it('sends e-mail through SMTP with nodemailer, UTF-8 subject and body intact', async () => {
    const smtp = await startSmtpReceiver();
    try {
      await queue({ subject: 'EF-1: Tiek izskatīts' });
      const sent = await sender(
        createSmtpMailTransport(`smtp://127.0.0.1:${smtp.port}`, 'no-reply@eforms.test'),
      ).runDue();
      expect(sent).toBe(1);
      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]).toMatch(/^To: janis@example\.lv$/m);
      expect(smtp.messages[0]).toMatch(/^Subject: =\?UTF-8\?/m);
      const [n] = await repo.requests.listNotifications(submissionId);
      expect(n).toMatchObject({ state: 'sent', attempts: 1, sentAt: clock().toISOString() });
    } finally {
      smtp.server.close();
    }
  });

  it('retries a failed send on the schedule and marks it failed after the last attempt', async () => {
    const n = await queue();
    const failing: MailTransport = {
      kind: 'smtp',
      send: async () => {
        throw new Error('connect ECONNREFUSED');
      },
    };
    expect(await sender(failing).runDue()).toBe(0);
    expect((await repo.requests.listNotifications(submissionId))[0]).toMatchObject({
      state: 'pending',
      attempts: 1,
      nextAttemptAt: '2026-01-02T04:01:00.000Z',
      lastError: 'connect ECONNREFUSED',
    });
    await repo.requests.markNotification(n.id, {
      state: 'pending',
      attempts: 1,
      nextAttemptAt: T0,
      lastError: null,
      sentAt: null,
    });
    await sender(failing).runDue();
    expect((await repo.requests.listNotifications(submissionId))[0]).toMatchObject({
      state: 'failed',
      attempts: 2,
    });
  });

  it('keeps mail and SMS in the capturing simulators instead of sending', async () => {
    await queue();
    await queue({ channel: 'sms', recipient: '+37120000000', subject: '', body: 'EF-1: Pabeigts.' });
    expect(await sender(createCapturingMailTransport(repo, 'no-reply@eforms.test', clock)).runDue()).toBe(2);
    const captured = await repo.requests.listCaptured({ limit: 10 });
    expect(captured.map((c) => [c.channel, c.to]).sort()).toEqual([
      ['email', 'janis@example.lv'],
      ['sms', '+37120000000'],
    ]);
    expect(captured.find((c) => c.channel === 'email')).toMatchObject({ subject: 'EF-1: Pabeigts' });
  });
});
