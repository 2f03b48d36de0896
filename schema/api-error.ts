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
  /** Delivery (issue 6): a webhook endpoint or delivery message that is not the caller's agency's. */
  'endpoint_not_found',
  'delivery_not_found',
  /** A webhook URL the outbound guard refuses (SSRF): see server/delivery/outbound-url-guard.ts. */
  'invalid_url',
  'scheme_not_allowed',
  'credentials_in_url',
  'address_not_allowed',
  'dns_failed',
  /** Issue 5: the service needs a signed-in person (401), a stronger sign-in (403). */
  'sign_in_required',
  'assurance_too_low',
  /** A field prefilled from the identity was changed (422, the issue names the field). */
  'prefill_mismatch',
  /** Acting on behalf: a party not in the person's claims, a person where a company is needed, a mandate that does not cover this service. */
  'representation_not_held',
  'company_representation_required',
  'mandate_out_of_scope',
  /** Issue 7: the register and reviewed publishing. */
  'life_situation_not_found',
  'review_not_found',
  /** The agency requires review: publish by submitting the draft for review and approving it. */
  'review_required',
  /** The service already has a version waiting for review. */
  'review_pending',
  /** The review was already approved or returned. */
  'review_already_decided',
  /** Nobody may approve or return a version they submitted themselves. */
  'own_review',
  /** Ratings: only the applicant of a completed request of this service may rate (403), once (409). */
  'rating_not_allowed',
  'already_rated',
  /** Feedback (issue 7): unknown or another's/another agency's (404); closed (409); a reply nobody asked for (409). */
  'feedback_not_found',
  'feedback_closed',
  'reply_not_expected',
  /** Closing or asking needs a message to the person. */
  'message_required',
  /** Text with HTML tags where plain text is expected. */
  'markup_not_allowed',
  /** No platform operator agency is configured (PLATFORM_OPERATOR_AGENCY). */
  'platform_feedback_unavailable',
  /** Issue 4, attachments: the form has no file field at that path. */
  'attachment_field_not_found',
  /** The file name is missing, or its extension is not one the field allows. */
  'file_name_missing',
  'file_type_not_allowed',
  /** The file is larger than the field allows (413); nothing is stored. */
  'file_too_large',
  'file_empty',
  /** The content is not what the extension says (e.g. an .exe renamed .pdf). */
  'file_content_mismatch',
  /** An upload token that is unknown, expired, already used, or of another service. */
  'attachment_not_found',
  /** A file named by the submission was taken by another submission meanwhile (409). */
  'attachment_already_used',
  /** Issue 4, receipts and drafts: no such receipt, or no such (or another person's) draft. */
  'receipt_not_found',
  'draft_not_found',
  /** The resume link has expired (410); its answers are deleted. */
  'draft_expired',
  /** Issue 6, request registry: no such request for the caller (another agency's, another person's). */
  'request_not_found',
  /** A status code the service's mapping does not know (422; the message and issues list the allowed codes). */
  'unknown_status_code',
  /** The request reached a final status; a change needs `reopen: true` (409). */
  'request_closed',
  /** The change happened before the request's current status was set (409): an out-of-order update. */
  'out_of_order',
  /** A result document or attachment that is too large, not base64, or a link that is not https. */
  'document_invalid',
  'document_not_found',
  'message_not_found',
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
