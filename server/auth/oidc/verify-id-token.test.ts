import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload, SignJWT, UnsecuredJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { IdTokenRejected, verifyIdToken } from './verify-id-token.ts';

const ISSUER = 'http://127.0.0.1:3000/idp';
const CLIENT = 'central-portal';
const NONCE = 'n-0S6_WzA2Mj';
const NOW = new Date('2026-11-26T10:00:00.000Z');
const nowSeconds = Math.floor(NOW.getTime() / 1000);

let providerKey: CryptoKey;
let strangerKey: CryptoKey;
let keys: ReturnType<typeof createLocalJWKSet>;

beforeAll(async () => {
  const provider = await generateKeyPair('RS256', { extractable: true });
  const stranger = await generateKeyPair('RS256', { extractable: true });
  providerKey = provider.privateKey;
  strangerKey = stranger.privateKey;
  keys = createLocalJWKSet({
    keys: [{ ...(await exportJWK(provider.publicKey)), kid: 'provider-1', alg: 'RS256', use: 'sig' }],
  });
});

function claims(overrides: JWTPayload = {}): JWTPayload {
  return {
    iss: ISSUER,
    aud: CLIENT,
    sub: 'PNOLV-161175-19997',
    iat: nowSeconds - 5,
    exp: nowSeconds + 300,
    nonce: NONCE,
    personal_code: '161175-19997',
    ...overrides,
  };
}

function sign(
  payload: JWTPayload,
  key: CryptoKey | Uint8Array = providerKey,
  alg = 'RS256',
  kid = 'provider-1',
) {
  return new SignJWT(payload).setProtectedHeader({ alg, kid }).sign(key);
}

const verify = (token: string) =>
  verifyIdToken(token, { issuer: ISSUER, audience: CLIENT, nonce: NONCE, keys, now: NOW });

async function reason(token: string): Promise<string> {
  const error = await verify(token).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IdTokenRejected);
  return (error as IdTokenRejected).reason;
}

describe('verifyIdToken', () => {
  it('accepts a token the provider signed for us, for this sign-in', async () => {
    const payload = await verify(await sign(claims()));
    expect(payload).toMatchObject({ sub: 'PNOLV-161175-19997', personal_code: '161175-19997' });
  });

  it('accepts several audiences when azp names us', async () => {
    await expect(verify(await sign(claims({ aud: [CLIENT, 'other'], azp: CLIENT })))).resolves.toBeTruthy();
    expect(await reason(await sign(claims({ aud: [CLIENT, 'other'] })))).toMatch(/azp/);
  });

  it('refuses a forged token: right shape, signed by another key under the provider kid', async () => {
    expect(await reason(await sign(claims(), strangerKey))).toMatch(/signature/);
  });

  it('refuses a token with a tampered payload', async () => {
    const [header, , signature] = (await sign(claims())).split('.');
    const payload = Buffer.from(JSON.stringify(claims({ personal_code: '020385-14728' }))).toString(
      'base64url',
    );
    expect(await reason(`${header}.${payload}.${signature}`)).toMatch(/signature/);
  });

  it('refuses an expired token', async () => {
    expect(await reason(await sign(claims({ iat: nowSeconds - 900, exp: nowSeconds - 60 })))).toBe('expired');
  });

  it('refuses a token issued in the future', async () => {
    expect(await reason(await sign(claims({ iat: nowSeconds + 600, exp: nowSeconds + 900 })))).toMatch(
      /iat|future/,
    );
  });

  it('refuses a token for another client (wrong audience)', async () => {
    expect(await reason(await sign(claims({ aud: 'business-portal' })))).toMatch(/aud/);
  });

  it('refuses a token from another issuer, even one differing by a trailing slash', async () => {
    expect(await reason(await sign(claims({ iss: 'https://evil.example' })))).toMatch(/iss/);
    expect(await reason(await sign(claims({ iss: `${ISSUER}/` })))).toMatch(/iss/);
  });

  it('refuses alg none', async () => {
    const unsecured = new UnsecuredJWT(claims()).encode();
    expect(unsecured.split('.')[2]).toBe('');
    await expect(verify(unsecured)).rejects.toBeInstanceOf(IdTokenRejected);
  });

  it('refuses HS256 made with a shared secret (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode('the-client-secret-that-both-sides-know');
    expect(await reason(await sign(claims(), secret, 'HS256'))).toMatch(/algorithm|key/);
  });

  it('refuses a token with the nonce of another sign-in, or none', async () => {
    expect(await reason(await sign(claims({ nonce: 'someone-elses' })))).toMatch(/nonce/);
    expect(await reason(await sign(claims({ nonce: undefined })))).toMatch(/nonce/);
  });

  it('refuses a token without a subject', async () => {
    expect(await reason(await sign(claims({ sub: undefined })))).toMatch(/sub/);
  });

  it('refuses text that is not a JWT at all', async () => {
    await expect(verify('not-a-token')).rejects.toBeInstanceOf(IdTokenRejected);
  });
});
