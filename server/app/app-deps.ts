import type { AppConfig } from '../config/app-config.ts';
import type { Repository } from '../storage/repository.ts';
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
}
