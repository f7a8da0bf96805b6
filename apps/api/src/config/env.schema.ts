import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const csv = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

/** Every environment variable the API and worker read. README's configuration table mirrors it. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: csv.default([]),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 90).default(12),
  SESSION_ROTATE_MINUTES: z.coerce.number().positive().default(15),
  COOKIE_SECURE: bool.default(false),
  /** Trust X-Forwarded-For (client IPs for rate limits and logs) only behind a proxy you run. */
  TRUST_PROXY: bool.default(false),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Portal sign-in requests (links and codes) per 15 minutes per address; beyond it 429 with Retry-After. */
  PORTAL_SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).default(5),
  /** Portal sign-in and code attempts per 15 minutes per IP address. */
  PORTAL_SIGN_IN_IP_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  /** Portal data exports (GET /api/portal/export) per hour per customer; beyond it 429 with Retry-After. */
  PORTAL_EXPORT_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Form and widget answers (and chat messages) per minute per IP and form; beyond it 429 with Retry-After. */
  FORM_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  SEED_DEMO: bool.default(true),
  RUN_MIGRATIONS: bool.default(true),
  WEB_DIST_DIR: z.string().optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(20),
  QUEUE_PREFIX: z.string().regex(/^[a-zA-Z0-9_-]+$/).default('fc'),
  METRICS_TOKEN: z.string().min(16).optional(),
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(500),
  /** Twilio account auth token: signs inbound SMS webhooks. Unset, the SMS webhook answers 404. */
  TWILIO_AUTH_TOKEN: z.string().min(16).optional(),
  /** Country for SMS senders' numbers written without a country code (ISO 3166-1 alpha-2). */
  SMS_DEFAULT_REGION: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code like GB').default('GB'),
  /** Signs survey links (/s/<token>). Unset, a random key is generated once and kept in the database for every API process. */
  SURVEY_LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Survey answers accepted per minute from one IP address (across all API processes). */
  SURVEY_ANSWER_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  /** Inbound email (the SMTP process, dist/smtp.js): port and interface; SMTP_HOST unset means HOST. */
  SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  SMTP_HOST: z.string().min(1).optional(),
  /** Addresses mail is accepted for (plus-addressing `feedback+anything@` included); anything else gets 550 at RCPT. */
  INBOUND_EMAIL_ADDRESSES: csv
    .pipe(z.array(z.email('must be a comma-separated list of email addresses')).min(1))
    .default(['feedback@fullcircle.localhost']),
  SMTP_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  /** PEM files: when both are set the SMTP server offers STARTTLS (off by default; put TLS on a relay in front otherwise). */
  SMTP_TLS_KEY_FILE: z.string().min(1).optional(),
  SMTP_TLS_CERT_FILE: z.string().min(1).optional(),
  /**
   * Encrypts webhook sources' signing secrets at rest (AES-256-GCM; any string of 32+ characters).
   * Unset, they are stored unencrypted; changing it makes existing secrets unreadable (rotate them).
   */
  SECRETS_KEY: z.string().min(32).optional(),
  /**
   * Outbound email relay (smtp://user:pass@host:587 or smtps://…). Unset, outbound email and SMS go to
   * the built-in development mailbox (Settings → Mailbox) instead of real inboxes.
   */
  OUTBOUND_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The From of outbound email; replies come back through the Reply-To plus-address of INBOUND_EMAIL_ADDRESSES. */
  EMAIL_FROM: z.string().min(3).default('Fullcircle <feedback@fullcircle.localhost>'),
  /** Base URL of the Twilio-compatible SMS REST API (another provider or a test double). */
  TWILIO_API_URL: z.url().default('https://api.twilio.com'),
  /** Twilio account SID and sending number: both set, outbound SMS goes to the provider (with TWILIO_AUTH_TOKEN); else to the development mailbox. */
  TWILIO_ACCOUNT_SID: z.string().min(2).optional(),
  TWILIO_FROM_NUMBER: z.string().min(2).optional(),
  /** Largest CSV file an admin may upload in Settings → Channels → CSV import (the CLI has no limit). */
  CSV_IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).max(200 * 1024 * 1024).default(20 * 1024 * 1024),
  /** Surge detection: the recent window compared with same-size windows over the baseline days. */
  SURGE_WINDOW_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  SURGE_BASELINE_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** Fewest items in the window for a surge. */
  SURGE_MIN_VOLUME: z.coerce.number().int().min(1).default(10),
  /** How many times the baseline's mean (+1) the window must reach. */
  SURGE_FACTOR: z.coerce.number().min(1).max(100).default(3),
});

export type Env = z.output<typeof envSchema>;
