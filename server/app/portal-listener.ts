import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';

/** A plain node handler served under a path prefix of a portal's origin (the embedded provider). */
export interface MountedHandler {
  mountPath: string;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

/**
 * The node listener of one portal: requests under `mounted.mountPath` (the embedded identity
 * provider, which is a Koa app and wants node's own request objects) go to it untouched,
 * everything else to the Hono app.
 *
 * @example http.createServer(createPortalListener(app.fetch, { mountPath: '/idp', handle: idp.handle }))
 */
export function createPortalListener(
  fetch: (request: Request) => Response | Promise<Response>,
  mounted?: MountedHandler,
): RequestListener {
  const app = getRequestListener(fetch);
  if (!mounted) return app;
  const prefix = mounted.mountPath;
  return (req, res) => {
    const url = req.url ?? '/';
    const underMount = url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`);
    if (underMount) mounted.handle(req, res);
    else void app(req, res);
  };
}
