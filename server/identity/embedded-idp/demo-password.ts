import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a typed password with the expected one in constant time. Both are hashed first so the
 * comparison does not leak the length either; timingSafeEqual needs equal-length inputs.
 */
export function isCorrectPassword(typed: string, expected: string): boolean {
  const a = createHash('sha256').update(typed, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}
