import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { createAjv } from '../../schema/ajv-setup.ts';
import { exceptUploads } from '../attachments/upload-request.ts';
import { authenticate } from '../auth/authenticate.ts';
import { csrfProtection } from '../auth/csrf.ts';
import { cookieName } from '../auth/session/session-cookie.ts';
import { buildPortal } from '../config/portal.ts';
import { createAgencyRoutes } from '../routes/agencies/agency-routes.ts';
import { createAttachmentRoutes } from '../routes/attachments/attachment-routes.ts';
import { createSessionRoutes } from '../routes/auth/session-routes.ts';
import { createSignInRoutes } from '../routes/auth/sign-in-routes.ts';
import { createStaffRoleRoutes } from '../routes/auth/staff-role-routes.ts';
import { mountRegisterRoutes } from '../routes/catalogue/mount-register-routes.ts';
import { mountDeliveryRoutes } from '../routes/delivery/mount-delivery-routes.ts';
import { createFormDraftRoutes } from '../routes/drafts/form-draft-routes.ts';
import { createAgencyFeedbackRoutes } from '../routes/feedback/agency-feedback-routes.ts';
import { createMyFeedbackRoutes } from '../routes/feedback/my-feedback-routes.ts';
import { createHealthRoutes } from '../routes/health/health-routes.ts';
import { createReceiptRoutes } from '../routes/receipts/receipt-routes.ts';
import { mountRequestRoutes } from '../routes/requests/mount-request-routes.ts';
import { createDraftRoutes } from '../routes/services/draft-routes.ts';
import { createLifecycleRoutes } from '../routes/services/lifecycle-routes.ts';
import { createPublicServiceRoutes } from '../routes/services/public-service-routes.ts';
import { createSubmissionRoutes } from '../routes/submissions/submission-routes.ts';
import { serveBrowserApps } from '../static/serve-browser-apps.ts';
import { createValidatorModuleCache } from '../validators/validator-module-cache.ts';
import { ApiError } from './api-error.ts';
import type { AppDeps } from './app-deps.ts';
import type { AppEnv } from './app-env.ts';
import { handleError } from './error-handler.ts';
import { requireJsonBody } from './json-body.ts';
import { validationHook } from './validation-hook.ts';

const tooLarge = (limit: number) => () => {
  throw new ApiError(413, 'payload_too_large', `The request body is larger than ${limit} bytes.`);
};

const VALIDATOR_MODULES_KEPT = 50;

/**
 * The composition root: every dependency comes in through `deps`, so tests build a fresh app on
 * an in-memory database and production wires the real ones in main.ts.
 */
export function createApp(deps: AppDeps) {
  const ajv = createAjv();
  // Precompiled validator modules of published versions (memory bound: 50 versions, each a few
  // to a few hundred KB); publishing warms it, the module route reads it.
  const validatorModules = deps.validatorModules ?? createValidatorModuleCache(VALIDATOR_MODULES_KEPT);
  const portal = deps.portal ?? buildPortal('central', deps.config.publicUrl);
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  api.use(
    '/services/:code/submissions',
    bodyLimit({ maxSize: deps.config.maxSubmissionBytes, onError: tooLarge(deps.config.maxSubmissionBytes) }),
  );
  // Attachment uploads are raw file bodies, streamed by their route with the field's own cap.
  api.use(
    '*',
    exceptUploads(
      bodyLimit({ maxSize: deps.config.maxBodyBytes, onError: tooLarge(deps.config.maxBodyBytes) }),
    ),
  );
  api.use('*', exceptUploads(requireJsonBody()));
  // Polling the session must not keep it alive; everything else a signed-in person does does.
  api.use('*', authenticate({ isPassive: (c) => c.req.method === 'GET' && c.req.path === '/api/session' }));
  api.use('*', csrfProtection());

  api.route('/', createHealthRoutes());
  api.route('/', createAgencyRoutes());
  api.route('/', createDraftRoutes());
  api.route('/', createLifecycleRoutes(validatorModules));
  api.route('/', createPublicServiceRoutes(validatorModules));
  api.route('/', createSubmissionRoutes(ajv));
  api.route('/', createAttachmentRoutes());
  api.route('/', createReceiptRoutes());
  api.route('/', createFormDraftRoutes(ajv));
  api.route('/', createSessionRoutes());
  api.route('/', createStaffRoleRoutes());
  mountDeliveryRoutes(api);
  mountRegisterRoutes(api, validatorModules);
  mountRequestRoutes(api);
  // Complaints and suggestions (issue 7, P13): the person's side and the agency's.
  api.route('/', createMyFeedbackRoutes());
  api.route('/', createAgencyFeedbackRoutes());

  api.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An agency API key: `Authorization: Bearer efp_<prefix>_<secret>`. Each key has scopes.',
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: cookieName('session', portal),
    description:
      'A browser session from signing in at /auth/login. Staff get the scopes of their roles. POST, PUT, PATCH and DELETE also need the `X-CSRF-Token` header (csrfToken from GET /api/session).',
  });
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'E-form platform API',
      version: '1.0.0',
      description:
        'Service register, form definitions, submissions. Every screen of the platform uses this API. Errors are `{ error: { code, message, issues? } }` with stable codes.',
    },
    servers: [{ url: '/api' }],
  });
  api.notFound(() => {
    throw new ApiError(404, 'not_found', 'There is no such API endpoint.');
  });

  const app = new OpenAPIHono<AppEnv>();
  app.use('*', requestId());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('portal', portal);
    c.set('session', null);
    c.set('logger', deps.logger);
    c.set('principal', null);
    const started = performance.now();
    await next();
    deps.logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  // Referrer-Policy same-origin instead of the default no-referrer: nothing leaks to other sites
  // either way, but under no-referrer browsers send `Origin: null` with a plain form POST, and the
  // sign-out form (CSRF check on Origin, issue 5) could never succeed.
  app.use('*', secureHeaders({ referrerPolicy: 'same-origin' }));
  app.onError(handleError);
  api.onError(handleError);
  app.route('/api', api);
  app.route('/auth', createSignInRoutes());
  if (deps.config.distDir) serveBrowserApps(app, deps.config.distDir);
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'Not found.' } }, 404));
  return app;
}

export type App = ReturnType<typeof createApp>;
