import type { ApiClient } from './api-client.ts';

/**
 * Who is using the builder. Staff sign in through the platform's OIDC login; `GET /api/session`
 * then tells who they are and hands the CSRF token that every change must carry.
 */
export type Session =
  | {
      state: 'signed-in';
      name: string;
      agency: string | undefined;
      roles: string[];
      csrfToken: string | undefined;
    }
  | { state: 'signed-out' }
  | { state: 'offline' };

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === 'string' && v.length > 0);
}

/**
 * Reads the session answer leniently: the user may sit at the top level or under `user`, and a
 * `signedIn`/`authenticated: false` or a missing user means nobody is signed in.
 */
export function readSession(body: unknown): Session {
  const root = asRecord(body) ?? {};
  const user = asRecord(root.user) ?? root;
  if (root.signedIn === false || root.authenticated === false || root.user === null) {
    return { state: 'signed-out' };
  }
  const fullName = [user.givenName, user.familyName].filter((n) => typeof n === 'string' && n).join(' ');
  const name = firstString(fullName, user.name, user.subject, user.sub);
  if (!name && !firstString(root.csrfToken)) return { state: 'signed-out' };
  const agencyValue = asRecord(user.agency) ?? asRecord(root.agency);
  const agency = firstString(user.agency, root.agency, agencyValue?.code);
  const roleList = Array.isArray(root.roles) ? root.roles : Array.isArray(user.roles) ? user.roles : [];
  const roles = roleList.filter((r): r is string => typeof r === 'string');
  return { state: 'signed-in', name: name ?? '', agency, roles, csrfToken: firstString(root.csrfToken) };
}

/** Staff roles whose scopes include editing services (server/auth/role-scopes.ts). */
const DESIGNING_ROLES = new Set(['designer', 'agency-admin', 'reviewer']);

/** Whether the signed-in person may design forms (an empty role list: the server decides). */
export function mayDesign(session: Session): boolean {
  return (
    session.state === 'signed-in' &&
    (session.roles.length === 0 || session.roles.some((r) => DESIGNING_ROLES.has(r)))
  );
}

/** 401 and 404 (before sign-in exists on the server) both mean: show the "Sign in" link. */
export async function fetchSession(api: ApiClient): Promise<Session> {
  const result = await api.request<unknown>('GET', '/session');
  if (result.ok) return readSession(result.data);
  if (result.kind === 'network') return { state: 'offline' };
  return { state: 'signed-out' };
}

/** The OIDC login that brings the person back to where they were. */
export function signInHref(returnTo: string): string {
  const safe = returnTo.startsWith('/builder') ? returnTo : '/builder';
  return `/auth/login?returnTo=${encodeURIComponent(safe)}`;
}
