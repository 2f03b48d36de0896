import type { RelyingParty } from '../auth/oidc/relying-party.ts';
import type { AppConfig } from '../config/app-config.ts';
import type { Portal } from '../config/portal.ts';
import type { DeliveryListener } from '../delivery/delivery-listener.ts';
import type { Repository } from '../storage/repository.ts';
import type { ValidatorModuleCache } from '../validators/validator-module-cache.ts';
import type { Logger } from './logger.ts';

/** Everything the app needs from outside; built in main.ts, or per test file with in-memory SQLite. */
export interface AppDeps {
  repo: Repository;
  config: AppConfig;
  logger: Logger;
  /** The time now; tests pass a fixed clock. */
  clock: () => Date;
  /** Random bytes source for references and keys; tests may pass a seeded one. */
  randomBytes?: (size: number) => Uint8Array;
  /** The portal this app serves; default: the central portal at `config.publicUrl`. */
  portal?: Portal;
  /**
   * This portal's OIDC client at the identity provider. Absent: sign-in answers "not available"
   * (tests about other things need no provider); sessions already made still work.
   */
  identity?: RelyingParty | null;
  /** Told when an agency acknowledges a submission by the pull API (issue 6; the request registry). */
  deliveryListener?: DeliveryListener | null;
  /**
   * The notification sender (issue 6): woken after a change queued notifications. Absent: they
   * wait in the notification outbox (tests send them with createNotificationSender().runDue()).
   * `capturing` is true when mail and SMS go to the embedded capturing simulators (no SMTP_URL),
   * which opens GET /api/dev/captured-messages.
   */
  notifications?: { kick(): void; capturing: boolean } | null;
  /** Precompiled validator modules of published versions; default: 50 kept in memory. */
  validatorModules?: ValidatorModuleCache;
}
