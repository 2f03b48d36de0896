import { randomBytes } from 'node:crypto';
import type { PortalId } from '../storage/repository.ts';
import type { Env } from './env.ts';

/** Where sign-in happens and how each portal is known there. */
export interface IdentityConfig {
  /** True: this process runs the embedded demo provider under `${PUBLIC_URL}/idp`. */
  embedded: boolean;
  issuer: string;
  /** Plain http to the provider is allowed (embedded provider, or a loopback development one). */
  allowHttp: boolean;
  keysFile: string;
  clients: Record<PortalId, { clientId: string; clientSecret: string }>;
}

export const EMBEDDED_IDP_MOUNT_PATH = '/idp';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Decides the identity set-up from the environment, or says plainly what is wrong. The embedded
 * provider runs when OIDC_ISSUER is unset (or EMBEDDED_IDP=true); its client secrets may be
 * random per start because the provider and the portals live in the same process. An external
 * provider needs both portals' secrets, and https unless it is on this machine.
 */
export function resolveIdentityConfig(
  env: Env,
  publicUrl: string,
): { ok: true; config: IdentityConfig } | { ok: false; problem: string } {
  const embedded = env.EMBEDDED_IDP ?? env.OIDC_ISSUER === undefined;
  const embeddedIssuer = `${new URL(publicUrl).origin}${EMBEDDED_IDP_MOUNT_PATH}`;
  if (embedded && env.OIDC_ISSUER !== undefined && env.OIDC_ISSUER !== embeddedIssuer) {
    return {
      ok: false,
      problem: `EMBEDDED_IDP=true serves the provider at ${embeddedIssuer}; unset OIDC_ISSUER or set EMBEDDED_IDP=false`,
    };
  }
  if (!embedded && env.OIDC_ISSUER === undefined) {
    return { ok: false, problem: 'EMBEDDED_IDP=false needs OIDC_ISSUER (the external provider)' };
  }
  const issuer = embedded ? embeddedIssuer : env.OIDC_ISSUER!;
  const issuerUrl = new URL(issuer);
  const loopback = LOOPBACK.has(issuerUrl.hostname);
  if (!embedded && issuerUrl.protocol !== 'https:' && !loopback) {
    return { ok: false, problem: `OIDC_ISSUER must be https (got ${issuer})` };
  }
  if (!embedded && (!env.OIDC_CENTRAL_CLIENT_SECRET || !env.OIDC_BUSINESS_CLIENT_SECRET)) {
    return {
      ok: false,
      problem: 'an external provider needs OIDC_CENTRAL_CLIENT_SECRET and OIDC_BUSINESS_CLIENT_SECRET',
    };
  }
  const secret = (given: string | undefined) => given ?? randomBytes(32).toString('base64url');
  return {
    ok: true,
    config: {
      embedded,
      issuer,
      allowHttp: embedded || loopback,
      keysFile: env.EMBEDDED_IDP_KEYS_FILE,
      clients: {
        central: {
          clientId: env.OIDC_CENTRAL_CLIENT_ID,
          clientSecret: secret(env.OIDC_CENTRAL_CLIENT_SECRET),
        },
        business: {
          clientId: env.OIDC_BUSINESS_CLIENT_ID,
          clientSecret: secret(env.OIDC_BUSINESS_CLIENT_SECRET),
        },
      },
    },
  };
}
