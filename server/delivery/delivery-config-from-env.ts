import type { Logger } from '../app/logger.ts';
import type { Env } from '../config/env.ts';
import { buildDeliveryConfig, type DeliveryConfig } from './delivery-config.ts';
import { DEVELOPMENT_SECRETS_KEY, parseSecretsKey } from './secret-box.ts';

/** The delivery settings from the validated environment (README, "Configuration"). */
export function deliveryConfigFromEnv(env: Env, logger: Logger): DeliveryConfig {
  const key = parseSecretsKey(env.SECRETS_KEY);
  if (!key) {
    logger.warn('SECRETS_KEY is not set: webhook secrets are encrypted with the development key', {
      hint: 'set SECRETS_KEY to 32 random bytes (openssl rand -hex 32) in production',
    });
  }
  return buildDeliveryConfig({
    secretsKey: key ?? DEVELOPMENT_SECRETS_KEY,
    outbound: {
      allowHttp: env.OUTBOUND_ALLOW_HTTP,
      allowList: env.OUTBOUND_ALLOW_LIST.split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    },
    ...(env.DELIVERY_RETRY_SCHEDULE
      ? { retryScheduleMs: env.DELIVERY_RETRY_SCHEDULE.split(',').map((s) => Math.round(Number(s) * 1000)) }
      : {}),
    disableAfterFailingMs: env.DELIVERY_DISABLE_AFTER_HOURS * 3_600_000,
    pollIntervalMs: env.DELIVERY_POLL_MS,
    timeoutMs: Math.round(env.DELIVERY_TIMEOUT_SECONDS * 1000),
    leaseMs: Math.round(Math.max(env.DELIVERY_LEASE_SECONDS, env.DELIVERY_TIMEOUT_SECONDS + 1) * 1000),
    senderEAddress: env.EADDRESS_SENDER,
  });
}
