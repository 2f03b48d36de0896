import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors, type Interaction, type Provider } from 'oidc-provider';
import type { DemoIdentity } from '../demo-identities.ts';
import { claimsForIdentity } from './account-claims.ts';
import { isCorrectPassword } from './demo-password.ts';
import { escapeHtml, type Lang, pageHeaders, pickLang, renderPage } from './idp-page.ts';
import { renderLoginPage } from './login-page.ts';
import { readFormBody } from './read-form-body.ts';

/** What the interaction routes log through; only `info` is required of the host's logger. */
export interface IdpLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn?(message: string, fields?: Record<string, unknown>): void;
  error?(message: string, fields?: Record<string, unknown>): void;
}

export interface InteractionRoutesDeps {
  provider: Provider;
  mountPath: string;
  identities: readonly DemoIdentity[];
  password: string;
  logger: IdpLogger;
}

/** oidc-provider's interaction uids are nanoids: URL-safe base64 characters. */
const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]{1,64})(\/login|\/abort)?$/;

const EXPIRED: Record<Lang, { title: string; text: string }> = {
  lv: {
    title: 'Pieteikšanās sesija beigusies',
    text: 'Šī pieteikšanās vairs nav derīga (tā beigusies vai atvērta citā pārlūkā). Atgriezieties portālā un sāciet no jauna.',
  },
  en: {
    title: 'Sign-in has expired',
    text: 'This sign-in is no longer valid (it expired or was opened in another browser). Go back to the portal and start again.',
  },
};

/**
 * Our own interaction routes, in place of oidc-provider's devInteractions (docs: "User flows"):
 * `GET /interaction/:uid` shows the sign-in page or grants consent, `POST .../login` checks the
 * demo password, `POST .../abort` returns `access_denied` to the portal. Paths are relative to
 * the mount path. Returns false when the path is not one of them, so the provider serves it.
 */
export function createInteractionRoutes(deps: InteractionRoutesDeps) {
  const { provider, mountPath, logger } = deps;
  const byLogin = new Map(deps.identities.map((identity) => [identity.login, identity]));

  async function show(req: IncomingMessage, res: ServerResponse, details: Interaction, url: URL) {
    if (details.prompt.name === 'consent') return grantConsent(req, res, details);
    if (details.prompt.name !== 'login') {
      throw new Error(`embedded IdP: unexpected prompt ${details.prompt.name}`);
    }
    const lang = pickLang(url.searchParams.get('lang'), details.params.ui_locales);
    sendLoginPage(res, 200, details, lang);
  }

  async function login(req: IncomingMessage, res: ServerResponse, details: Interaction) {
    const form = await readFormBody(req);
    if (!form) return sendMessage(res, 400, 'lv', { title: 'Bad request', text: 'Expected a sign-in form.' });
    const lang = pickLang(form.get('lang'));
    if (details.prompt.name !== 'login') return sendExpired(res, lang);
    const username = (form.get('username') ?? '').trim();
    const identity = byLogin.get(username.toLowerCase());
    // Compare even for an unknown name, so both failures take the same time.
    const passwordOk = isCorrectPassword(form.get('password') ?? '', deps.password);
    if (!identity || !passwordOk) {
      logger.info('embedded IdP: sign-in refused', { reason: identity ? 'wrong password' : 'unknown user' });
      return sendLoginPage(res, 400, details, lang, username);
    }
    const { sub } = claimsForIdentity(identity);
    logger.info('embedded IdP: signed in', { sub, client: details.params.client_id });
    await provider.interactionFinished(
      req,
      res,
      // remember: false -> the provider session ends with the browser, as a state sign-in does.
      { login: { accountId: sub, acr: identity.assuranceLevel, amr: ['pwd'], remember: false } },
      { mergeWithLastSubmission: false },
    );
  }

  /**
   * Every client of the embedded provider is one of our own portals (first party; there is no
   * dynamic registration), so consent is granted without asking, through the Grant API exactly
   * as a consent screen would (oidc-provider example routes, `/confirm`).
   */
  async function grantConsent(req: IncomingMessage, res: ServerResponse, details: Interaction) {
    const accountId = details.session?.accountId;
    const clientId = details.params.client_id;
    if (!accountId || typeof clientId !== 'string')
      throw new Error('embedded IdP: consent without a session');
    const missing = details.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
    const grant = existing ?? new provider.Grant({ accountId, clientId });
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { consent: existing ? {} : { grantId } },
      {
        mergeWithLastSubmission: true,
      },
    );
  }

  async function abort(req: IncomingMessage, res: ServerResponse) {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'End-User cancelled the sign-in' },
      { mergeWithLastSubmission: false },
    );
  }

  function sendLoginPage(
    res: ServerResponse,
    status: number,
    details: Interaction,
    lang: Lang,
    failedUsername?: string,
  ) {
    const html = renderLoginPage({
      lang,
      interactionPath: `${mountPath}/interaction/${details.uid}`,
      clientId: String(details.params.client_id),
      identities: deps.identities,
      password: deps.password,
      ...(failedUsername === undefined ? {} : { failed: { username: failedUsername } }),
    });
    res.writeHead(status, pageHeaders()).end(html);
  }

  return async function handleInteraction(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
  ): Promise<boolean> {
    const match = INTERACTION_PATH.exec(url.pathname);
    if (!match) return false;
    const [, uid, action] = match;
    const lang = pickLang(url.searchParams.get('lang'));
    try {
      const route = `${req.method} ${action ?? ''}`;
      if (route !== 'GET ' && route !== 'POST /login' && route !== 'POST /abort') {
        res.writeHead(405, { allow: action ? 'POST' : 'GET' }).end();
        return true;
      }
      const details = await provider.interactionDetails(req, res);
      // The cookie names the browser's interaction; a uid from elsewhere in the URL is refused.
      if (details.uid !== uid) sendExpired(res, lang);
      else if (route === 'GET ') await show(req, res, details, url);
      else if (route === 'POST /login') await login(req, res, details);
      else await abort(req, res);
    } catch (error) {
      if (error instanceof errors.SessionNotFound) {
        sendExpired(res, lang);
      } else {
        (logger.error ?? logger.info)('embedded IdP: interaction failed', { error: String(error) });
        if (!res.headersSent) sendMessage(res, 500, lang, { title: 'Error', text: 'Internal error.' });
      }
    }
    return true;
  };
}

function sendExpired(res: ServerResponse, lang: Lang): void {
  sendMessage(res, 400, lang, EXPIRED[lang]);
}

function sendMessage(
  res: ServerResponse,
  status: number,
  lang: Lang,
  message: { title: string; text: string },
) {
  const body = `<h2>${escapeHtml(message.title)}</h2>\n<p data-testid="idp.message">${escapeHtml(message.text)}</p>`;
  res.writeHead(status, pageHeaders()).end(renderPage({ lang, title: message.title, body }));
}
