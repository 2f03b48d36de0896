import type { PortalId } from '../storage/repository.ts';

/**
 * One portal the platform serves (MISSION P8): the central citizens' portal or the business
 * portal, each on its own origin, so each has its own cookies, session and OIDC client, while
 * both trust the same identity provider (P3).
 */
export interface Portal {
  id: PortalId;
  /** Scheme, host and port people use, e.g. `http://127.0.0.1:3000`; no path, no trailing slash. */
  origin: string;
  name: string;
}

/**
 * @example buildPortal('business', 'http://localhost:3001/') // { id: 'business', origin: 'http://localhost:3001', name: 'Business portal' }
 */
export function buildPortal(id: PortalId, url: string): Portal {
  return { id, origin: new URL(url).origin, name: id === 'central' ? 'Central portal' : 'Business portal' };
}

/** Cookies get `Secure` (and the `__Host-` name prefix) when the portal is served over https. */
export function isSecureOrigin(portal: Portal): boolean {
  return portal.origin.startsWith('https:');
}
