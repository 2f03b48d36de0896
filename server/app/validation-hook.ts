import type { Context } from 'hono';
import type { ApiIssue } from '../../schema/api-error.ts';
import { ApiError } from './api-error.ts';

interface ZodLikeIssue {
  code: string;
  path: PropertyKey[];
  message: string;
}

function toPointer(path: PropertyKey[]): string {
  return path.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/**
 * OpenAPIHono's defaultHook: request validation failures become our error shape. A body that
 * does not match answers 422 with one issue per problem; bad path, query or header values 400.
 */
export function validationHook(
  result: { success: boolean; target?: string; error?: { issues: ZodLikeIssue[] } },
  _c: Context,
): void {
  if (result.success) return;
  const issues: ApiIssue[] = (result.error?.issues ?? []).map((issue) => ({
    code: issue.code,
    path: toPointer(issue.path),
    message: issue.message,
  }));
  if (result.target === 'json') {
    throw new ApiError(
      422,
      'validation_failed',
      'The request body is not what this endpoint expects.',
      issues,
    );
  }
  throw new ApiError(400, 'invalid_request', `Invalid ${result.target ?? 'request'} parameters.`, issues);
}
