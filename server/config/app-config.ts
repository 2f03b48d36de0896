import { buildDeliveryConfig, type DeliveryConfig } from '../delivery/delivery-config.ts';

/** The part of the configuration that the HTTP app itself needs (handed to createApp). */
export interface AppConfig {
  maxBodyBytes: number;
  maxSubmissionBytes: number;
  /** Folder with built browser apps, or null to serve the API only (tests). */
  distDir: string | null;
  publicUrl: string;
  /** A session without activity for this long ends (SESSION_IDLE_MINUTES). */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however active (issue 5: 12 hours). */
  sessionAbsoluteHours: number;
  /** Webhooks, outbox worker, e-address (issue 6). */
  delivery: DeliveryConfig;
  /**
   * Code of the agency that runs the platform and answers feedback about the platform itself
   * (issue 7, PLATFORM_OPERATOR_AGENCY). Null: platform feedback is refused (422
   * platform_feedback_unavailable) until one is configured.
   */
  platformOperatorAgency: string | null;
}

export function buildAppConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    maxBodyBytes: 4 * 1024 * 1024,
    maxSubmissionBytes: 1024 * 1024,
    distDir: null,
    publicUrl: 'http://localhost:3000',
    sessionIdleMinutes: 20,
    sessionAbsoluteHours: 12,
    delivery: buildDeliveryConfig(),
    platformOperatorAgency: 'demo-agency',
    ...overrides,
  };
}
