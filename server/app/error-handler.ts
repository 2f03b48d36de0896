import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, ApiErrorCode } from '../../schema/api-error.ts';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';

/** Hono's own exceptions (body limit, malformed JSON) get our codes too. */
function codeForStatus(status: number): ApiErrorCode {
  if (status === 400) return 'invalid_request';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 405) return 'method_not_allowed';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  return 'invalid_request';
}

/** The one place errors become responses: never a stack trace, always `{ error: { code, message } }`. */
export function handleError(err: Error, c: Context<AppEnv>): Response {
  const requestId = c.get('requestId');
  if (err instanceof ApiError) {
    const body: ApiErrorBody = { error: { code: err.code, message: err.message, requestId } };
    if (err.issues) body.error.issues = err.issues;
    return c.json(body, err.status, err.headers);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const body: ApiErrorBody = {
      error: { code: codeForStatus(err.status), message: err.message, requestId },
    };
    return c.json(body, err.status as ContentfulStatusCode);
  }
  c.get('logger')?.error('unhandled error', {
    requestId,
    error: err.message,
    stack: err.stack,
    method: c.req.method,
    path: c.req.path,
  });
  const body: ApiErrorBody = {
    error: { code: 'internal', message: 'Something went wrong on our side. Please try again.', requestId },
  };
  return c.json(body, 500);
}
