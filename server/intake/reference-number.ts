import { randomBytes } from 'node:crypto';

/**
 * Submission references that people read out on the phone and that cannot be enumerated:
 * 60 random bits in Crockford base32 (no I, L, O, U), grouped: `EF-7K3M-9QXP-2HDT`.
 * Guessing one of a million live references takes ~10^12 tries on average.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_PATTERN = /^EF-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Feedback references (issue 7) look the same with their own prefix: `FB-7K3M-9QXP-2HDT`. */
export const FEEDBACK_REFERENCE_PATTERN =
  /^FB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export function createReferenceNumber(
  random: (size: number) => Uint8Array = randomBytes,
  prefix: 'EF' | 'FB' = 'EF',
): string {
  const bytes = random(12);
  let out = '';
  for (let i = 0; i < 12; i += 1) {
    out += ALPHABET[bytes[i]! & 31];
    if (i === 3 || i === 7) out += '-';
  }
  return `${prefix}-${out}`;
}
