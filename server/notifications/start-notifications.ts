/**
 * Wires notifications for the process (main.ts): SMTP when SMTP_URL is set, otherwise the
 * capturing mail simulator; the capturing SMS simulator (the slot for a real gateway is
 * `SmsTransport`); and the sender that works through the notification outbox after commit.
 */
import type { Logger } from '../app/logger.ts';
import type { Repository } from '../storage/repository.ts';
import type { NotificationConfig } from './notification-config.ts';
import { createNotificationSender } from './notification-sender.ts';
import {
  createCapturingMailTransport,
  createCapturingSmsTransport,
  createSmtpMailTransport,
} from './notification-transports.ts';

export function startNotifications(deps: {
  repo: Repository;
  clock: () => Date;
  logger: Logger;
  config: NotificationConfig;
}) {
  const { repo, clock, logger, config } = deps;
  const mail = config.smtpUrl
    ? createSmtpMailTransport(config.smtpUrl, config.mailFrom)
    : createCapturingMailTransport(repo, config.mailFrom, clock);
  const sms = createCapturingSmsTransport(repo, config.smsFrom, clock);
  const sender = createNotificationSender({
    repo,
    mail,
    sms,
    clock,
    logger,
    pollIntervalMs: config.pollIntervalMs,
    retryScheduleMs: config.retryScheduleMs,
  });
  sender.start();
  if (mail.kind === 'capture') {
    logger.warn('notification e-mail and SMS are CAPTURED, not sent: see /dev/mail', {
      hint: 'set SMTP_URL to send e-mail through an SMTP server',
    });
  }
  return {
    /** For createApp: wakes the sender after a change; says whether the simulators are in use. */
    handle: { kick: () => sender.kick(), capturing: mail.kind === 'capture' },
    stop: () => sender.stop(),
  };
}
