import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app/app-env.ts';

const UPLOAD_PATH = /^\/api\/services\/[^/]+\/attachments$/;

/** An attachment upload: a raw file body that the upload route streams with its own cap. */
export function isAttachmentUpload(c: Context<AppEnv>): boolean {
  return c.req.method === 'POST' && UPLOAD_PATH.test(c.req.path);
}

/** Runs `middleware` for every request except attachment uploads (JSON body rules, body limit). */
export function exceptUploads(middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => (isAttachmentUpload(c) ? next() : middleware(c, next));
}
