import type { KoaContextWithOIDC } from 'oidc-provider';
import { escapeHtml, type Lang, pageHeaders, pickLang, renderPage } from './idp-page.ts';

/**
 * Confirms logout without a click when the browser has scripts. Allowed only when the relying
 * party sent an `id_token_hint` for the person signed in here: RP-Initiated Logout 1.0 §2 lets
 * the provider skip the question then, and requires it otherwise (so a stray link cannot sign
 * anyone out).
 */
export const AUTO_CONFIRM_SCRIPT = "document.getElementById('idp-logout-yes').click();";

const TEXT = {
  lv: {
    logoutTitle: 'Iziešana',
    logoutQuestion:
      'Vai iziet no demonstrācijas identitātes pakalpojuma? Jūs tiksiet izrakstīts no visiem portāliem, kas to izmanto.',
    yes: 'Jā, iziet',
    no: 'Nē, palikt',
    doneTitle: 'Jūs esat izgājis',
    done: 'Jūs esat izgājis no demonstrācijas identitātes pakalpojuma.',
    errorTitle: 'Kļūda',
    error: 'Pieprasījumu nevarēja izpildīt. Atgriezieties portālā un mēģiniet vēlreiz.',
  },
  en: {
    logoutTitle: 'Sign out',
    logoutQuestion:
      'Sign out of the demo identity service? You will be signed out of every portal that uses it.',
    yes: 'Yes, sign out',
    no: 'No, stay signed in',
    doneTitle: 'You have signed out',
    done: 'You have signed out of the demo identity service.',
    errorTitle: 'Error',
    error: 'The request could not be completed. Go back to the portal and try again.',
  },
} as const;

function langOf(ctx: KoaContextWithOIDC): Lang {
  const params = ctx.oidc?.params as { ui_locales?: unknown } | undefined;
  return pickLang(ctx.query.lang as string | undefined, params?.ui_locales);
}

function send(ctx: KoaContextWithOIDC, html: string, scripts: readonly string[] = []): void {
  for (const [name, value] of Object.entries(pageHeaders(scripts))) ctx.set(name, value);
  ctx.body = html;
}

/**
 * oidc-provider's `rpInitiatedLogout.logoutSource`: asks whether to sign out of the provider
 * (`form` is its hidden form with the XSRF token; our buttons submit it), and answers itself when
 * the `id_token_hint` names the signed-in person.
 */
export async function logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  const lang = langOf(ctx);
  const text = TEXT[lang];
  const hintSubject = ctx.oidc.entities.IdTokenHint?.payload.sub;
  const autoConfirm = typeof hintSubject === 'string' && hintSubject === ctx.oidc.session?.accountId;
  const body = `<h2>${escapeHtml(text.logoutTitle)}</h2>
<p>${escapeHtml(text.logoutQuestion)}</p>
${form}
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="yes" id="idp-logout-yes" data-testid="idp.logout-confirm">${escapeHtml(text.yes)}</button>
<button type="submit" form="op.logoutForm" class="secondary" data-testid="idp.logout-cancel">${escapeHtml(text.no)}</button>
</div>`;
  const script = autoConfirm ? AUTO_CONFIRM_SCRIPT : undefined;
  send(ctx, renderPage({ lang, title: text.logoutTitle, body, script }), script ? [script] : []);
}

/** `rpInitiatedLogout.postLogoutSuccessSource`: shown when the RP gave no post-logout redirect. */
export async function postLogoutSuccessSource(ctx: KoaContextWithOIDC): Promise<void> {
  const lang = langOf(ctx);
  const text = TEXT[lang];
  const body = `<h2>${escapeHtml(text.doneTitle)}</h2>\n<p data-testid="idp.logged-out">${escapeHtml(text.done)}</p>`;
  send(ctx, renderPage({ lang, title: text.doneTitle, body }));
}

/**
 * `renderError`: the provider's browser-facing errors (bad redirect_uri, unknown client, expired
 * interaction). The OAuth error code and description are shown as they are: this provider exists
 * for developers and testers, who need them.
 */
export async function renderError(
  ctx: KoaContextWithOIDC,
  out: { error: string; error_description?: string },
): Promise<void> {
  const lang = langOf(ctx);
  const text = TEXT[lang];
  const detail = [out.error, out.error_description].filter(Boolean).join(': ');
  const body = `<h2>${escapeHtml(text.errorTitle)}</h2>
<p>${escapeHtml(text.error)}</p>
<p data-testid="idp.error-detail"><code>${escapeHtml(detail)}</code></p>`;
  send(ctx, renderPage({ lang, title: text.errorTitle, body }));
}
