import { z } from 'zod';
import { storableText } from '../common/storable-text';
import { channelSchema, scoreSchema } from '../intake/channels';

export const IDENTITY_KINDS = ['email', 'phone', 'handle', 'external'] as const;
export const identityKindSchema = z.enum(IDENTITY_KINDS);
export type IdentityKind = z.infer<typeof identityKindSchema>;

export const customerIdentitySchema = z.object({
  id: z.uuid(),
  kind: identityKindSchema,
  /** Normalised: lower-case email, E.164 phone, `network:handle`, or `system:id`. */
  value: z.string(),
  verified: z.boolean(),
  createdAt: z.string(),
});
export type CustomerIdentity = z.infer<typeof customerIdentitySchema>;

export const CONSENT_PURPOSES = ['contact_about_feedback', 'product_updates', 'research'] as const;
export const consentPurposeSchema = z.enum(CONSENT_PURPOSES);
export type ConsentPurpose = z.infer<typeof consentPurposeSchema>;

export const consentRecordSchema = z.object({
  id: z.uuid(),
  purpose: consentPurposeSchema,
  granted: z.boolean(),
  source: z.string(),
  wording: z.string(),
  recordedAt: z.string(),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

export const customerSummarySchema = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  feedbackCount: z.number().int(),
  lastFeedbackAt: z.string().nullable(),
  createdAt: z.string(),
});
export type CustomerSummary = z.infer<typeof customerSummarySchema>;

export const customerDetailSchema = customerSummarySchema.extend({
  locale: z.string().nullable(),
  /** Set by staff; routing rules match on both. */
  segment: z.string().nullable(),
  vip: z.boolean(),
  identities: z.array(customerIdentitySchema),
  /** Latest record per purpose first; the full history follows in `consentHistory`. */
  consents: z.array(consentRecordSchema),
  consentHistory: z.array(consentRecordSchema),
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

export const timelineEntrySchema = z.object({
  kind: z.literal('feedback'),
  id: z.uuid(),
  channel: channelSchema,
  subject: z.string().nullable(),
  text: z.string(),
  score: scoreSchema.nullable(),
  language: z.string().nullable(),
  /** Enrichment's reading; null until it has run. */
  sentiment: z.enum(['negative', 'neutral', 'positive']).nullable(),
  topics: z.array(z.string()),
  /** The thread it belongs to ("FC-…"): entries sharing one are one conversation. */
  conversationReference: z.string(),
  at: z.string(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const listCustomersQuerySchema = z.strictObject({
  search: storableText().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: storableText().max(200).optional(),
});
export type ListCustomersQuery = z.input<typeof listCustomersQuerySchema>;

export const customerPageSchema = z.object({ items: z.array(customerSummarySchema), nextCursor: z.string().nullable() });
export type CustomerPage = z.infer<typeof customerPageSchema>;

export const mergeCustomersRequestSchema = z.strictObject({
  /** The customer that disappears into the one in the URL. */
  sourceCustomerId: z.uuid(),
});
export type MergeCustomersRequest = z.infer<typeof mergeCustomersRequestSchema>;

/** GET /api/customers/:id/timeline: `before` is the id of the oldest entry already shown. */
export const timelineQuerySchema = z.strictObject({
  before: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type TimelineQuery = z.input<typeof timelineQuerySchema>;

/** POST /api/customers/:id/consents: appends to the history; the latest record per purpose wins. */
export const recordConsentRequestSchema = z.strictObject({
  purpose: consentPurposeSchema,
  granted: z.boolean(),
  /** Where the customer gave or withdrew it, e.g. "phone call", "signed form". */
  source: storableText().trim().min(1, 'is required').max(100),
  /** The words the customer agreed to, exactly as shown to them. */
  wording: storableText().trim().min(1, 'is required').max(2000),
});
export type RecordConsentRequest = z.infer<typeof recordConsentRequestSchema>;

/** PATCH /api/customers/:id: what staff may set on a customer (admins and owners). */
export const updateCustomerRequestSchema = z
  .strictObject({
    segment: storableText().trim().min(1, 'use null to clear it').max(100).nullable().optional(),
    vip: z.boolean().optional(),
  })
  .refine((r) => r.segment !== undefined || r.vip !== undefined, { message: 'needs segment or vip', path: ['segment'] });
export type UpdateCustomerRequest = z.infer<typeof updateCustomerRequestSchema>;
