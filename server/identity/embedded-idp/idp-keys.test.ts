import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateIdpKeys } from './idp-keys.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'idp-keys-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadOrCreateIdpKeys', () => {
  it('creates a private RS256 JWKS readable only by the owner, then reuses it', async () => {
    const keysFile = join(dir, 'nested', 'idp-keys.json');
    const first = await loadOrCreateIdpKeys(keysFile);
    expect(first.created).toBe(true);
    expect((await stat(keysFile)).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await readFile(keysFile, 'utf8'));
    expect(stored.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: first.signingKid });
    expect(typeof stored.keys[0].d).toBe('string');

    const second = await loadOrCreateIdpKeys(keysFile);
    expect(second.created).toBe(false);
    expect(second.signingKid).toBe(first.signingKid);
    expect(second.cookieKeys).toEqual(first.cookieKeys);
  });

  it('gives two processes starting at once the same key', async () => {
    const keysFile = join(dir, 'idp-keys.json');
    const [a, b] = await Promise.all([loadOrCreateIdpKeys(keysFile), loadOrCreateIdpKeys(keysFile)]);
    expect(a.signingKid).toBe(b.signingKid);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
  });

  it('tightens a key file copied with loose permissions', async () => {
    const keysFile = join(dir, 'idp-keys.json');
    await loadOrCreateIdpKeys(keysFile);
    await chmod(keysFile, 0o644);
    await loadOrCreateIdpKeys(keysFile);
    expect((await stat(keysFile)).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['not JSON', 'nope'],
    ['an empty JWKS', '{"keys":[]}'],
    ['a public key only', '{"keys":[{"kty":"RSA","n":"x","e":"AQAB","kid":"k","alg":"RS256"}]}'],
  ])('refuses a keys file that is %s', async (_label, content) => {
    const keysFile = join(dir, 'idp-keys.json');
    await writeFile(keysFile, content, { mode: 0o600 });
    await expect(loadOrCreateIdpKeys(keysFile)).rejects.toThrow(/embedded IdP: keys file/);
  });
});
