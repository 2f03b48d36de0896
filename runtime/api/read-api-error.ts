import type { ApiErrorBody, ApiIssue } from '../../schema/api-error.ts';

/** What the runtime needs from an error response: its stable code and any field issues. */
export interface ApiErrorInfo {
  code: string | undefined;
  issues: ApiIssue[];
}

function isIssue(value: unknown): value is ApiIssue {
  if (typeof value !== 'object' || value === null) return false;
  const issue = value as Record<string, unknown>;
  return (
    typeof issue.path === 'string' && typeof issue.message === 'string' && typeof issue.code === 'string'
  );
}

/**
 * Reads `{ error: { code, message, issues? } }` from a failed response. A proxy or a crashed
 * server can answer with HTML or nothing at all, so anything else yields no code rather than
 * throwing: the caller then falls back on the HTTP status.
 */
export async function readApiError(response: Response): Promise<ApiErrorInfo> {
  try {
    const body = (await response.json()) as Partial<ApiErrorBody> | null;
    const error = body?.error;
    const issues = Array.isArray(error?.issues) ? error.issues.filter(isIssue) : [];
    return { code: typeof error?.code === 'string' ? error.code : undefined, issues };
  } catch {
    return { code: undefined, issues: [] };
  }
}
