/**
 * Test helper (not production code): a minimal browser over fetch with a cookie jar, following
 * redirects by hand so a test can stop where the provider hands back to a portal. Cookie paths and
 * domains are ignored: every test talks to one origin.
 */
export interface BrowserResponse {
  status: number;
  url: string;
  location: string | null;
  headers: Headers;
  body: string;
}

export function createTestBrowser() {
  const jar = new Map<string, string>();

  async function request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { accept: 'text/html' };
    if (jar.size > 0) headers.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      body,
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const expired = attributes.some((attribute) => /^\s*expires=Thu, 01 Jan 1970/i.test(attribute));
      if (expired || pair.slice(eq + 1) === '') jar.delete(name);
      else jar.set(name, pair.slice(eq + 1));
    }
    const location = response.headers.get('location');
    return {
      status: response.status,
      url,
      location: location === null ? null : new URL(location, url).href,
      headers: response.headers,
      body: await response.text(),
    } satisfies BrowserResponse;
  }

  /** Follows redirects until a non-redirect answer or a URL for which `stop` is true. */
  async function follow(
    url: string,
    stop: (url: string) => boolean = () => false,
    init: { form?: Record<string, string> } = {},
  ): Promise<BrowserResponse> {
    let response = await request(url, init);
    for (let hops = 0; hops < 20; hops++) {
      if (response.status < 300 || response.status >= 400 || !response.location) return response;
      if (stop(response.location)) return response;
      response = await request(response.location);
    }
    throw new Error(`too many redirects from ${url}`);
  }

  return { request, follow, cookies: jar };
}

/** The value of an `<input name=... value=...>` or an attribute of the element with a test id. */
export function inputValue(html: string, name: string): string | undefined {
  const match = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html);
  return match?.[1];
}

export function formAction(html: string): string | undefined {
  return /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
}
