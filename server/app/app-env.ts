import type { Principal } from '../auth/principal.ts';
import type { AppDeps } from './app-deps.ts';
import type { Logger } from './logger.ts';

/** Hono context variables set by the app's middleware. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    deps: AppDeps;
    /** Set by the authentication middleware; null for anonymous callers. */
    principal: Principal | null;
  };
}
