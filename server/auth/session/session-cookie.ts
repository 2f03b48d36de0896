import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isSecureOrigin, type Portal } from '../../config/portal.ts';

/** The session cookie and the short-lived cookie that binds a sign-in to the browser that began it. */
export type CookieKind = 'session' | 'login';

const BASE_NAMES: Record<CookieKind, string> = { session: 'efp_session', login: 'efp_login' };

/**
 * Under https the names carry the `__Host-` prefix: the browser then accepts the cookie only with
 * Secure, Path=/ and no Domain, so a sibling subdomain cannot plant or widen it (RFC 6265bis 4.1.3.2).
 * @example cookieName('session', { origin: 'https://eforms.gov.lv', ... }) // '__Host-efp_session'
 */
export function cookieName(kind: CookieKind, portal: Portal): string {
  return isSecureOrigin(portal) ? `__Host-${BASE_NAMES[kind]}` : BASE_NAMES[kind];
}

export function readCookie(c: Context, kind: CookieKind, portal: Portal): string | undefined {
  return getCookie(c, cookieName(kind, portal));
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (sent on top-level navigations, which the sign-in
 * return from the provider is, but not on cross-site subrequests), Path=/. The session cookie has
 * no Max-Age: the server enforces idle and absolute expiry, and closing the browser ends it.
 */
export function writeCookie(
  c: Context,
  kind: CookieKind,
  portal: Portal,
  value: string,
  maxAgeSeconds?: number,
): void {
  setCookie(c, cookieName(kind, portal), value, {
    httpOnly: true,
    secure: isSecureOrigin(portal),
    sameSite: 'Lax',
    path: '/',
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  });
}

export function clearCookie(c: Context, kind: CookieKind, portal: Portal): void {
  deleteCookie(c, cookieName(kind, portal), { path: '/', secure: isSecureOrigin(portal), httpOnly: true });
}
