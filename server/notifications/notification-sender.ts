/**
 * Sends queued notifications after their change committed, so the status API never waits for
 * SMTP. Woken at once by `kick()` after a change in this process, and polls as a fallback (other
 * processes, retries). A failed send is retried on a schedule, then marked `failed`.
 */
import type { Logger } from '../app/logger.ts';
import type { Repository } from '../storage/repository.ts';
import type { MailTransport, SmsTransport } from './notification-transports.ts';

export interface NotificationSenderDeps {
  repo: Repository;
  mail: MailTransport;
  sms: SmsTransport;
  clock: () => Date;
  logger: Logger;
  pollIntervalMs: number;
  retryScheduleMs: readonly number[];
}

export interface NotificationSender {
  /** Sends everything due now; resolves with how many were sent. */
  runDue(): Promise<number>;
  /** Asks for a run soon (after a commit that queued notifications). */
  kick(): void;
  start(): void;
  stop(): Promise<void>;
}

export function createNotificationSender(deps: NotificationSenderDeps): NotificationSender {
  let running: Promise<number> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;

  async function sendBatch(): Promise<number> {
    let sent = 0;
    for (;;) {
      const due = await deps.repo.requests.listDueNotifications(deps.clock().toISOString(), 50);
      if (due.length === 0) return sent;
      for (const n of due) {
        const attempts = n.attempts + 1;
        try {
          if (n.channel === 'email')
            await deps.mail.send({ to: n.recipient, subject: n.subject, text: n.body });
          else await deps.sms.send({ to: n.recipient, text: n.body });
          await deps.repo.requests.markNotification(n.id, {
            state: 'sent',
            attempts,
            nextAttemptAt: n.nextAttemptAt,
            lastError: null,
            sentAt: deps.clock().toISOString(),
          });
          sent += 1;
        } catch (error) {
          const delay = deps.retryScheduleMs[attempts - 1];
          const message = error instanceof Error ? error.message : String(error);
          deps.logger.warn('notification not sent', {
            id: n.id,
            channel: n.channel,
            attempts,
            error: message,
          });
          await deps.repo.requests.markNotification(n.id, {
            state: delay === undefined ? 'failed' : 'pending',
            attempts,
            nextAttemptAt: new Date(deps.clock().getTime() + (delay ?? 0)).toISOString(),
            lastError: message.slice(0, 500),
            sentAt: null,
          });
        }
      }
    }
  }

  function runDue(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = sendBatch()
      .catch((error) => {
        deps.logger.error('notification sender failed', { error: String(error) });
        return 0;
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void runDue();
        }
      });
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(async () => {
      await runDue();
      schedule();
    }, deps.pollIntervalMs);
    timer.unref?.();
  }

  return {
    runDue,
    kick() {
      void runDue();
    },
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
