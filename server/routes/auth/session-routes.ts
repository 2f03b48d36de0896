import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ASSURANCE_LEVELS } from '../../../schema/index.ts';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { CSRF_HEADER } from '../../auth/csrf.ts';
import { touchSession } from '../../auth/session/user-sessions.ts';
import { STAFF_ROLES } from '../../identity/eforms-claims.ts';
import { API_KEY_SCOPES } from '../../storage/repository.ts';
import { errorResponses } from '../openapi-schemas.ts';

export const SESSION_SECURITY = [{ session: [] }];

const RepresentationSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('company'),
      personalCode: z.string(),
      registrationNumber: z.string().openapi({ description: 'Enterprise-register number' }),
    }),
    z.object({
      kind: z.literal('person'),
      grantorPersonalCode: z.string().openapi({ description: 'Who granted the power of attorney' }),
      personalCode: z.string(),
    }),
  ])
  .openapi('Representation');

const SessionSchema = z
  .union([
    z.object({ authenticated: z.literal(false) }),
    z.object({
      authenticated: z.literal(true),
      portal: z.enum(['central', 'business']),
      user: z.object({
        subject: z.string(),
        personalCode: z.string(),
        givenName: z.string(),
        familyName: z.string(),
        assurance: z.enum(ASSURANCE_LEVELS),
      }),
      agency: z
        .object({ code: z.string() })
        .nullable()
        .openapi({ description: 'Staff: the agency they work in' }),
      roles: z.array(z.enum(STAFF_ROLES)),
      scopes: z.array(z.enum(API_KEY_SCOPES)),
      representations: z.array(RepresentationSchema),
      csrfToken: z.string().openapi({
        description: `Send as the ${CSRF_HEADER} header with every POST, PUT, PATCH and DELETE made with the session cookie`,
      }),
      idleExpiresAt: z
        .string()
        .openapi({ description: 'The session ends at this time unless used or extended' }),
      idleTimeoutSeconds: z
        .number()
        .int()
        .openapi({ description: 'How long a session lasts without activity (SESSION_IDLE_MINUTES)' }),
      absoluteExpiresAt: z
        .string()
        .openapi({ description: 'The session ends at this time whatever happens' }),
    }),
  ])
  .openapi('Session');

const getSession = createRoute({
  method: 'get',
  path: '/session',
  tags: ['Session'],
  summary: 'Who is signed in on this portal (or `{ authenticated: false }`)',
  description:
    'Reading this does not count as activity, so a page may poll it to warn before the idle time-out. API-key callers get `{ authenticated: false }`: sessions are for browsers.',
  security: SESSION_SECURITY,
  responses: {
    200: { description: 'The session', content: { 'application/json': { schema: SessionSchema } } },
  },
});

const extendSession = createRoute({
  method: 'post',
  path: '/session/extend',
  tags: ['Session'],
  summary: 'Keep the session alive: the idle time-out starts again (never past the absolute limit)',
  security: SESSION_SECURITY,
  responses: {
    200: { description: 'The extended session', content: { 'application/json': { schema: SessionSchema } } },
    ...errorResponses(401, 403),
  },
});

async function sessionView(c: Context<AppEnv>) {
  const session = c.get('session');
  const principal = c.get('principal');
  if (!session || principal?.kind !== 'user') return { authenticated: false as const };
  const agency = principal.agencyId ? await c.get('deps').repo.agencies.getById(principal.agencyId) : null;
  return {
    authenticated: true as const,
    portal: session.portal,
    user: {
      subject: principal.subject,
      personalCode: principal.personalCode,
      givenName: principal.givenName,
      familyName: principal.familyName,
      assurance: principal.assurance,
    },
    agency: agency ? { code: agency.code } : null,
    roles: principal.roles,
    scopes: [...principal.scopes],
    representations: principal.representations,
    csrfToken: session.csrfToken,
    idleExpiresAt: session.idleExpiresAt,
    idleTimeoutSeconds: c.get('deps').config.sessionIdleMinutes * 60,
    absoluteExpiresAt: session.absoluteExpiresAt,
  };
}

/** The browser session: who am I, and keep me signed in. Sign-in itself is at /auth/login. */
export function createSessionRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(getSession, async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await sessionView(c), 200);
    })
    .openapi(extendSession, async (c) => {
      const session = c.get('session');
      if (!session)
        throw new ApiError(401, 'unauthenticated', 'There is no session to extend; sign in again.');
      const deps = c.get('deps');
      c.set('session', await touchSession(deps, session, deps.clock()));
      c.header('Cache-Control', 'no-store');
      return c.json(await sessionView(c), 200);
    });
}
