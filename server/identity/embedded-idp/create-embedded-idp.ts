import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider from 'oidc-provider';
import type { DemoIdentity } from '../demo-identities.ts';
import { DEMO_PASSWORD } from '../demo-identities.ts';
import { createFileAdapter } from './file-adapter.ts';
import { loadOrCreateIdpKeys } from './idp-keys.ts';
import { contentSecurityPolicy } from './idp-page.ts';
import { createInteractionRoutes, type IdpLogger } from './interaction-routes.ts';
import { mountRequest, pathBelowMount } from './mount-path.ts';
import { buildProviderConfiguration, type EmbeddedIdpClient } from './provider-configuration.ts';
import { AUTO_CONFIRM_SCRIPT } from './provider-pages.ts';

export type { IdpLogger } from './interaction-routes.ts';
export type { EmbeddedIdpClient } from './provider-configuration.ts';

export interface EmbeddedIdpConfig {
  /** Issuer identifier, e.g. `http://127.0.0.1:3000/idp`; its path must equal `mountPath`. */
  issuer: string;
  /** Path prefix the host routes to `handle`, e.g. `/idp`. */
  mountPath: string;
  /** The portals (relying parties); all are treated as first party. */
  clients: EmbeddedIdpClient[];
  /** Private JWKS file, created with mode 0600 on first start and reused afterwards. */
  keysFile: string;
  /**
   * Where the provider keeps its sessions, grants and codes between restarts (JSON, mode 0600),
   * e.g. next to `keysFile`. Without it they live in memory, and a restart of the host signs
   * everyone out of the provider (their portal sessions are the relying party's business).
   */
  stateFile?: string;
  identities: readonly DemoIdentity[];
  logger?: IdpLogger;
  /**
   * Trust `X-Forwarded-Proto`/`X-Forwarded-Host` from a TLS-terminating proxy in front of the
   * host, so URLs are `https` and cookies `Secure` (oidc-provider docs, "Trusting TLS offloading
   * proxies"). Off by default: without a proxy these headers are forgeable.
   */
  trustProxy?: boolean;
}

export interface EmbeddedIdp {
  issuer: string;
  /** Node request listener for every request whose path starts with `mountPath` (others: 404). */
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** True when `handle` serves this request URL (`/idp`, `/idp/...`, `/idp?...`; not `/idpx`). */
  owns(url: string | undefined): boolean;
  /**
   * Stops serving (later requests get 503) and waits for the state file to be written. The HTTP
   * server is the host's to close.
   */
  close(): Promise<void>;
}

/**
 * Starts the embedded demo identity provider: a real OpenID Provider (oidc-provider) with our
 * sign-in page and the demo identities, for the default set-up and for tests when no external
 * provider is configured (issue 5). It serves no socket of its own; the host passes it the
 * requests under `mountPath`, untouched (`handle` rewrites `req.url` itself).
 *
 * @example
 * const idp = await createEmbeddedIdp({ issuer: 'http://127.0.0.1:3000/idp', mountPath: '/idp',
 *   clients, keysFile: 'data/idp-keys.json', identities: DEMO_IDENTITIES, logger });
 * http.createServer((req, res) => (idp.owns(req.url) ? idp.handle(req, res) : app(req, res)));
 */
export async function createEmbeddedIdp(config: EmbeddedIdpConfig): Promise<EmbeddedIdp> {
  const { issuer, mountPath } = checkConfig(config);
  const logger: IdpLogger = config.logger ?? { info: () => {} };
  const keys = await loadOrCreateIdpKeys(config.keysFile);
  const storage = config.stateFile ? await createFileAdapter(config.stateFile) : undefined;
  const provider = new Provider(
    issuer,
    buildProviderConfiguration({
      mountPath,
      clients: config.clients,
      identities: config.identities,
      keys,
      ...(storage ? { adapter: storage.factory } : {}),
    }),
  );
  provider.proxy = config.trustProxy ?? false;
  // A baseline policy for the pages oidc-provider writes itself (e.g. its auto-posting logout
  // form, which adds its script's hash to an existing script-src); our pages set their own.
  const baselinePolicy = contentSecurityPolicy([AUTO_CONFIRM_SCRIPT]);
  provider.use(async (ctx, next) => {
    ctx.set('content-security-policy', baselinePolicy);
    ctx.set('x-content-type-options', 'nosniff');
    await next();
  });
  provider.on('server_error', (_ctx, error) => {
    (logger.error ?? logger.info)('embedded IdP: server error', { error: String(error) });
  });
  const interactions = createInteractionRoutes({
    provider,
    mountPath,
    identities: config.identities,
    password: DEMO_PASSWORD,
    logger,
  });
  const callback = provider.callback();
  let closed = false;

  logger.info('embedded identity provider running: for development and tests only, never production', {
    issuer,
    discovery: `${issuer}/.well-known/openid-configuration`,
    signingKey: keys.signingKid,
    keysFile: config.keysFile,
    keysCreated: keys.created,
    stateFile: config.stateFile ?? 'none (in memory)',
    clients: config.clients.map((client) => client.clientId),
  });

  return {
    issuer,
    owns: (url) => url !== undefined && pathBelowMount(url, mountPath) !== null,
    handle(req, res) {
      if (closed) {
        res
          .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
          .end('identity provider stopped\n');
        return;
      }
      if (!mountRequest(req, mountPath)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
        return;
      }
      const url = new URL(req.url ?? '/', 'http://embedded-idp.invalid');
      interactions(req, res, url)
        .then((handled) => (handled ? undefined : callback(req, res)))
        .catch((error: unknown) => {
          (logger.error ?? logger.info)('embedded IdP: request failed', { error: String(error) });
          if (!res.headersSent) res.writeHead(500).end();
        });
    },
    async close() {
      closed = true;
      provider.removeAllListeners();
      await storage?.flush();
    },
  };
}

function checkConfig(config: EmbeddedIdpConfig): { issuer: string; mountPath: string } {
  const { issuer, mountPath } = config;
  if (!/^\/[^?#]*[^/?#]$/.test(mountPath)) {
    throw new Error(`embedded IdP: mountPath must start with / and not end with one, got ${mountPath}`);
  }
  // oidc-provider rebuilds endpoint URLs from the request path but signs tokens with the issuer:
  // the two must agree or every relying party rejects the tokens.
  if (new URL(issuer).pathname !== mountPath) {
    throw new Error(`embedded IdP: the issuer's path must be the mount path ${mountPath}, got ${issuer}`);
  }
  if (config.clients.length === 0) throw new Error('embedded IdP: at least one client is needed');
  const logins = new Set(config.identities.map((identity) => identity.login));
  if (logins.size !== config.identities.length)
    throw new Error('embedded IdP: identity log-in names must be unique');
  return { issuer, mountPath };
}
