/**
 * Save and resume (issue 4). Signed in: `PUT/GET/DELETE /services/{code}/my-draft` and
 * `GET /my-drafts`, tied to the person's identity. Anyone: `POST /services/{code}/resume-links`
 * answers a resume link's token (kept DRAFT_DAYS, shown on screen), then
 * `GET/PUT /resume-links/{token}` reads and saves through it.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Ajv } from 'ajv';
import type { Context, Next } from 'hono';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import {
  createResumeLink,
  findResumeDraft,
  NO_DRAFT,
  openDraft,
  saveOwnedDraft,
  updateResumeDraft,
} from '../../drafts/draft-service.ts';
import { errorResponses, LocalizedTextSchema, ServiceCodeParam } from '../openapi-schemas.ts';

const DraftInputSchema = z.object({
  version: z.number().int().min(1),
  data: z.record(z.string(), z.unknown()),
  step: z.number().int().min(0).max(1000).default(0),
});

const DraftSchema = z
  .object({
    serviceCode: z.string(),
    version: z.number().int().openapi({ description: 'The published version the answers are pinned to' }),
    data: z.record(z.string(), z.unknown()),
    step: z.number().int(),
    savedAt: z.string(),
    expiresAt: z
      .string()
      .openapi({ description: 'Deleted then, with the files it names, unless saved again' }),
    changes: z
      .object({
        fromVersion: z.number().int(),
        toVersion: z.number().int(),
        removed: z.array(LocalizedTextSchema),
        cleared: z.array(LocalizedTextSchema),
        added: z.array(LocalizedTextSchema),
      })
      .optional()
      .openapi({ description: 'Present when the draft was just moved to a newer version of the form' }),
  })
  .openapi('FormDraft');

const TokenParam = z
  .string()
  .max(60)
  .openapi({ param: { name: 'token', in: 'path' }, example: 'res_...' });
const json = (schema: z.ZodType) => ({ 'application/json': { schema } });
const SESSION = [{ session: [] }];

const putMine = createRoute({
  method: 'put',
  path: '/services/{code}/my-draft',
  tags: ['Drafts'],
  summary: "Save the signed-in person's answers to this service's form",
  security: SESSION,
  middleware: [requireSignedIn] as const,
  request: {
    params: z.object({ code: ServiceCodeParam }),
    body: { required: true, content: { 'application/json': { schema: DraftInputSchema } } },
  },
  responses: {
    200: { description: 'Saved', content: json(DraftSchema) },
    ...errorResponses(400, 401, 404, 410, 422),
  },
});
const getMine = createRoute({
  method: 'get',
  path: '/services/{code}/my-draft',
  tags: ['Drafts'],
  summary: "The signed-in person's saved answers (moved to the newest version when there is one)",
  security: SESSION,
  middleware: [requireSignedIn] as const,
  request: { params: z.object({ code: ServiceCodeParam }) },
  responses: {
    200: { description: 'The draft', content: json(DraftSchema) },
    ...errorResponses(401, 404, 410),
  },
});
const deleteMine = createRoute({
  method: 'delete',
  path: '/services/{code}/my-draft',
  tags: ['Drafts'],
  summary: "Forget the signed-in person's saved answers",
  security: SESSION,
  middleware: [requireSignedIn] as const,
  request: { params: z.object({ code: ServiceCodeParam }) },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 404) },
});
const listMine = createRoute({
  method: 'get',
  path: '/my-drafts',
  tags: ['Drafts'],
  summary: "The signed-in person's saved forms (for the workplace)",
  security: SESSION,
  middleware: [requireSignedIn] as const,
  responses: {
    200: { description: 'Oldest save first', content: json(z.object({ drafts: z.array(DraftSchema) })) },
    ...errorResponses(401),
  },
});
const createLink = createRoute({
  method: 'post',
  path: '/services/{code}/resume-links',
  tags: ['Drafts'],
  summary: 'Save answers behind a resume link (no sign-in needed)',
  description: 'The token is shown once; only its hash is kept. Open the form with `#resume=<token>`.',
  request: {
    params: z.object({ code: ServiceCodeParam }),
    body: { required: true, content: { 'application/json': { schema: DraftInputSchema } } },
  },
  responses: {
    201: {
      description: 'Saved',
      content: json(z.object({ token: z.string(), resumePath: z.string(), draft: DraftSchema })),
    },
    ...errorResponses(400, 404, 410, 422),
  },
});
const getLink = createRoute({
  method: 'get',
  path: '/resume-links/{token}',
  tags: ['Drafts'],
  summary: 'The answers behind a resume link',
  request: { params: z.object({ token: TokenParam }) },
  responses: { 200: { description: 'The draft', content: json(DraftSchema) }, ...errorResponses(404, 410) },
});
const putLink = createRoute({
  method: 'put',
  path: '/resume-links/{token}',
  tags: ['Drafts'],
  summary: 'Save again through a resume link',
  request: {
    params: z.object({ token: TokenParam }),
    body: { required: true, content: { 'application/json': { schema: DraftInputSchema } } },
  },
  responses: {
    200: { description: 'Saved', content: json(DraftSchema) },
    ...errorResponses(400, 404, 410, 422),
  },
});

/** Runs before the body is read, so an anonymous caller learns 401 whatever it sent. */
async function requireSignedIn(c: Context<AppEnv>, next: Next): Promise<void> {
  ownerOf(c);
  await next();
}

function ownerOf(c: Context<AppEnv>): string {
  const principal = c.get('principal');
  if (principal?.kind !== 'user') {
    throw new ApiError(401, 'unauthenticated', 'Sign in to keep your answers on the server.');
  }
  return principal.subject;
}

export function createFormDraftRoutes(ajv: Ajv) {
  return new OpenAPIHono<AppEnv>()
    .openapi(putMine, async (c) => {
      const view = await saveOwnedDraft(
        c.get('deps'),
        ownerOf(c),
        c.req.valid('param').code,
        c.req.valid('json'),
      );
      return c.json(view, 200);
    })
    .openapi(getMine, async (c) => {
      const deps = c.get('deps');
      const record = await deps.repo.formDrafts.getOwned(
        ownerOf(c),
        c.req.valid('param').code,
        deps.clock().toISOString(),
      );
      if (!record) throw NO_DRAFT();
      return c.json(await openDraft(deps, ajv, record), 200);
    })
    .openapi(deleteMine, async (c) => {
      const deps = c.get('deps');
      const record = await deps.repo.formDrafts.getOwned(
        ownerOf(c),
        c.req.valid('param').code,
        deps.clock().toISOString(),
      );
      if (!record || !(await deps.repo.formDrafts.delete(record.id))) throw NO_DRAFT();
      return c.body(null, 204);
    })
    .openapi(listMine, async (c) => {
      const deps = c.get('deps');
      const records = await deps.repo.formDrafts.listOwned(ownerOf(c), deps.clock().toISOString());
      return c.json(
        {
          drafts: records.map((record) => ({
            serviceCode: record.serviceCode,
            version: record.version,
            data: record.data,
            step: record.step,
            savedAt: record.updatedAt,
            expiresAt: record.expiresAt,
          })),
        },
        200,
      );
    })
    .openapi(createLink, async (c) => {
      const code = c.req.valid('param').code;
      const { token, draft } = await createResumeLink(c.get('deps'), code, c.req.valid('json'));
      return c.json({ token, resumePath: `/services/${code}/apply#resume=${token}`, draft }, 201);
    })
    .openapi(getLink, async (c) => {
      const deps = c.get('deps');
      const record = await findResumeDraft(deps, c.req.valid('param').token);
      return c.json(await openDraft(deps, ajv, record), 200);
    })
    .openapi(putLink, async (c) => {
      return c.json(
        await updateResumeDraft(c.get('deps'), c.req.valid('param').token, c.req.valid('json')),
        200,
      );
    });
}
