/**
 * Test helper: a small browser over fetch. Cookies are kept per host (name and port, stricter
 * than a browser, which ignores ports) and sent by path prefix; redirects are followed by hand so
 * tests can look at every hop. Requests to a portal's API carry the Origin a browser would send.
 */
export interface PageResponse {
  status: number;
  url: string;
  location: string | null;
  headers: Headers;
  body: string;
}

interface StoredCookie {
  value: string;
  path: string;
  raw: string;
}

export function createPortalBrowser() {
  const jars = new Map<string, Map<string, StoredCookie>>();

  function jarFor(host: string) {
    let jar = jars.get(host);
    if (!jar) {
      jar = new Map();
      jars.set(host, jar);
    }
    return jar;
  }

  function cookieHeader(url: URL): string | undefined {
    const pairs = [...jarFor(url.host)]
      .filter(
        ([, cookie]) =>
          url.pathname === cookie.path || url.pathname.startsWith(cookie.path.replace(/\/?$/, '/')),
      )
      .map(([name, cookie]) => `${name}=${cookie.value}`);
    return pairs.length > 0 ? pairs.join('; ') : undefined;
  }

  function store(url: URL, lines: string[]) {
    for (const line of lines) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) || '/';
      const gone =
        value === '' || attributes.some((a) => /^max-age=0$/i.test(a) || /^expires=.*1970/i.test(a));
      if (gone) jarFor(url.host).delete(name);
      else jarFor(url.host).set(name, { value, path, raw: line });
    }
  }

  async function request(
    url: string,
    init: {
      method?: string;
      headers?: Record<string, string>;
      form?: Record<string, string>;
      json?: unknown;
    } = {},
  ): Promise<PageResponse> {
    const target = new URL(url);
    const headers: Record<string, string> = { accept: 'text/html,application/json', ...init.headers };
    const cookie = cookieHeader(target);
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    } else if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    const response = await fetch(target, {
      method: init.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      redirect: 'manual',
    });
    store(target, response.headers.getSetCookie());
    const location = response.headers.get('location');
    return {
      status: response.status,
      url,
      location: location === null ? null : new URL(location, target).href,
      headers: response.headers,
      body: await response.text(),
    };
  }

  /** Follows redirects (as GETs) until an answer that is not one, or a URL for which `stop` is true. */
  async function follow(
    url: string,
    options: { stop?: (url: string) => boolean; form?: Record<string, string> } = {},
  ): Promise<PageResponse> {
    let response = await request(url, { form: options.form });
    for (let hops = 0; hops < 20; hops++) {
      if (response.status < 300 || response.status >= 400 || !response.location) return response;
      if (options.stop?.(response.location)) return response;
      response = await request(response.location);
    }
    throw new Error(`too many redirects from ${url}`);
  }

  return {
    request,
    follow,
    /** The raw Set-Cookie line that set `name` on `origin`, for checking its attributes. */
    cookieLine: (origin: string, name: string) => jarFor(new URL(origin).host).get(name)?.raw,
    cookieValue: (origin: string, name: string) => jarFor(new URL(origin).host).get(name)?.value,
    setCookie: (origin: string, name: string, value: string) =>
      jarFor(new URL(origin).host).set(name, { value, path: '/', raw: `${name}=${value}` }),
    dropCookie: (origin: string, name: string) => jarFor(new URL(origin).host).delete(name),
  };
}

export type PortalBrowser = ReturnType<typeof createPortalBrowser>;

export function formAction(html: string): string | undefined {
  return /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
}

export function inputValue(html: string, name: string): string | undefined {
  return new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1];
}
