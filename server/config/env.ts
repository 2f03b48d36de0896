/**
 * Configuration, read and validated once at start (w3cj `env.ts`): a wrong value stops the
 * process with a plain message instead of failing later in a request.
 */
import { z } from 'zod';

const booleanFromString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Where people reach the platform; used in printed and generated links. */
  PUBLIC_URL: z.url().optional(),
  /** `file:./data/platform.db` (embedded default), `:memory:`, or `postgres://...`. */
  DATABASE_URL: z.string().min(1).default('file:./data/platform.db'),
  /** Seed a demo agency, demo services and demo API keys when the database has no agencies. */
  SEED_DEMO: booleanFromString.default(true),
  /** Largest request body the API accepts, in bytes. */
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(4 * 1024 * 1024),
  /** Largest submission body, in bytes (attachments travel separately). */
  MAX_SUBMISSION_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(16 * 1024 * 1024)
    .default(1024 * 1024),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Folder with the built browser apps (vite build). */
  DIST_DIR: z.string().min(1).default('dist'),
  /** The external OpenID Provider's issuer identifier; unset: the embedded demo provider. */
  OIDC_ISSUER: z.url().optional(),
  /** Run the embedded demo identity provider at `${PUBLIC_URL}/idp`; default: when OIDC_ISSUER is unset. */
  EMBEDDED_IDP: booleanFromString.optional(),
  /** Private signing key of the embedded provider, created on first start (mode 0600). */
  EMBEDDED_IDP_KEYS_FILE: z.string().min(1).default('data/idp-keys.json'),
  OIDC_CENTRAL_CLIENT_ID: z.string().min(1).default('central-portal'),
  /** Required with an external provider; with the embedded one a random secret per start. */
  OIDC_CENTRAL_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_BUSINESS_CLIENT_ID: z.string().min(1).default('business-portal'),
  OIDC_BUSINESS_CLIENT_SECRET: z.string().min(1).optional(),
  /** Port of the business portal's listener (same process, same HOST). */
  BUSINESS_PORTAL_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** Where people reach the business portal: another host than PUBLIC_URL, so cookies differ. */
  BUSINESS_PORTAL_URL: z.url().optional(),
  /** Minutes without activity after which a session ends. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(12 * 60)
    .default(20),
  /** AES-256-GCM key for secrets at rest (webhook signing secrets): 64 hex chars or base64 of 32 bytes. */
  SECRETS_KEY: z
    .string()
    .regex(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, 'must be 32 bytes as 64 hex characters or base64')
    .optional(),
  /** Webhook URLs may use plain http (development and tests only). */
  OUTBOUND_ALLOW_HTTP: booleanFromString.default(false),
  /** Hosts or CIDR ranges webhooks may reach although private/loopback (platform administrator's allow-list). */
  OUTBOUND_ALLOW_LIST: z.string().default(''),
  /** Seconds before each delivery attempt, comma-separated; default the Standard Webhooks schedule. */
  DELIVERY_RETRY_SCHEDULE: z
    .string()
    .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, 'must be seconds, comma-separated, e.g. 0,5,300')
    .optional(),
  /** An endpoint failing without a single success this long is disabled. */
  DELIVERY_DISABLE_AFTER_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .default(120),
  /** Run the delivery worker in this process. */
  DELIVERY_WORKER: booleanFromString.default(true),
  /** Time-out of one delivery attempt. */
  DELIVERY_TIMEOUT_SECONDS: z.coerce.number().positive().max(120).default(15),
  /** How long a claimed job stays a worker's; a crashed worker's jobs come back after it. Above the time-out. */
  DELIVERY_LEASE_SECONDS: z.coerce.number().positive().max(3600).default(60),
  /** Fallback poll interval of the delivery worker (new jobs of this process are taken at once). */
  DELIVERY_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** SMTP server for notification e-mail (`smtp://user:pass@host:587`, `smtps://...`); unset: captured locally (/dev/mail). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be smtp://... or smtps://...')
    .optional(),
  /** Sender of notification e-mails, e.g. `E-pakalpojumi <no-reply@example.lv>`. */
  MAIL_FROM: z.string().min(3).max(320).optional(),
  /**
   * Code of the agency that answers feedback about the platform itself (issue 7). Default: the
   * demo agency when SEED_DEMO is on, otherwise none (platform feedback is refused until set).
   */
  PLATFORM_OPERATOR_AGENCY: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/, 'must be an agency code, e.g. vraa')
    .optional(),
  /** The platform's own e-address, sender of e-address deliveries. */
  EADDRESS_SENDER: z
    .string()
    .regex(/^[A-Za-z0-9._-]+@\d{11}$/)
    .default('_DEFAULT@90000000000'),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment or returns a plain list of what is wrong. */
export function parseEnv(
  source: Record<string, string | undefined>,
): { ok: true; env: Env } | { ok: false; problems: string[] } {
  const result = envSchema.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  return {
    ok: false,
    problems: result.error.issues.map(
      (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`,
    ),
  };
}
