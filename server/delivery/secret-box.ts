import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (webhook signing secrets): AES-256-GCM with a 32-byte key from `SECRETS_KEY`.
 * Stored form `v1.<iv>.<tag>.<ciphertext>` (base64url), so a stolen database copy holds no
 * usable secret, and tampering with a stored value makes decryption fail instead of signing
 * with a wrong secret. A fresh 96-bit IV per value (NIST SP 800-38D).
 */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

/** The key a development machine uses when SECRETS_KEY is unset; never for production. */
export const DEVELOPMENT_SECRETS_KEY = createHash('sha256')
  .update('e-form-platform development secrets key: not for production')
  .digest();

/**
 * Reads `SECRETS_KEY`: 64 hex characters or base64 of exactly 32 bytes. Returns null when unset.
 * @example parseSecretsKey(randomBytes(32).toString('base64'))
 */
export function parseSecretsKey(value: string | undefined): Buffer | null {
  if (value === undefined || value === '') return null;
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error('SECRETS_KEY must be 32 bytes: 64 hex characters or base64');
  return key;
}

export function createSecretBox(key: Uint8Array): SecretBox {
  if (key.length !== 32) throw new Error('createSecretBox: the key must be 32 bytes');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const encrypted = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), encrypted]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(sealed) {
      const [version, iv, tag, encrypted] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || encrypted === undefined) {
        throw new Error('SecretBox.open: not a sealed value');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}
