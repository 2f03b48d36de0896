import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type RandomBytes = (size: number) => Uint8Array;

/** A fresh 256-bit random token (session cookie, CSRF token). */
export function createRandomToken(random: RandomBytes = randomBytes): string {
  return Buffer.from(random(32)).toString('base64url');
}

/**
 * The stored id of a session: SHA-256 of its cookie token. The token has 256 random bits, so a
 * plain hash suffices, and a leaked sessions table cannot be turned back into cookies.
 * Null for anything that is not the shape of a token, so a forged cookie never reaches storage.
 */
export function sessionIdForToken(token: string): string | null {
  return TOKEN_PATTERN.test(token) ? sha256Hex(token) : null;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Compares two secrets in constant time (on their hashes, so the length does not leak either). */
export function secretsEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}
