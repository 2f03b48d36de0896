import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';

/** A plain node handler that owns some paths of a portal's origin (the embedded provider, `/idp`). */
export interface MountedHandler {
  /** True for the request URLs `handle` serves. */
  owns(url: string | undefined): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

/**
 * The node listener of one portal: requests that `mounted` owns (the embedded identity provider,
 * a Koa app that wants node's own request objects) go to it untouched, everything else to the
 * Hono app.
 *
 * @example http.createServer(createPortalListener(app.fetch, idp))
 */
export function createPortalListener(
  fetch: (request: Request) => Response | Promise<Response>,
  mounted?: MountedHandler,
): RequestListener {
  const app = getRequestListener(fetch);
  if (!mounted) return app;
  return (req, res) => {
    if (mounted.owns(req.url)) mounted.handle(req, res);
    else void app(req, res);
  };
}
