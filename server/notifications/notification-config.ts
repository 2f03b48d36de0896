/** What notifications need from configuration (env: README "Configuration"). */
export interface NotificationConfig {
  /** `smtp://user:pass@host:587` or `smtps://...` (SMTP_URL); null: the capturing simulator keeps mail. */
  smtpUrl: string | null;
  /** Sender of notification e-mails (MAIL_FROM). */
  mailFrom: string;
  /** Sender name of SMS messages (SMS_FROM). */
  smsFrom: string;
  /** Fallback poll for due notifications; a change in this process wakes the sender at once. */
  pollIntervalMs: number;
  /** Delays before attempts 2, 3, ...; after the last one a notification is `failed`. */
  retryScheduleMs: readonly number[];
}

export function buildNotificationConfig(overrides: Partial<NotificationConfig> = {}): NotificationConfig {
  return {
    smtpUrl: null,
    mailFrom: 'E-pakalpojumi <no-reply@eforms.invalid>',
    smsFrom: 'EPAKALPOJ',
    pollIntervalMs: 2_000,
    retryScheduleMs: [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000],
    ...overrides,
  };
}
