import type { IncomingMessage } from 'node:http';

/**
 * The part of a request URL below `mountPath` (always starting with `/`), or null when the URL is
 * not under it. `/idpx` is not under `/idp`.
 * @example pathBelowMount('/idp/auth?x=1', '/idp') === '/auth?x=1'
 */
export function pathBelowMount(url: string, mountPath: string): string | null {
  if (!url.startsWith(mountPath)) return null;
  const rest = url.slice(mountPath.length);
  if (rest === '') return '/';
  if (rest.startsWith('/')) return rest;
  if (rest.startsWith('?')) return `/${rest}`;
  return null;
}

/**
 * Prepares a plain node request for oidc-provider mounted under a prefix, the way express and
 * connect do for `app.use(prefix, provider.callback())` (oidc-provider docs, "Mounting"):
 * `req.originalUrl` keeps the full URL and `req.url` becomes the part below the prefix. The
 * provider routes on `req.url` and rebuilds its own endpoint URLs as
 * `originalUrl minus url` + route, which is how discovery advertises `/idp/token` and not `/token`.
 */
export function mountRequest(req: IncomingMessage, mountPath: string): boolean {
  const url = req.url ?? '/';
  const below = pathBelowMount(url, mountPath);
  if (below === null) return false;
  (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
  req.url = below;
  return true;
}
