import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../app/app-env.ts';
import { createWorkplaceRoutes } from '../workplace/workplace-routes.ts';
import { createCapturedMessageRoutes } from './captured-message-routes.ts';
import { createRequestRoutes } from './request-routes.ts';
import { createStatusMappingRoutes } from './status-mapping-routes.ts';

/** The central request registry (issue 6): agency API, status mappings, workplace, simulators. */
export function mountRequestRoutes(api: OpenAPIHono<AppEnv>): void {
  api.route('/', createRequestRoutes());
  api.route('/', createStatusMappingRoutes());
  api.route('/', createWorkplaceRoutes());
  api.route('/', createCapturedMessageRoutes());
}
