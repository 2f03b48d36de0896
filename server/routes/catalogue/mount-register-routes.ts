import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../app/app-env.ts';
import type { ValidatorModuleCache } from '../../validators/validator-module-cache.ts';
import { createPublishingSettingsRoutes } from '../register/publishing-settings-routes.ts';
import { createReviewRoutes } from '../register/review-routes.ts';
import { createCatalogueAgencyRoutes } from './catalogue-agency-routes.ts';
import { createCatalogueRoutes } from './catalogue-routes.ts';
import { createLifeSituationRoutes } from './life-situation-routes.ts';
import { createRatingRoutes } from './rating-routes.ts';

/** The service register (issue 7): public catalogue, life situations, reviewed publishing. */
export function mountRegisterRoutes(api: OpenAPIHono<AppEnv>, validatorModules: ValidatorModuleCache): void {
  api.route('/', createCatalogueAgencyRoutes());
  api.route('/', createCatalogueRoutes());
  api.route('/', createLifeSituationRoutes());
  api.route('/', createRatingRoutes());
  api.route('/', createReviewRoutes(validatorModules));
  api.route('/', createPublishingSettingsRoutes());
}
