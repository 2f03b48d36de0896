import type { Principal } from '../auth/principal.ts';
import type { Portal } from '../config/portal.ts';
import type { SessionRecord } from '../storage/repository.ts';
import type { AppDeps } from './app-deps.ts';
import type { Logger } from './logger.ts';

/** Hono context variables set by the app's middleware. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    deps: AppDeps;
    /** The portal this app serves (deps.portal or the central portal at config.publicUrl). */
    portal: Portal;
    /** Set by the authentication middleware; null for anonymous callers. */
    principal: Principal | null;
    /** The browser session behind a `user` principal; null otherwise. */
    session: SessionRecord | null;
  };
}
