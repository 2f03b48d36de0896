import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { isLvPersonalCode } from '../../../schema/index.ts';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { authenticatedPrincipal, canActForAgency, requireScope } from '../../auth/authenticate.ts';
import { principalId } from '../../auth/principal.ts';
import { AGENCY_ROLES } from '../../auth/role-scopes.ts';
import type { StaffRole } from '../../identity/eforms-claims.ts';
import type { RoleAssignmentRecord } from '../../storage/repository.ts';
import { API_KEY_SECURITY, errorResponses } from '../openapi-schemas.ts';
import { SESSION_SECURITY } from './session-routes.ts';

const AgencyRoleSchema = z.enum(AGENCY_ROLES as [StaffRole, ...StaffRole[]]);

const StaffAssignmentSchema = z
  .object({
    agency: z.string(),
    personalCode: z.string(),
    roles: z.array(AgencyRoleSchema).openapi({
      description:
        'Roles assigned in this agency. Effective roles are these plus the roles the identity provider asserts.',
    }),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .openapi('StaffAssignment');

const params = z.object({
  agency: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/)
    .openapi({ param: { name: 'agency', in: 'path' }, example: 'demo-agency' }),
  personalCode: z
    .string()
    .refine(isLvPersonalCode, 'Not a Latvian personal code')
    .openapi({ param: { name: 'personalCode', in: 'path' }, example: '161175-19997' }),
});

const security = [...API_KEY_SECURITY, ...SESSION_SECURITY];

const getAssignment = createRoute({
  method: 'get',
  path: '/agencies/{agency}/staff/{personalCode}',
  tags: ['Agencies'],
  summary: "A person's roles in the agency, as its admins assigned them (none: an empty list)",
  security,
  middleware: [requireScope('keys:manage')] as const,
  request: { params },
  responses: {
    200: {
      description: 'The assignment',
      content: { 'application/json': { schema: StaffAssignmentSchema } },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

const putAssignment = createRoute({
  method: 'put',
  path: '/agencies/{agency}/staff/{personalCode}',
  tags: ['Agencies'],
  summary:
    "Set a person's roles in the agency (an empty list removes them); takes effect on their next request",
  security,
  middleware: [requireScope('keys:manage')] as const,
  request: {
    params,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            roles: z.array(AgencyRoleSchema).max(AGENCY_ROLES.length).openapi({
              description: 'platform-admin cannot be assigned by an agency',
            }),
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The assignment now',
      content: { 'application/json': { schema: StaffAssignmentSchema } },
    },
    ...errorResponses(400, 401, 403, 404, 415, 422),
  },
});

const hyphenated = (code: string) => {
  const digits = code.replace('-', '');
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
};

function toView(agencyCode: string, personalCode: string, record: RoleAssignmentRecord | null) {
  return {
    agency: agencyCode,
    personalCode,
    roles: record?.roles ?? [],
    updatedAt: record?.updatedAt ?? null,
    updatedBy: record?.updatedBy ?? null,
  };
}

/** Staff role assignments within an agency (issue 5: "assignments an agency admin makes"). */
export function createStaffRoleRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(getAssignment, async (c) => {
      const { repo } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const { agency: code, personalCode } = c.req.valid('param');
      const agency = await repo.agencies.getByCode(code);
      if (!agency || !canActForAgency(principal, agency.id)) {
        throw new ApiError(404, 'agency_not_found', `There is no agency "${code}" that you may manage.`);
      }
      const person = hyphenated(personalCode);
      return c.json(toView(agency.code, person, await repo.roleAssignments.get(agency.id, person)), 200);
    })
    .openapi(putAssignment, async (c) => {
      const { repo, clock } = c.get('deps');
      const principal = authenticatedPrincipal(c.get('principal'));
      const { agency: code, personalCode } = c.req.valid('param');
      const agency = await repo.agencies.getByCode(code);
      if (!agency || !canActForAgency(principal, agency.id)) {
        throw new ApiError(404, 'agency_not_found', `There is no agency "${code}" that you may manage.`);
      }
      const person = hyphenated(personalCode);
      const roles = [...new Set(c.req.valid('json').roles)];
      const stored = await repo.roleAssignments.put({
        agencyId: agency.id,
        personalCode: person,
        roles,
        updatedAt: clock().toISOString(),
        updatedBy: principalId(principal),
      });
      return c.json(toView(agency.code, person, roles.length === 0 ? null : stored), 200);
    });
}
