import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Pages of the sign-in routes load nothing and cannot be framed. */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}a,button{font-size:1rem}button{padding:.5rem 1rem}';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

/** A plain page in English and Latvian; `bodyHtml` must already be escaped. */
export function authPage(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  bodyHtml: string,
): Response {
  c.header('Content-Security-Policy', PAGE_CSP);
  c.header('Cache-Control', 'no-store');
  return c.html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${bodyHtml}</main></body></html>`,
    status,
  );
}

/** The one answer to every failed sign-in: no detail that helps an attacker, a way back in. */
export function signInFailedPage(c: Context, returnTo: string): Response {
  const retry = `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
  return authPage(
    c,
    400,
    'Sign-in did not succeed',
    `<h1>Sign-in did not succeed — try again</h1><p lang="lv">Pieteikšanās neizdevās — mēģiniet vēlreiz.</p><p><a href="${escapeHtml(retry)}">Sign in again / Pieteikties vēlreiz</a></p><p><a href="/">Home / Sākums</a></p>`,
  );
}

export function signInUnavailablePage(c: Context): Response {
  return authPage(
    c,
    503,
    'Sign-in is not available',
    '<h1>Sign-in is not available right now</h1><p lang="lv">Pieteikšanās pašlaik nav pieejama.</p><p>Please try again in a few minutes.</p><p><a href="/">Home / Sākums</a></p>',
  );
}

/** GET /auth/logout: signing out takes a POST with the session's CSRF token; this page offers it. */
export function signOutPage(c: Context, csrfToken: string | null): Response {
  if (csrfToken === null) {
    return authPage(
      c,
      200,
      'Signed out',
      '<h1>You are not signed in</h1><p lang="lv">Jūs neesat pieteicies.</p><p><a href="/">Home / Sākums</a></p>',
    );
  }
  return authPage(
    c,
    200,
    'Sign out',
    `<h1>Sign out?</h1><p lang="lv">Vai iziet?</p><form method="post" action="/auth/logout"><input type="hidden" name="csrf_token" value="${escapeHtml(csrfToken)}"><button type="submit">Sign out / Iziet</button></form><p><a href="/">Stay signed in / Palikt</a></p>`,
  );
}

export function signOutRefusedPage(c: Context): Response {
  return authPage(
    c,
    403,
    'Sign-out did not go through',
    '<h1>Sign-out did not go through</h1><p lang="lv">Iziešana neizdevās.</p><p><a href="/auth/logout">Try again / Mēģināt vēlreiz</a></p>',
  );
}
