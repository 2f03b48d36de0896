import * as client from 'openid-client';

/** The secrets of one sign-in attempt (OAuth 2.0 for browser-based apps: state, nonce, PKCE S256). */
export interface SignInRequest {
  state: string;
  nonce: string;
  codeVerifier: string;
  codeChallenge: string;
}

/** Fresh random state, nonce and PKCE verifier (each 256 bits) with the S256 challenge. */
export async function createSignInRequest(): Promise<SignInRequest> {
  const codeVerifier = client.randomPKCECodeVerifier();
  return {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier,
    codeChallenge: await client.calculatePKCECodeChallenge(codeVerifier),
  };
}
