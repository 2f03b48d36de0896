import { hkdfSync, randomUUID } from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

/** The one signing algorithm: RS256 is the algorithm every OIDC relying party must support. */
export const ID_TOKEN_SIGNING_ALG = 'RS256';

/** The keys the embedded provider runs with, all derived from one file. */
export interface IdpKeys {
  /** Private JWKS for oidc-provider's `jwks` option (first key signs). */
  jwks: { keys: JWK[] };
  /** `kid` of the signing key, as published at the JWKS endpoint. */
  signingKid: string;
  /** Keygrip keys for oidc-provider's signed cookies. */
  cookieKeys: string[];
  /** True when this call generated the file. */
  created: boolean;
}

/**
 * Reads the provider's private JWKS from `keysFile`, or creates it (RSA 2048, mode 0600) on first
 * start. Persisting the key is what lets ID tokens issued before a restart still verify (the
 * relying party keeps them for sessions and `id_token_hint` at logout). Cookie-signing keys are
 * derived from the same private key with HKDF rather than stored separately, so there is one
 * secret file to protect and a new key also rotates the cookie keys.
 *
 * Creation is atomic and never overwrites: the key is written to a temporary file and hard-linked
 * into place, so two processes starting at once end up with the same key, and a crash mid-write
 * leaves no half-written key file.
 */
export async function loadOrCreateIdpKeys(keysFile: string): Promise<IdpKeys> {
  const existing = await readKeysFile(keysFile);
  if (existing) return deriveKeys(existing, keysFile, false);
  await mkdir(dirname(keysFile), { recursive: true, mode: 0o700 });
  const jwk = await generateSigningJwk();
  const temporary = `${keysFile}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ keys: [jwk] }, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  let created = true;
  try {
    await link(temporary, keysFile);
  } catch (error) {
    if (!isCode(error, 'EEXIST')) throw error;
    created = false; // another process won the race; use its key
  } finally {
    await unlink(temporary);
  }
  const stored = await readKeysFile(keysFile);
  if (!stored) throw new Error(`embedded IdP: keys file ${keysFile} vanished while it was being created`);
  return deriveKeys(stored, keysFile, created);
}

async function generateSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ID_TOKEN_SIGNING_ALG, {
    extractable: true,
    modulusLength: 2048,
  });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: ID_TOKEN_SIGNING_ALG, use: 'sig' };
}

async function readKeysFile(keysFile: string): Promise<{ keys: JWK[] } | null> {
  let text: string;
  try {
    text = await readFile(keysFile, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
  // Tighten a key file that someone copied with looser permissions: it holds a private key.
  if (((await stat(keysFile)).mode & 0o077) !== 0) await chmod(keysFile, 0o600);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`embedded IdP: keys file ${keysFile} is not JSON; delete it to create a new key`);
  }
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every(isPrivateSigningJwk)) {
    throw new Error(
      `embedded IdP: keys file ${keysFile} must be a JWKS of private ${ID_TOKEN_SIGNING_ALG} keys with a kid`,
    );
  }
  return { keys };
}

function isPrivateSigningJwk(value: unknown): value is JWK {
  if (typeof value !== 'object' || value === null) return false;
  const jwk = value as JWK;
  return (
    jwk.kty === 'RSA' &&
    typeof jwk.d === 'string' &&
    typeof jwk.kid === 'string' &&
    jwk.alg === ID_TOKEN_SIGNING_ALG
  );
}

function deriveKeys(jwks: { keys: JWK[] }, keysFile: string, created: boolean): IdpKeys {
  const signing = jwks.keys[0];
  if (!signing?.kid || !signing.d) throw new Error(`embedded IdP: keys file ${keysFile} has no signing key`);
  // Every key contributes a cookie key, the signing key's first: Keygrip signs with the first and
  // still accepts the others, so cookies survive a rotation that prepends a new key.
  const cookieKeys = jwks.keys.map((jwk) =>
    Buffer.from(
      hkdfSync('sha256', Buffer.from(jwk.d!, 'base64url'), 'eforms-embedded-idp', 'cookie-signing v1', 32),
    ).toString('base64url'),
  );
  return { jwks, signingKid: signing.kid, cookieKeys, created };
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
