import type { Context } from 'hono';
import type { AppDeps } from '../../app/app-deps.ts';
import type { Portal } from '../../config/portal.ts';
import type { SessionRecord } from '../../storage/repository.ts';
import type { VerifiedIdentity } from '../oidc/id-token-identity.ts';
import type { UserPrincipal } from '../principal.ts';
import { clearCookie, readCookie, writeCookie } from './session-cookie.ts';
import { createRandomToken, sessionIdForToken } from './session-token.ts';
import { buildUserPrincipal } from './user-principal.ts';

const MINUTE = 60_000;
/** Activity moves the idle expiry at most once a minute, so reads do not all become writes. */
const TOUCH_INTERVAL_MS = MINUTE;

type SessionDeps = Pick<AppDeps, 'repo' | 'clock' | 'config' | 'randomBytes' | 'logger'>;

/** The idle expiry after activity at `now`: idle minutes later, never past the absolute expiry. */
export function idleExpiryAfter(now: Date, absoluteExpiresAt: string, idleMinutes: number): string {
  const idle = new Date(now.getTime() + idleMinutes * MINUTE).toISOString();
  return idle < absoluteExpiresAt ? idle : absoluteExpiresAt;
}

/**
 * Creates the session for a finished sign-in and sets its cookie. The agency claim is resolved
 * to our agency id once, here; an agency we do not know gives no agency (and so no agency roles).
 */
export async function startSession(
  c: Context,
  deps: SessionDeps,
  portal: Portal,
  signIn: { idToken: string; identity: VerifiedIdentity },
): Promise<SessionRecord> {
  const now = deps.clock();
  const { identity } = signIn;
  const agency = identity.agencyCode ? await deps.repo.agencies.getByCode(identity.agencyCode) : null;
  if (identity.agencyCode && !agency) {
    deps.logger.warn('sign-in names an unknown agency', { agency: identity.agencyCode });
  }
  const token = createRandomToken(deps.randomBytes);
  const absoluteExpiresAt = new Date(
    now.getTime() + deps.config.sessionAbsoluteHours * 60 * MINUTE,
  ).toISOString();
  const record = await deps.repo.sessions.create({
    id: sessionIdForToken(token)!,
    portal: portal.id,
    subject: identity.subject,
    personalCode: identity.personalCode,
    claims: {
      givenName: identity.givenName,
      familyName: identity.familyName,
      assurance: identity.assurance,
      roles: identity.roles,
      agencyCode: identity.agencyCode,
      representations: identity.representations,
    },
    agencyId: agency?.id ?? null,
    idToken: signIn.idToken,
    csrfToken: createRandomToken(deps.randomBytes),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    idleExpiresAt: idleExpiryAfter(now, absoluteExpiresAt, deps.config.sessionIdleMinutes),
    absoluteExpiresAt,
  });
  writeCookie(c, 'session', portal, token);
  // Clean-up rides on sign-ins: cheap (indexed), and no timer to own.
  await deps.repo.sessions.deleteExpired(now.toISOString());
  return record;
}

export interface ResolvedSession {
  session: SessionRecord;
  principal: UserPrincipal;
}

/**
 * The session named by the request's cookie, or null. A cookie that is malformed, unknown,
 * from another portal or expired makes the caller anonymous and is cleared; it never fails the
 * request. Unless `passive` (the session status poll, which must not keep a session alive by
 * itself), the request counts as activity and moves the idle expiry.
 */
export async function resolveSession(
  c: Context,
  deps: SessionDeps,
  portal: Portal,
  options: { passive: boolean },
): Promise<ResolvedSession | null> {
  const token = readCookie(c, 'session', portal);
  if (token === undefined) return null;
  const id = sessionIdForToken(token);
  const session = id === null ? null : await deps.repo.sessions.get(id);
  const now = deps.clock();
  const nowIso = now.toISOString();
  if (!session || session.portal !== portal.id || session.idleExpiresAt <= nowIso) {
    if (session && session.idleExpiresAt <= nowIso) await deps.repo.sessions.delete(session.id);
    clearCookie(c, 'session', portal);
    return null;
  }
  let current = session;
  if (!options.passive && now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_INTERVAL_MS) {
    current = await touchSession(deps, session, now);
  }
  return { session: current, principal: await buildUserPrincipal(deps.repo, current) };
}

/** Records activity now: the idle expiry moves (up to the absolute expiry). */
export async function touchSession(
  deps: SessionDeps,
  session: SessionRecord,
  now: Date,
): Promise<SessionRecord> {
  const idleExpiresAt = idleExpiryAfter(now, session.absoluteExpiresAt, deps.config.sessionIdleMinutes);
  await deps.repo.sessions.touch(session.id, now.toISOString(), idleExpiresAt);
  return { ...session, lastSeenAt: now.toISOString(), idleExpiresAt };
}

/** Ends the session and clears its cookie. */
export async function endSession(c: Context, deps: SessionDeps, portal: Portal, session: SessionRecord) {
  await deps.repo.sessions.delete(session.id);
  clearCookie(c, 'session', portal);
}
