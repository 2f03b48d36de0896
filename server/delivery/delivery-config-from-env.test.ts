import { describe, expect, it } from 'vitest';
import { createLogger } from '../app/logger.ts';
import { parseEnv } from '../config/env.ts';
import { deliveryConfigFromEnv } from './delivery-config-from-env.ts';
import { RETRY_SCHEDULE_MS } from './retry-schedule.ts';
import { DEVELOPMENT_SECRETS_KEY } from './secret-box.ts';

function configFrom(vars: Record<string, string>) {
  const lines: string[] = [];
  const parsed = parseEnv(vars);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return {
    config: deliveryConfigFromEnv(
      parsed.env,
      createLogger('warn', (line) => lines.push(line)),
    ),
    lines,
  };
}

describe('delivery settings from the environment', () => {
  it('defaults to the Standard Webhooks schedule, https only, no allow-list, and warns about the development key', () => {
    const { config, lines } = configFrom({});
    expect(config.retryScheduleMs).toEqual(RETRY_SCHEDULE_MS);
    expect(config.outbound).toEqual({ allowHttp: false, allowList: [] });
    expect(Buffer.from(config.secretsKey)).toEqual(DEVELOPMENT_SECRETS_KEY);
    expect(lines.join('')).toMatch(/SECRETS_KEY is not set/);
    expect(config.leaseMs).toBeGreaterThan(config.timeoutMs);
  });

  it('reads the key, the allow-list, a short schedule and the lease (kept above the time-out)', () => {
    const { config, lines } = configFrom({
      SECRETS_KEY: 'ab'.repeat(32),
      OUTBOUND_ALLOW_HTTP: 'true',
      OUTBOUND_ALLOW_LIST: '127.0.0.0/8, ::1/128 ,hooks.local',
      DELIVERY_RETRY_SCHEDULE: '0,0.05,1',
      DELIVERY_TIMEOUT_SECONDS: '5',
      DELIVERY_LEASE_SECONDS: '2',
    });
    expect(Buffer.from(config.secretsKey).toString('hex')).toBe('ab'.repeat(32));
    expect(config.outbound).toEqual({
      allowHttp: true,
      allowList: ['127.0.0.0/8', '::1/128', 'hooks.local'],
    });
    expect(config.retryScheduleMs).toEqual([0, 50, 1000]);
    expect(config.leaseMs).toBe(6_000);
    expect(lines).toEqual([]);
  });

  it('refuses a key of the wrong size and a malformed schedule, with a plain message', () => {
    const bad = parseEnv({ SECRETS_KEY: 'abc', DELIVERY_RETRY_SCHEDULE: '0,soon' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.join('\n')).toMatch(/SECRETS_KEY.*32 bytes[\s\S]*DELIVERY_RETRY_SCHEDULE/);
  });
});
