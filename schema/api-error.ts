/**
 * The API's error shape and its stable codes. They live in the shared model so the runtime and
 * the builder can map each code to plain language, and agencies' programs can branch on them.
 * Every error response is `{ error: { code, message, issues? } }`.
 */
export const API_ERROR_CODES = [
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'invalid_request',
  'forbidden_key',
  'invalid_text',
  'validation_failed',
  'definition_invalid',
  'unauthenticated',
  'forbidden',
  /** A state-changing request made with a session cookie lacked the CSRF token or came from another origin. */
  'csrf_failed',
  'not_found',
  'agency_not_found',
  'service_not_found',
  'version_not_found',
  'submission_not_found',
  'service_not_published',
  'service_retired',
  'service_exists',
  'agency_exists',
  'edit_conflict',
  'idempotency_key_reused',
  'method_not_allowed',
  'internal',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiIssue {
  code: string;
  /** JSON Pointer into the request body (or the definition, for definition issues). */
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; issues?: ApiIssue[]; requestId?: string };
}
