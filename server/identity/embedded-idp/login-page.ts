import type { DemoIdentity } from '../demo-identities.ts';
import { escapeHtml, type Lang, renderPage } from './idp-page.ts';

const TEXT = {
  lv: {
    title: 'Pieteikšanās',
    errorPrefix: 'Kļūda',
    portal: 'Pieteikšanās portālam',
    username: 'Lietotājvārds',
    password: 'Parole',
    submit: 'Pieteikties',
    cancel: 'Atcelt',
    wrong: 'Nepareizs lietotājvārds vai parole. Pārbaudiet tos un mēģiniet vēlreiz.',
    people: 'Demonstrācijas lietotāji',
    passwordForAll: 'Visiem lietotājiem parole ir',
    assurance: 'pārliecības līmenis',
    switchTo: { lang: 'en', label: 'English' },
  },
  en: {
    title: 'Sign in',
    errorPrefix: 'Error',
    portal: 'Signing in to portal',
    username: 'Log-in name',
    password: 'Password',
    submit: 'Sign in',
    cancel: 'Cancel',
    wrong: 'Wrong log-in name or password. Check them and try again.',
    people: 'Demo users',
    passwordForAll: 'Every user’s password is',
    assurance: 'assurance level',
    switchTo: { lang: 'lv', label: 'Latviešu' },
  },
} as const;

export interface LoginPageInput {
  lang: Lang;
  /** `${mountPath}/interaction/${uid}`: the page's own address, the form posts below it. */
  interactionPath: string;
  clientId: string;
  identities: readonly DemoIdentity[];
  /** The demo password, shown so testers need no other document. */
  password: string;
  /** Set after a failed attempt: the username is kept, the error announced. */
  failed?: { username: string };
}

/**
 * The embedded provider's sign-in page: plain server-rendered HTML with no script, visible labels,
 * an error announced by `role="alert"` and tied to the fields, and the demo people listed with
 * their log-in names. The form posts to the interaction's own path; oidc-provider's interaction
 * cookie (scoped to that path) is what binds the post to this browser, so a forged cross-site
 * post finds no interaction.
 */
export function renderLoginPage(input: LoginPageInput): string {
  const text = TEXT[input.lang];
  const failed = input.failed !== undefined;
  const invalid = failed ? ' aria-invalid="true" aria-describedby="idp-error"' : '';
  const switchHref = `${input.interactionPath}?lang=${text.switchTo.lang}`;
  const error = failed
    ? `<div class="error" id="idp-error" role="alert" data-testid="idp.error">${escapeHtml(text.wrong)}</div>`
    : '';
  const people = input.identities
    .map(
      (identity) =>
        `<li><code>${escapeHtml(identity.login)}</code> — ${escapeHtml(`${identity.givenName} ${identity.familyName}`)}` +
        ` <span class="nowrap">(${escapeHtml(identity.personalCode)})</span>: ${escapeHtml(identity.about[input.lang])};` +
        ` ${escapeHtml(text.assurance)} <span lang="en">${escapeHtml(identity.assuranceLevel)}</span></li>`,
    )
    .join('\n');
  const body = `<p class="lang"><a href="${escapeHtml(switchHref)}" lang="${text.switchTo.lang}" hreflang="${text.switchTo.lang}" data-testid="idp.language">${text.switchTo.label}</a></p>
<h2>${escapeHtml(text.title)}</h2>
<p>${escapeHtml(text.portal)}: <code>${escapeHtml(input.clientId)}</code></p>
${error}
<form method="post" action="${escapeHtml(`${input.interactionPath}/login`)}" novalidate>
<input type="hidden" name="lang" value="${input.lang}">
<label for="idp-username">${escapeHtml(text.username)}</label>
<input type="text" id="idp-username" name="username" value="${escapeHtml(input.failed?.username ?? '')}" autocomplete="username" autocapitalize="none" spellcheck="false" required data-testid="idp.username"${invalid}>
<label for="idp-password">${escapeHtml(text.password)}</label>
<input type="password" id="idp-password" name="password" autocomplete="current-password" required data-testid="idp.password"${invalid}>
<div class="actions">
<button type="submit" data-testid="idp.submit">${escapeHtml(text.submit)}</button>
<button type="submit" class="secondary" formaction="${escapeHtml(`${input.interactionPath}/abort`)}" formnovalidate data-testid="idp.cancel">${escapeHtml(text.cancel)}</button>
</div>
</form>
<h3>${escapeHtml(text.people)}</h3>
<p>${escapeHtml(text.passwordForAll)} <code>${escapeHtml(input.password)}</code>.</p>
<ul class="people" data-testid="idp.people">
${people}
</ul>`;
  // An error also goes into the title, the first thing a screen reader reads on the new page.
  const title = failed ? `${text.errorPrefix}: ${text.title}` : text.title;
  return renderPage({ lang: input.lang, title, body });
}
