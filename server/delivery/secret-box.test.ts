import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, parseSecretsKey } from './secret-box.ts';

describe('secrets at rest (AES-256-GCM)', () => {
  it('opens what it sealed, and never stores the plain secret', () => {
    const box = createSecretBox(randomBytes(32));
    const sealed = box.seal('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    expect(sealed).not.toContain('MfKQ9r8');
    expect(sealed).not.toBe(box.seal('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'));
    expect(box.open(sealed)).toBe('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
  });

  it('refuses a tampered value or another key', () => {
    const box = createSecretBox(randomBytes(32));
    const sealed = box.seal('whsec_abc');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('whsec_abd').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    expect(() => createSecretBox(randomBytes(32)).open(sealed)).toThrow();
    expect(() => box.open('plain')).toThrow(/not a sealed value/);
  });

  it('reads SECRETS_KEY as hex or base64 of 32 bytes', () => {
    const key = randomBytes(32);
    expect(parseSecretsKey(key.toString('hex'))).toEqual(key);
    expect(parseSecretsKey(key.toString('base64'))).toEqual(key);
    expect(parseSecretsKey(undefined)).toBeNull();
    expect(() => parseSecretsKey('short')).toThrow(/32 bytes/);
  });
});
