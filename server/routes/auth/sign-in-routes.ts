import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../../app/app-env.ts';
import { csrfProblem } from '../../auth/csrf.ts';
import { safeReturnTo } from '../../auth/oidc/return-to.ts';
import { createSignInRequest } from '../../auth/oidc/sign-in-request.ts';
import { clearCookie, readCookie, writeCookie } from '../../auth/session/session-cookie.ts';
import { secretsEqual, sha256Hex } from '../../auth/session/session-token.ts';
import { endSession, resolveSession, startSession } from '../../auth/session/user-sessions.ts';
import { signInFailedPage, signInUnavailablePage, signOutPage, signOutRefusedPage } from './auth-pages.ts';

/** A sign-in must come back from the provider within this time (issue 5). */
const ATTEMPT_SECONDS = 10 * 60;

/**
 * Browser sign-in and sign-out (OIDC authorization code flow with PKCE), mounted at /auth.
 *
 * The pending sign-in (state, nonce, PKCE verifier, return path) is kept in the login_attempts
 * table, not in an encrypted cookie: taking it is one atomic DELETE ... RETURNING, so it is single
 * use even across app instances sharing PostgreSQL; the verifier never leaves the server; and
 * there is no cookie-encryption key to manage. A short-lived cookie carries only the state, which
 * binds the attempt to the browser that began it (else an attacker could finish their own
 * sign-in in a victim's browser: login CSRF).
 */
export function createSignInRoutes() {
  const routes = new Hono<AppEnv>();
  routes.use('*', bodyLimit({ maxSize: 8 * 1024 }));

  routes.get('/login', async (c) => {
    const deps = c.get('deps');
    const portal = c.get('portal');
    const returnTo = safeReturnTo(c.req.query('returnTo'));
    if (await resolveSession(c, deps, portal, { passive: false })) return c.redirect(returnTo, 303);
    if (!deps.identity) return signInUnavailablePage(c);
    const request = await createSignInRequest();
    let authorizationUrl: URL;
    try {
      authorizationUrl = await deps.identity.authorizationUrl(request);
    } catch (error) {
      deps.logger.warn('identity provider not reachable', { error: (error as Error).message });
      return signInUnavailablePage(c);
    }
    const now = deps.clock();
    await deps.repo.loginAttempts.create({
      stateHash: sha256Hex(request.state),
      portal: portal.id,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      returnTo,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ATTEMPT_SECONDS * 1000).toISOString(),
    });
    await deps.repo.loginAttempts.deleteExpired(now.toISOString());
    writeCookie(c, 'login', portal, request.state, ATTEMPT_SECONDS);
    c.header('Cache-Control', 'no-store');
    return c.redirect(authorizationUrl.href, 302);
  });

  routes.get('/callback', async (c) => {
    const deps = c.get('deps');
    const portal = c.get('portal');
    const state = c.req.query('state');
    const bound = readCookie(c, 'login', portal);
    clearCookie(c, 'login', portal);
    const fail = (reason: string, returnTo = '/') => {
      deps.logger.warn('sign-in refused', { reason, portal: portal.id, requestId: c.get('requestId') });
      return signInFailedPage(c, returnTo);
    };
    if (!deps.identity) return signInUnavailablePage(c);
    if (!state || !bound || !secretsEqual(state, bound)) return fail('state does not match this browser');
    const now = deps.clock();
    const attempt = await deps.repo.loginAttempts.take(sha256Hex(state), now.toISOString());
    if (!attempt || attempt.portal !== portal.id) return fail('no such sign-in under way (used or expired)');

    // The provider redirected to exactly this URI; build it from the configured origin, not the
    // Host header, so the redirect_uri sent with the code is the registered one.
    const callbackUrl = new URL('/auth/callback', portal.origin);
    callbackUrl.search = new URL(c.req.url).search;
    let signIn: Awaited<ReturnType<typeof deps.identity.finishSignIn>>;
    try {
      signIn = await deps.identity.finishSignIn(callbackUrl, {
        state,
        nonce: attempt.nonce,
        codeVerifier: attempt.codeVerifier,
      });
    } catch (error) {
      return fail((error as Error).message, attempt.returnTo);
    }
    const previous = await resolveSession(c, deps, portal, { passive: true });
    if (previous) await endSession(c, deps, portal, previous.session);
    await startSession(c, deps, portal, signIn);
    c.header('Cache-Control', 'no-store');
    return c.redirect(attempt.returnTo, 303);
  });

  // Signing out changes state, so it is a POST with the CSRF token (header or form field);
  // a GET (a link, an <img>) only shows the page that offers it.
  routes.get('/logout', async (c) => {
    const resolved = await resolveSession(c, c.get('deps'), c.get('portal'), { passive: true });
    return signOutPage(c, resolved?.session.csrfToken ?? null);
  });

  routes.post('/logout', async (c) => {
    const deps = c.get('deps');
    const portal = c.get('portal');
    const resolved = await resolveSession(c, deps, portal, { passive: true });
    if (!resolved) return c.redirect('/', 303);
    c.set('session', resolved.session);
    const form = await readFormToken(c.req.header('content-type'), () => c.req.parseBody());
    if (csrfProblem(c, form)) return signOutRefusedPage(c);
    await endSession(c, deps, portal, resolved.session);
    let providerLogout: URL | null = null;
    try {
      providerLogout =
        (await deps.identity?.endSessionUrl(resolved.session.idToken, `${portal.origin}/`)) ?? null;
    } catch (error) {
      deps.logger.warn('provider sign-out not available', { error: (error as Error).message });
    }
    return c.redirect(providerLogout?.href ?? '/', 303);
  });

  return routes;
}

async function readFormToken(
  contentType: string | undefined,
  parse: () => Promise<Record<string, unknown>>,
): Promise<string | undefined> {
  if (!contentType || !/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(contentType)) {
    return undefined;
  }
  const body = await parse().catch(() => ({}) as Record<string, unknown>);
  return typeof body.csrf_token === 'string' ? body.csrf_token : undefined;
}
