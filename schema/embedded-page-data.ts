/**
 * What the server embeds in a form page as inert JSON (`<script type="application/json">`), so
 * the page starts without asking for it (issue 4, time to ready). The server writes the elements
 * (server/static/embed-published-service.ts), the runtime reads them (runtime/api/embedded-*.ts).
 */

/** The element holding the published version the page shows, as `GET /api/services/{code}` answers it. */
export const EMBEDDED_SERVICE_ID = 'published-service';

/**
 * The element holding the visitor's session when the server knows it without looking anything
 * up: a request without a session cookie is anonymous (`{ "authenticated": false }`), as
 * `GET /api/session` would answer. A signed-in visitor's session is never embedded; the page asks.
 */
export const EMBEDDED_SESSION_ID = 'session-state';
