import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys look like `efp_<prefix>_<secret>`: the prefix finds the record, the secret is checked
 * against its SHA-256. Keys carry 192 random bits, so a plain SHA-256 is enough (a slow password
 * hash protects low-entropy secrets, which these are not).
 */
const KEY_PATTERN = /^efp_([a-z0-9]{10})_([A-Za-z0-9_-]{32})$/;

export interface NewApiKeySecret {
  /** Shown to the caller once. */
  token: string;
  prefix: string;
  secretHash: string;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function createApiKeySecret(random: (size: number) => Uint8Array = randomBytes): NewApiKeySecret {
  const prefix = Buffer.from(random(8)).toString('hex').slice(0, 10);
  const secret = Buffer.from(random(24)).toString('base64url');
  return { token: `efp_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const match = KEY_PATTERN.exec(token);
  if (!match) return null;
  return { prefix: match[1]!, secret: match[2]! };
}

export function secretMatches(secret: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
