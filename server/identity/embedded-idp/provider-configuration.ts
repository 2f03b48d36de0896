import type { AdapterFactory, Configuration } from 'oidc-provider';
import type { DemoIdentity } from '../demo-identities.ts';
import { ACR_VALUES, SCOPE_CLAIMS, subjectForPersonalCode } from '../eforms-claims.ts';
import { claimsForIdentity } from './account-claims.ts';
import { ID_TOKEN_SIGNING_ALG, type IdpKeys } from './idp-keys.ts';
import { logoutSource, postLogoutSuccessSource, renderError } from './provider-pages.ts';

/** A portal registered with the embedded provider. */
export interface EmbeddedIdpClient {
  clientId: string;
  clientSecret: string;
  /** Matched exactly (oidc-provider's rule): no prefixes, no wildcards. */
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface ProviderConfigurationInput {
  mountPath: string;
  clients: readonly EmbeddedIdpClient[];
  identities: readonly DemoIdentity[];
  keys: IdpKeys;
  /** Storage for sessions, grants and codes; oidc-provider's in-memory store when absent. */
  adapter?: AdapterFactory;
}

/**
 * The oidc-provider configuration, narrowed to what our portals use (issue 5): authorization code
 * flow only, PKCE (S256; oidc-provider 9 supports no other method) required of every client,
 * confidential clients with client_secret_basic, no refresh tokens, RP-initiated logout, our own
 * interaction pages instead of devInteractions.
 */
export function buildProviderConfiguration(input: ProviderConfigurationInput): Configuration {
  const { mountPath, keys } = input;
  const accounts = new Map(
    input.identities.map((identity) => [subjectForPersonalCode(identity.personalCode), identity]),
  );
  // Scope the provider's cookies to its own path: it shares an origin with the central portal,
  // whose pages have no business receiving them.
  const cookieOptions = { httpOnly: true, sameSite: 'lax', path: mountPath } as const;
  return {
    ...(input.adapter ? { adapter: input.adapter } : {}),
    clients: input.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: ID_TOKEN_SIGNING_ALG,
    })),
    clientAuthMethods: ['client_secret_basic'],
    responseTypes: ['code'],
    pkce: { required: () => true },
    // Every authorization request names its redirect_uri, even a client with only one.
    allowOmittingSingleRegisteredRedirectUri: false,
    scopes: ['openid', ...Object.keys(SCOPE_CLAIMS)],
    // acr and auth_time ride with `openid`: oidc-provider otherwise puts them into the ID token only
    // when the portal asked (acr_values, max_age), and portals check assurance on every sign-in.
    claims: {
      acr: null,
      auth_time: null,
      sid: null,
      iss: null,
      openid: ['sub', 'acr', 'auth_time'],
      ...SCOPE_CLAIMS,
    },
    acrValues: ACR_VALUES,
    // Portals read the person from the ID token alone, so scope claims go there as well as to
    // userinfo (oidc-provider otherwise keeps them to userinfo for the code flow, OIDC Core 5.4).
    conformIdTokenClaims: false,
    async findAccount(_ctx, sub) {
      const identity = accounts.get(sub);
      if (!identity) return undefined;
      return { accountId: sub, claims: () => claimsForIdentity(identity) };
    },
    jwks: keys.jwks,
    cookies: {
      keys: keys.cookieKeys,
      names: { session: 'idp_session', interaction: 'idp_interaction', resume: 'idp_interaction_resume' },
      long: cookieOptions,
      short: { httpOnly: true, sameSite: 'lax' },
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      userinfo: { enabled: true },
    },
    interactions: { url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}` },
    // Codes live one minute and are single use (a replay revokes what the code issued).
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 10 * 60,
      IdToken: 60 * 60,
      Interaction: 30 * 60,
      Session: 12 * 60 * 60,
      Grant: 12 * 60 * 60,
    },
    // The portals call the provider from their servers, never from browsers.
    clientBasedCORS: () => false,
    renderError,
    discovery: { ui_locales_supported: ['lv', 'en'] },
  };
}
