/**
 * Bearer tokens of the attachment feature: upload tokens (`att_`), agency download links
 * (`dl_`), receipts (`rcpt_`) and resume links (`res_`). Each is 256 random bits; only its
 * SHA-256 is stored, so a copy of the database opens nothing.
 */
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../auth/session/session-token.ts';

export type TokenKind = 'att' | 'dl' | 'rcpt' | 'res';

const SHAPE = /^(att|dl|rcpt|res)_[A-Za-z0-9_-]{43}$/;

export function createToken(kind: TokenKind, random: (size: number) => Uint8Array = randomBytes): string {
  return `${kind}_${Buffer.from(random(32)).toString('base64url')}`;
}

/** The stored form of a token of `kind`; null for anything not shaped like one (never reaches storage). */
export function hashToken(kind: TokenKind, token: string): string | null {
  const match = SHAPE.exec(token);
  return match && match[1] === kind ? sha256Hex(token) : null;
}
