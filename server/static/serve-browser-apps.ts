import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Context, Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppEnv } from '../app/app-env.ts';
import { readCookie } from '../auth/session/session-cookie.ts';
import { createAssetStore } from './asset-store.ts';
import { embedPublishedService, findEmbeddableService } from './embed-published-service.ts';

/**
 * Everything is locked to our own origin. The citizen pages run no generated code of their own:
 * form validators are precompiled on the server per published version and imported as a
 * same-origin module, so `script-src 'self'` is all they need. The builder's live preview
 * validates a draft that changes with every edit, which ajv compiles with `new Function`: only
 * the staff pages keep 'unsafe-eval'.
 */
const cspWith = (scriptSrc: string) =>
  [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
const PAGE_CSP = { runtime: cspWith("'self'"), builder: cspWith("'self' 'unsafe-eval'") } as const;

/**
 * The HTML files of the apps. The runtime's form page has its own entry (runtime/apply.html):
 * the same app with the form's code among its first downloads instead of after them.
 */
const PAGE_FILES = {
  runtime: 'runtime/index.html',
  'runtime-apply': 'runtime/apply.html',
  builder: 'builder/index.html',
} as const;
type PageName = keyof typeof PAGE_FILES;

/**
 * Serves the built browser apps (vite build output) beside the API: hashed assets with a long
 * cache, and each app's index.html for its client-side routes (the runtime's deep links, the
 * builder under /builder).
 */
export function serveBrowserApps(app: Hono<AppEnv>, distDir: string): void {
  const root = resolve(distDir);
  const pages = new Map<PageName, string>();
  const page = (name: PageName) => {
    let html = pages.get(name);
    if (html === undefined) {
      html = readFileSync(join(root, PAGE_FILES[name]), 'utf8');
      pages.set(name, html);
    }
    return html;
  };
  const assets = createAssetStore(join(root, 'assets'));
  app.get('/assets/:name', (c, next) => {
    const asset = assets.get(c.req.param('name'), c.req.header('Accept-Encoding'));
    if (!asset) return next();
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('Vary', 'Accept-Encoding');
    if (asset.encoding) c.header('Content-Encoding', asset.encoding);
    return c.body(asset.body, 200);
  });
  // Pages are compressed as they are sent: the form page carries its published version (about
  // 110 KB for 1,000 questions, 10 KB gzipped), which matters on a phone.
  const pageCompression = compress();
  const respond = (c: Context<AppEnv>, app: 'runtime' | 'builder', html: string) => {
    c.header('Content-Security-Policy', PAGE_CSP[app]);
    c.header('Cache-Control', 'no-cache');
    return c.html(html);
  };
  const servePage = (name: 'runtime' | 'builder') => (c: Context<AppEnv>) => respond(c, name, page(name));
  // A form's deep link (issue 4, time to ready): the page carries the published version it shows.
  app.get('/services/:code/apply', pageCompression, async (c) => {
    const html = page('runtime-apply');
    const view = await findEmbeddableService(c.get('deps').repo, c.req.param('code'), c.req.query('version'));
    const anonymous = readCookie(c, 'session', c.get('portal')) === undefined;
    return respond(c, 'runtime', view ? embedPublishedService(html, view, anonymous) : html);
  });
  const appPages: [string, 'runtime' | 'builder'][] = [
    ['/', 'runtime'],
    ['/services/*', 'runtime'],
    ['/life-situations/*', 'runtime'],
    // The citizen's workplace and the captured-mail page (issue 6) are runtime pages too.
    ['/my', 'runtime'],
    ['/my/*', 'runtime'],
    ['/dev/mail', 'runtime'],
    // The feedback form (issue 7), about a service (`?service=`) or the platform.
    ['/feedback', 'runtime'],
    ['/builder', 'builder'],
    ['/builder/*', 'builder'],
  ];
  for (const [path, name] of appPages) app.get(path, pageCompression, servePage(name));
}
