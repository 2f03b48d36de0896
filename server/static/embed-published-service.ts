import { EMBEDDED_SERVICE_ID, EMBEDDED_SESSION_ID } from '../../schema/embedded-page-data.ts';
import { SERVICE_CODE_PATTERN } from '../../schema/service-definition.ts';
import { validatorModulePath } from '../../schema/validator-module-path.ts';
import { loadPublishedView, type PublishedServiceView } from '../registry/published-service.ts';
import type { Repository } from '../storage/repository.ts';

const PINNED_VERSION = /^[1-9][0-9]{0,8}$/;

/**
 * The published version a form page's address names, as `GET /api/services/{code}[/versions/{n}]`
 * answers it; undefined when there is none to show (unknown, retired, not published, a malformed
 * address). The runtime then asks the API itself and shows the page that explains why.
 */
export async function findEmbeddableService(
  repo: Repository,
  code: string,
  pinned: string | undefined,
): Promise<PublishedServiceView | undefined> {
  if (!SERVICE_CODE_PATTERN.test(code)) return undefined;
  if (pinned !== undefined && !PINNED_VERSION.test(pinned)) return undefined;
  try {
    return await loadPublishedView(repo, code, pinned === undefined ? undefined : Number(pinned));
  } catch {
    // Not found, retired, not published: the runtime's own request gets the API's answer.
    return undefined;
  }
}

/** Inert JSON: `type="application/json"` is data, never run. `<` is escaped, so no text can close it. */
function jsonElement(id: string, value: unknown): string {
  return `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}

/**
 * The form page with what it would otherwise fetch one after another (issue 4, time to ready):
 * the published definition as inert JSON (the page's `script-src 'self'` stands), a
 * `modulepreload` of the version's validator module, so the browser downloads it while it loads
 * the app, and, for a visitor without a session cookie, the session as `GET /api/session` would
 * answer it (`anonymous`): nobody is signed in, so there is nothing to look up or to keep private.
 *
 * @example embedPublishedService(html, view, true) // html + <link rel="modulepreload" ...> + two <script type="application/json" ...>
 */
export function embedPublishedService(html: string, view: PublishedServiceView, anonymous = false): string {
  const preload = `<link rel="modulepreload" href="${validatorModulePath(view.code, view.version)}" />`;
  const data = [
    jsonElement(EMBEDDED_SERVICE_ID, view),
    ...(anonymous ? [jsonElement(EMBEDDED_SESSION_ID, { authenticated: false })] : []),
  ].join('\n');
  if (!html.includes('</head>') || !html.includes('</body>')) {
    throw new Error('embedPublishedService: the page has no </head> or </body>');
  }
  // Replacer functions: a `$` in a definition must stay a `$`, not a replacement pattern.
  return html.replace('</head>', () => `${preload}\n</head>`).replace('</body>', () => `${data}\n</body>`);
}
