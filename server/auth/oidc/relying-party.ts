import type { JWTVerifyGetKey } from 'jose';
import { createRemoteJWKSet } from 'jose';
import * as client from 'openid-client';
import { EFORMS_SCOPE } from '../../identity/eforms-claims.ts';
import { identityFromClaims, type VerifiedIdentity } from './id-token-identity.ts';
import { ASYMMETRIC_ALGORITHMS, IdTokenRejected, verifyIdToken } from './verify-id-token.ts';

/** One portal's view of the identity provider: what the sign-in routes need from OIDC. */
export interface RelyingParty {
  readonly clientId: string;
  /** `<portal origin>/auth/callback`, exactly as registered at the provider. */
  readonly redirectUri: string;
  /** The provider's authorization URL for a new sign-in (code flow, PKCE S256, state, nonce). */
  authorizationUrl(request: { state: string; nonce: string; codeChallenge: string }): Promise<URL>;
  /**
   * Checks the authorization response on `callbackUrl` (state, `iss`, provider errors), redeems
   * the code with the PKCE verifier and verifies the ID token (verify-id-token.ts).
   * Throws on anything that is not a clean sign-in.
   */
  finishSignIn(
    callbackUrl: URL,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<{ idToken: string; identity: VerifiedIdentity }>;
  /** RP-initiated logout URL, or null when the provider has no end_session_endpoint. */
  endSessionUrl(idTokenHint: string, postLogoutRedirectUri: string): Promise<URL | null>;
}

export interface OidcClientSettings {
  /** The issuer identifier; discovery is at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Default `openid profile eforms`. */
  scope?: string;
  /** Plain http to the provider: only for the embedded provider and loopback development. */
  allowHttp: boolean;
  clock: () => Date;
}

interface Discovered {
  config: client.Configuration;
  keys: JWTVerifyGetKey;
  algorithms: string[];
}

/**
 * An OIDC relying party on openid-client v6. Discovery is lazy and retried after a failure: the
 * embedded provider is served by the same process and is not listening yet when the app is
 * built, and an external provider that is briefly down must not keep the platform from starting.
 *
 * @example
 * const rp = createOidcRelyingParty({ issuer: 'https://idp.example.lv', clientId, clientSecret,
 *   redirectUri: 'https://eforms.example.lv/auth/callback', allowHttp: false, clock });
 */
export function createOidcRelyingParty(settings: OidcClientSettings): RelyingParty {
  let discovered: Promise<Discovered> | null = null;

  async function discoverOnce(): Promise<Discovered> {
    const config = await client.discovery(
      new URL(settings.issuer),
      settings.clientId,
      { client_secret: settings.clientSecret },
      client.ClientSecretBasic(settings.clientSecret),
      // allowInsecureRequests is marked deprecated only to stand out: http stays refused unless allowHttp.
      { execute: settings.allowHttp ? [client.allowInsecureRequests] : [], timeout: 10 },
    );
    const metadata = config.serverMetadata();
    // Exact issuer (OIDC Discovery 4.3): not even a trailing slash of difference.
    if (metadata.issuer !== settings.issuer) {
      throw new Error(`OIDC: the provider calls itself ${metadata.issuer}, not ${settings.issuer}`);
    }
    if (!metadata.jwks_uri) throw new Error('OIDC: the provider publishes no jwks_uri');
    const methods = metadata.code_challenge_methods_supported;
    if (Array.isArray(methods) && !methods.includes('S256')) {
      throw new Error('OIDC: the provider does not support PKCE S256');
    }
    const advertised = metadata.id_token_signing_alg_values_supported;
    const algorithms = ASYMMETRIC_ALGORITHMS.filter((alg) => !advertised || advertised.includes(alg));
    return { config, keys: createRemoteJWKSet(new URL(metadata.jwks_uri)), algorithms };
  }

  function discover(): Promise<Discovered> {
    discovered ??= discoverOnce().catch((error: unknown) => {
      discovered = null;
      throw error;
    });
    return discovered;
  }

  return {
    clientId: settings.clientId,
    redirectUri: settings.redirectUri,

    async authorizationUrl({ state, nonce, codeChallenge }) {
      const { config } = await discover();
      return client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: settings.scope ?? EFORMS_SCOPE,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
        state,
        nonce,
      });
    },

    async finishSignIn(callbackUrl, expected) {
      const { config, keys, algorithms } = await discover();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      if (!tokens.id_token) throw new IdTokenRejected('the token response has no ID token');
      const claims = await verifyIdToken(tokens.id_token, {
        issuer: settings.issuer,
        audience: settings.clientId,
        nonce: expected.nonce,
        keys,
        algorithms,
        now: settings.clock(),
      });
      return { idToken: tokens.id_token, identity: identityFromClaims(claims) };
    },

    async endSessionUrl(idTokenHint, postLogoutRedirectUri) {
      const { config } = await discover();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, {
        id_token_hint: idTokenHint,
        post_logout_redirect_uri: postLogoutRedirectUri,
      });
    },
  };
}
