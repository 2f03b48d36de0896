import { errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';

/**
 * Asymmetric algorithms only. `none` is never accepted (jose refuses unsecured tokens anyway),
 * and HS* are left out on purpose: a token "signed" with the client secret would let anyone who
 * holds that secret mint identities, and it is the classic algorithm-confusion hole.
 */
export const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;

/** Seconds of clock difference tolerated between us and the provider. */
const CLOCK_TOLERANCE_SECONDS = 30;

export interface IdTokenExpectations {
  /** The issuer exactly as configured and discovered (no trailing-slash leniency). */
  issuer: string;
  /** Our client id. */
  audience: string;
  /** The nonce of this sign-in attempt. */
  nonce: string;
  /** The provider's signing keys (createRemoteJWKSet on its jwks_uri; a local set in tests). */
  keys: JWTVerifyGetKey;
  /** Algorithms the provider may sign with; defaults to every asymmetric one. */
  algorithms?: readonly string[];
  now: Date;
}

/** Why an ID token was refused; `reason` is for logs, never shown to the user. */
export class IdTokenRejected extends Error {
  constructor(readonly reason: string) {
    super(`ID token refused: ${reason}`);
    this.name = 'IdTokenRejected';
  }
}

/**
 * OIDC Core 3.1.3.7, the checks the session relies on: a signature by the provider's key with an
 * allowed asymmetric algorithm, `iss` exactly the issuer, our client id in `aud` (and as `azp`
 * when there are several audiences), not expired, not issued in the future, and the nonce of
 * this attempt. openid-client checks much of this too while exchanging the code; the claims that
 * create a session come only from what passed here.
 *
 * @example
 * const claims = await verifyIdToken(tokens.id_token, { issuer, audience: clientId, nonce, keys, now: clock() });
 */
export async function verifyIdToken(idToken: string, expected: IdTokenExpectations): Promise<JWTPayload> {
  const algorithms = (expected.algorithms ?? ASYMMETRIC_ALGORITHMS).filter((alg) =>
    (ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg),
  );
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, expected.keys, {
      issuer: expected.issuer,
      audience: expected.audience,
      algorithms,
      currentDate: expected.now,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['sub', 'iat', 'exp'],
    }));
  } catch (error) {
    throw new IdTokenRejected(describeJoseError(error));
  }
  const nowSeconds = Math.floor(expected.now.getTime() / 1000);
  if ((payload.iat as number) > nowSeconds + CLOCK_TOLERANCE_SECONDS) {
    throw new IdTokenRejected('issued in the future');
  }
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== expected.audience) {
    throw new IdTokenRejected('several audiences and azp is not our client');
  }
  if (typeof payload.nonce !== 'string' || payload.nonce !== expected.nonce) {
    throw new IdTokenRejected('nonce does not match this sign-in');
  }
  if (typeof payload.sub !== 'string' || payload.sub.length === 0) {
    throw new IdTokenRejected('no subject');
  }
  return payload;
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim ${error.claim} ${error.reason}`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm not allowed';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no provider key matches';
  if (error instanceof errors.JOSEError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
