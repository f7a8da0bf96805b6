import { z } from 'zod';
import { SCORE_SCALES, type ScoreScale, scoreScaleSchema } from './channels';
import { type SubmitFeedbackRequest, submitFeedbackRequestSchema } from './intake.schemas';

/**
 * Channel 7, social and review sources: each source posts JSON to its own webhook URL, signed
 * like Stripe's webhooks, and a per-source field mapping turns the payload into feedback.
 */

/** `Fullcircle-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'Fullcircle-Signature';
/** A signature is good for this long either side of its timestamp; within it, each is usable once. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export const WEBHOOK_SOURCE_KINDS = ['social', 'review'] as const;
export const webhookSourceKindSchema = z.enum(WEBHOOK_SOURCE_KINDS);
export type WebhookSourceKind = z.infer<typeof webhookSourceKindSchema>;

// ---------------------------------------------------------------------------------------------
// JSON paths: dot paths with array indexes, e.g. `data.review.rating`, `items[0].text`.

const PATH_SEGMENT = /^(?:[A-Za-z_$][\w$-]*)?(?:\[\d{1,4}\])*$/;

/** The steps of a path (`items[0].text` → ['items', 0, 'text']), or null when it is malformed. */
export function parseJsonPath(path: string): (string | number)[] | null {
  if (!path || path.length > 200) return null;
  const steps: (string | number)[] = [];
  for (const segment of path.split('.')) {
    if (!segment || !PATH_SEGMENT.test(segment)) return null;
    const name = segment.match(/^[^[]*/)![0];
    if (name) steps.push(name);
    for (const index of segment.matchAll(/\[(\d+)\]/g)) steps.push(Number(index[1]));
  }
  return steps.length ? steps : null;
}

/** The value at `path` in `payload`; undefined when any step is missing. Never reads inherited properties. */
export function readJsonPath(payload: unknown, path: string): unknown {
  const steps = parseJsonPath(path);
  if (!steps) return undefined;
  let at: unknown = payload;
  for (const step of steps) {
    if (typeof step === 'number') {
      if (!Array.isArray(at) || step >= at.length) return undefined;
      at = at[step];
    } else {
      if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.prototype.hasOwnProperty.call(at, step)) return undefined;
      at = (at as Record<string, unknown>)[step];
    }
  }
  return at;
}

export const jsonPathSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(200)
  .refine((p) => parseJsonPath(p) !== null, 'must be a dot path like data.review.text or items[0].text');

// ---------------------------------------------------------------------------------------------
// The mapping: for each feedback field, where to find it in the payload.

export const webhookScoreMappingSchema = z
  .strictObject({
    path: jsonPathSchema,
    scale: scoreScaleSchema,
    /** The range the payload rates on (1–5 stars); converted linearly to the scale. Absent: the value is already on the scale. */
    from: z.strictObject({ min: z.number().int().min(-1000).max(1000), max: z.number().int().min(-1000).max(1000) }).optional(),
  })
  .refine((s) => !s.from || s.from.max > s.from.min, { path: ['from', 'max'], message: 'must be above the lowest rating' });
export type WebhookScoreMapping = z.infer<typeof webhookScoreMappingSchema>;

const METADATA_KEY = /^[A-Za-z][\w.-]{0,59}$/;

export const webhookFieldMappingSchema = z
  .strictObject({
    text: jsonPathSchema,
    /** The platform's own id for the post or review: a second delivery with it creates nothing new. */
    externalMessageId: jsonPathSchema,
    subject: jsonPathSchema.optional(),
    score: webhookScoreMappingSchema.optional(),
    receivedAt: jsonPathSchema.optional(),
    /** The author's handle on the source's network: becomes the customer's handle identity. */
    authorHandle: jsonPathSchema.optional(),
    authorName: jsonPathSchema.optional(),
    authorEmail: jsonPathSchema.optional(),
    language: jsonPathSchema.optional(),
    /** A link to the post or review, kept in the feedback's metadata as `url`. */
    url: jsonPathSchema.optional(),
    /** More values to keep in the feedback's metadata: key → path. */
    metadata: z
      .record(z.string().regex(METADATA_KEY, 'must be a short key like product or stars'), jsonPathSchema)
      .refine((m) => Object.keys(m).length <= 20, 'at most 20 keys')
      .optional(),
  })
  .refine((m) => m.authorHandle || m.authorEmail, {
    path: ['authorHandle'],
    message: 'map the author handle or email, so the feedback belongs to a customer',
  });
export type WebhookFieldMapping = z.infer<typeof webhookFieldMappingSchema>;

export interface WebhookMappingPreset {
  id: 'review' | 'social' | 'generic';
  label: string;
  kind: WebhookSourceKind;
  mapping: WebhookFieldMapping;
  /** A payload of the shape the preset expects, to test it against. */
  sample: Record<string, unknown>;
}

export const WEBHOOK_MAPPING_PRESETS: readonly WebhookMappingPreset[] = [
  {
    id: 'review',
    label: 'Trustpilot-like review',
    kind: 'review',
    mapping: {
      text: 'review.text',
      subject: 'review.title',
      externalMessageId: 'review.id',
      score: { path: 'review.stars', scale: 'csat', from: { min: 1, max: 5 } },
      receivedAt: 'review.createdAt',
      authorHandle: 'consumer.id',
      authorName: 'consumer.displayName',
      language: 'review.language',
      url: 'review.link',
    },
    sample: {
      event: 'service-review-created',
      review: {
        id: 'rv_5f2a9c',
        title: 'Lost bag, great follow-up',
        text: 'They lost my bag on the way out but the baggage team called me every day until it was back.',
        stars: 4,
        language: 'en',
        createdAt: '2026-11-20T09:15:00Z',
        link: 'https://reviews.example.com/reviews/rv_5f2a9c',
      },
      consumer: { id: 'c_81723', displayName: 'Jane D.' },
    },
  },
  {
    id: 'social',
    label: 'Twitter/X-like mention',
    kind: 'social',
    mapping: {
      text: 'data.text',
      externalMessageId: 'data.id',
      receivedAt: 'data.created_at',
      authorHandle: 'includes.users[0].username',
      authorName: 'includes.users[0].name',
      language: 'data.lang',
      url: 'data.url',
    },
    sample: {
      data: {
        id: '1861234567890123456',
        text: '@FullcircleAir three hours on the tarmac and not one update. Come on.',
        created_at: '2026-11-20T10:02:11.000Z',
        lang: 'en',
        url: 'https://x.example.com/jdoe/status/1861234567890123456',
      },
      includes: { users: [{ id: '42', username: 'jdoe', name: 'Jane Doe' }] },
    },
  },
  {
    id: 'generic',
    label: 'Generic',
    kind: 'review',
    mapping: {
      text: 'text',
      externalMessageId: 'id',
      subject: 'title',
      score: { path: 'rating', scale: 'csat' },
      receivedAt: 'created_at',
      authorHandle: 'author.handle',
      authorName: 'author.name',
      authorEmail: 'author.email',
      url: 'url',
    },
    sample: {
      id: 'msg-1001',
      title: 'Check-in',
      text: 'Check-in was quick and the staff were friendly.',
      rating: 5,
      created_at: '2026-11-20T08:30:00Z',
      author: { handle: 'sam_travels', name: 'Sam', email: 'sam@example.com' },
      url: 'https://example.com/posts/msg-1001',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Applying a mapping to a payload.

export interface MappingIssue {
  /** The payload path the problem is at (or the mapping field when it has no path). */
  field: string;
  message: string;
}

export type MappingResult = { ok: true; item: SubmitFeedbackRequest } | { ok: false; issues: MappingIssue[] };

const asText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/** A rating converted linearly from the payload's range onto the scale, rounded to a whole point. */
export function convertRating(value: number, scale: ScoreScale, from?: { min: number; max: number }): number {
  const range = SCORE_SCALES[scale];
  if (!from) return value;
  return Math.round(range.min + ((value - from.min) * (range.max - range.min)) / (from.max - from.min));
}

/** An ISO timestamp from an ISO string or a unix time (seconds or milliseconds). */
function toIsoTime(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value < 1e11 ? value * 1000 : value;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  return undefined;
}

/** `en`, `EN`, `en-GB`, `en_US` → `en`; anything else is left for language detection. */
function toLanguage(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$/.exec(value.trim()) : null;
  return match ? match[1].toLowerCase() : undefined;
}

function toMetadataValue(value: unknown): string | number | boolean | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return value.slice(0, 2000);
  return JSON.stringify(value).slice(0, 2000);
}

/**
 * Turns one payload into a feedback submission, or lists what is missing or invalid by the
 * payload path it was read from (the sender can fix that; our field names mean nothing to them).
 */
export function applyWebhookMapping(payload: unknown, mapping: WebhookFieldMapping, network: string): MappingResult {
  const issues: MappingIssue[] = [];
  const read = (path: string | undefined) => (path ? readJsonPath(payload, path) : undefined);
  const text = (name: string, path: string | undefined, required: boolean): string | undefined => {
    const value = read(path);
    if (value === undefined || value === null || value === '') {
      if (required) issues.push({ field: path!, message: `is missing (mapped to ${name})` });
      return undefined;
    }
    const result = asText(value);
    if (result === undefined) issues.push({ field: path!, message: `must be text or a number (mapped to ${name})` });
    return result;
  };

  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, issues: [{ field: 'body', message: 'must be a JSON object' }] };
  }

  const item: Record<string, unknown> = {
    text: text('text', mapping.text, true),
    externalMessageId: text('externalMessageId', mapping.externalMessageId, true),
  };
  const subject = text('subject', mapping.subject, false);
  if (subject) item.subject = subject.slice(0, 300);

  if (mapping.score) {
    const raw = read(mapping.score.path);
    if (raw !== undefined && raw !== null && raw !== '') {
      const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
      const { from, scale } = mapping.score;
      const lowest = from?.min ?? SCORE_SCALES[scale].min;
      const highest = from?.max ?? SCORE_SCALES[scale].max;
      if (Number.isNaN(value)) issues.push({ field: mapping.score.path, message: 'must be a number (mapped to score)' });
      else if (value < lowest || value > highest) {
        issues.push({ field: mapping.score.path, message: `must be between ${lowest} and ${highest} (mapped to score)` });
      } else item.score = { scale, value: Math.round(convertRating(value, scale, from)) };
    }
  }

  const receivedRaw = read(mapping.receivedAt);
  if (receivedRaw !== undefined && receivedRaw !== null && receivedRaw !== '') {
    const iso = toIsoTime(receivedRaw);
    if (iso) item.receivedAt = iso;
    else issues.push({ field: mapping.receivedAt!, message: 'must be an ISO 8601 time or a unix timestamp (mapped to receivedAt)' });
  }
  const language = toLanguage(read(mapping.language));
  if (language) item.language = language;

  const customer: Record<string, unknown> = {};
  const handle = text('authorHandle', mapping.authorHandle, false);
  if (handle?.trim()) customer.handle = { network, handle: handle.trim() };
  const email = text('authorEmail', mapping.authorEmail, false);
  if (email?.trim()) customer.email = email.trim();
  const name = text('authorName', mapping.authorName, false);
  if (name?.trim()) customer.name = name.trim().slice(0, 200);
  if (!customer.handle && !customer.email) {
    const paths = [mapping.authorHandle, mapping.authorEmail].filter(Boolean).join(' or ');
    issues.push({ field: paths || 'authorHandle', message: 'is missing: the author handle or email is needed to know the customer' });
  }
  item.customer = customer;

  const metadata: Record<string, unknown> = { network };
  const url = toMetadataValue(read(mapping.url));
  if (url !== undefined && url !== null) metadata.url = typeof url === 'string' ? url : String(url);
  for (const [key, path] of Object.entries(mapping.metadata ?? {})) {
    const value = toMetadataValue(read(path));
    if (value !== undefined) metadata[key] = value;
  }
  item.metadata = metadata;

  if (issues.length) return { ok: false, issues };

  // The submission schema has the final word (lengths, email syntax, NUL characters); its issues
  // are reported at the payload path the offending value came from.
  const parsed = submitFeedbackRequestSchema.safeParse(item);
  if (parsed.success) return { ok: true, item: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ field: payloadPathOf(issue.path, mapping), message: issue.message })),
  };
}

function payloadPathOf(path: readonly PropertyKey[], mapping: WebhookFieldMapping): string {
  const [first, second] = path.map(String);
  const byField: Record<string, string | undefined> = {
    text: mapping.text,
    subject: mapping.subject,
    externalMessageId: mapping.externalMessageId,
    score: mapping.score?.path,
    receivedAt: mapping.receivedAt,
    language: mapping.language,
  };
  if (first === 'customer') {
    const byCustomerField: Record<string, string | undefined> = { handle: mapping.authorHandle, email: mapping.authorEmail, name: mapping.authorName };
    return byCustomerField[second] ?? mapping.authorHandle ?? 'customer';
  }
  if (first === 'metadata') return second === 'url' ? (mapping.url ?? 'url') : (mapping.metadata?.[second] ?? second ?? 'metadata');
  return byField[first] ?? path.map(String).join('.');
}

// ---------------------------------------------------------------------------------------------
// Admin API: /api/intake/webhook-sources

/** A platform label like twitter, trustpilot or google: it also namespaces the authors' handles. */
const networkSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/, 'must be a short label like twitter, trustpilot or google');

export const webhookSourceSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: webhookSourceKindSchema,
  network: z.string(),
  /** Where the source posts: a path on this server. */
  path: z.string(),
  /** The secret's first characters, to tell secrets apart; the rest is shown only when created or rotated. */
  secretPrefix: z.string(),
  mapping: webhookFieldMappingSchema,
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  secretRotatedAt: z.string().nullable(),
  lastDeliveryAt: z.string().nullable(),
});
export type WebhookSource = z.infer<typeof webhookSourceSchema>;

export const createWebhookSourceRequestSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100),
  kind: webhookSourceKindSchema,
  network: networkSchema,
  mapping: webhookFieldMappingSchema,
});
export type CreateWebhookSourceRequest = z.input<typeof createWebhookSourceRequestSchema>;

export const updateWebhookSourceRequestSchema = z
  .strictObject({
    name: createWebhookSourceRequestSchema.shape.name.optional(),
    network: networkSchema.optional(),
    mapping: webhookFieldMappingSchema.optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'change at least one field');
export type UpdateWebhookSourceRequest = z.input<typeof updateWebhookSourceRequestSchema>;

/** The signing secret is in this answer only (on creation and on rotation). */
export const webhookSourceWithSecretSchema = z.object({ source: webhookSourceSchema, secret: z.string() });
export type WebhookSourceWithSecret = z.infer<typeof webhookSourceWithSecretSchema>;

/** Try a mapping against a pasted payload before saving it. */
export const testWebhookMappingRequestSchema = z.strictObject({
  network: networkSchema,
  mapping: webhookFieldMappingSchema,
  /** The payload as the platform sends it (the JSON text, so a paste with a syntax error is reported too). */
  sample: z.string().min(1, 'paste a payload').max(100_000),
});
export type TestWebhookMappingRequest = z.input<typeof testWebhookMappingRequestSchema>;

export const testWebhookMappingResultSchema = z.union([
  z.object({ ok: z.literal(true), item: z.record(z.string(), z.unknown()) }),
  z.object({ ok: z.literal(false), issues: z.array(z.object({ field: z.string(), message: z.string() })) }),
]);
export type TestWebhookMappingResult = { ok: true; item: SubmitFeedbackRequest } | { ok: false; issues: MappingIssue[] };
