import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): `webhook-signature` carries
 * `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` for each active secret, space-separated, so a
 * receiver keeps verifying while the agency rotates from the old secret to the new one.
 * The HMAC itself comes from the `standardwebhooks` reference library.
 */
export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

export function signWebhook(input: {
  id: string;
  timestamp: Date;
  body: string;
  secrets: readonly string[];
}): WebhookHeaders {
  if (input.secrets.length === 0) throw new Error('signWebhook: at least one secret is needed');
  const signatures = input.secrets.map((secret) =>
    new Webhook(secret).sign(input.id, input.timestamp, input.body),
  );
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(Math.floor(input.timestamp.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}

/** What a receiver does; used in tests and documented for agencies. Throws when the signature does not verify. */
export function verifyWebhook(body: string, headers: Record<string, string>, secret: string): unknown {
  return new Webhook(secret).verify(body, headers);
}

/** A new signing secret in the specification's `whsec_` + base64 form (24 random bytes). */
export function createWebhookSecret(random: (size: number) => Uint8Array = randomBytes): string {
  return `whsec_${Buffer.from(random(24)).toString('base64')}`;
}
