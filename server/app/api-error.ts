import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode, ApiIssue } from '../../schema/api-error.ts';

/**
 * An error meant for the caller: thrown anywhere in a handler, turned into the one JSON error
 * shape by the app's onError (Hono HTTPException).
 */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(status, { message });
    this.name = 'ApiError';
  }
}

export const notFound = (code: ApiErrorCode, message: string) => new ApiError(404, code, message);
