import { createHash } from 'node:crypto';

/** The sign-in pages speak Latvian first, English on request. */
export type Lang = 'lv' | 'en';

/**
 * Picks the page language: an explicit `?lang=` wins, then the relying party's `ui_locales`
 * (OIDC Core 3.1.2.1, space-separated, most preferred first), else Latvian.
 */
export function pickLang(explicit: string | null | undefined, uiLocales?: unknown): Lang {
  if (explicit === 'en' || explicit === 'lv') return explicit;
  if (typeof uiLocales === 'string') {
    for (const tag of uiLocales.split(' ')) {
      const primary = tag.toLowerCase().split('-')[0];
      if (primary === 'lv' || primary === 'en') return primary;
    }
  }
  return 'lv';
}

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The banner every page of the embedded provider carries, so nobody mistakes it for a real one. */
export const DEMO_BANNER: Record<Lang, string> = {
  lv: 'Demonstrācijas identitātes pakalpojums — tikai izstrādei un testiem',
  en: 'Demo identity service — for development and tests only',
};

// Colours meet WCAG 2.1 AA contrast on white (text 19:1, links and buttons >= 7:1, error 7.6:1);
// the focus ring is 3px and offset so it shows on every control; nothing has a fixed width, so
// the page reflows at 320 CSS px (WCAG 1.4.10).
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#0b0c0c;background:#fff;overflow-wrap:anywhere}
.banner{margin:0;padding:.75rem 1rem;background:#fff2a8;border-bottom:4px solid #0b0c0c}
.banner h1{max-width:36rem;margin:0 auto;font-size:1.25rem;line-height:1.3}
main{max-width:36rem;margin:0 auto;padding:1rem}
h2{font-size:1.5rem;line-height:1.2;margin:.5rem 0 1rem}
h3{font-size:1.125rem;margin:2rem 0 .5rem}
a{color:#1d4f91}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #0b0c0c;outline-offset:2px;box-shadow:0 0 0 6px #ffdd00}
.lang{text-align:right;margin:0 0 .5rem}
label{display:block;font-weight:700;margin:1rem 0 .25rem}
input[type=text],input[type=password]{display:block;width:100%;max-width:20rem;font:inherit;padding:.5rem;border:2px solid #0b0c0c;border-radius:0}
input[aria-invalid=true]{border-color:#a50e0e}
button{font:inherit;font-weight:700;margin-top:1.5rem;padding:.6rem 1.2rem;border:2px solid #1d4f91;background:#1d4f91;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1d4f91}
.actions{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:baseline}
.error{border-left:6px solid #a50e0e;padding:.5rem 1rem;margin:1rem 0;color:#a50e0e;font-weight:700}
.people{padding-left:1.25rem}
.people li{margin:.25rem 0}
code{font-size:1em;font-weight:700}
.nowrap{white-space:nowrap}
`;

/** `<script>` bodies a page may run, each allowed by its hash (no 'unsafe-inline'). */
export type InlineScript = string;

/**
 * The Content-Security-Policy for a page: nothing loads from anywhere, only our stylesheet and the
 * listed inline scripts run, and no site may frame the page (clickjacking the password form).
 * `form-action` is left out on purpose: browsers apply it to the redirect chain after a POST, and
 * the login POST legitimately ends at a portal on another origin.
 */
export function contentSecurityPolicy(scripts: readonly InlineScript[] = []): string {
  const scriptSources = scripts.map((script) => `'sha256-${sha256(script)}'`);
  return [
    "default-src 'none'",
    `style-src 'sha256-${sha256(STYLE)}'`,
    `script-src ${scriptSources.length > 0 ? scriptSources.join(' ') : "'none'"}`,
    "img-src 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers for every HTML page we render: never cached (it may carry an interaction), never framed. */
export function pageHeaders(scripts: readonly InlineScript[] = []): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': contentSecurityPolicy(scripts),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/**
 * Wraps page content in the shared document: language, viewport, and the demo banner as the
 * page's only `h1`, so the first thing a screen reader or a tester meets is what this is. `body`
 * (starting at `h2`) is trusted HTML built by the callers from escaped parts; `title` is escaped here.
 */
export function renderPage(input: {
  lang: Lang;
  title: string;
  body: string;
  script?: InlineScript;
}): string {
  const script = input.script === undefined ? '' : `<script>${input.script}</script>`;
  return `<!DOCTYPE html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(input.title)} — ${escapeHtml(DEMO_BANNER[input.lang])}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="banner"><h1 data-testid="idp.banner">${escapeHtml(DEMO_BANNER[input.lang])}</h1></header>
<main>
${input.body}
</main>
${script}
</body>
</html>
`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
