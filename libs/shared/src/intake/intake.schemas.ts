import { z } from 'zod';
import { NUL_CHARACTER_MESSAGE, hasNoNulCharacter, storableText } from '../common/storable-text';
import { channelSchema, scoreSchema } from './channels';

const metadataValue = z.union([storableText().max(2000), z.number(), z.boolean(), z.null()]);

/** Who sent it: at least one identity, so the item can be resolved to one customer across channels. */
export const senderSchema = z
  .strictObject({
    email: z.email().max(254).optional(),
    phone: storableText().trim().min(3).max(32).optional(),
    externalId: storableText().trim().min(1).max(200).optional(),
    handle: z.strictObject({ network: storableText().trim().min(1).max(40), handle: storableText().trim().min(1).max(100) }).optional(),
    name: storableText().trim().min(1).max(200).optional(),
    locale: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a locale like en or en-GB').optional(),
  })
  .refine((s) => s.email || s.phone || s.externalId || s.handle, {
    message: 'needs at least one of email, phone, externalId or handle',
  });
export type Sender = z.infer<typeof senderSchema>;

export const attachmentSchema = z.strictObject({
  filename: storableText().min(1).max(255),
  contentType: storableText().min(3).max(127),
  sizeBytes: z.number().int().min(0),
  url: z.url().max(2000).refine(hasNoNulCharacter, NUL_CHARACTER_MESSAGE).optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** POST /api/intake/feedback (public API, API key + Idempotency-Key). */
export const submitFeedbackRequestSchema = z.strictObject({
  text: storableText().trim().min(1, 'is required').max(20_000),
  subject: storableText().trim().max(300).optional(),
  score: scoreSchema.optional(),
  language: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code like en').optional(),
  journeyStage: storableText().trim().min(1).max(60).optional(),
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  externalMessageId: storableText().trim().min(1).max(200).optional(),
  customer: senderSchema,
  metadata: z.record(storableText().max(60), metadataValue).refine((m) => Object.keys(m).length <= 50, 'at most 50 keys').optional(),
  attachments: z.array(attachmentSchema).max(20).optional(),
});
export type SubmitFeedbackRequest = z.infer<typeof submitFeedbackRequestSchema>;

export const acceptedFeedbackSchema = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  /** The thread it joined or started; follow-ups in the same conversation reach the same case. */
  conversationId: z.uuid(),
  /** The conversation's reference a customer can quote ("FC-…"), e.g. in an email subject. */
  conversationReference: z.string(),
  channel: channelSchema,
  status: z.literal('accepted'),
  receivedAt: z.string(),
});
export type AcceptedFeedback = z.infer<typeof acceptedFeedbackSchema>;

export const feedbackSchema = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  channel: channelSchema,
  subject: z.string().nullable(),
  text: z.string(),
  score: scoreSchema.nullable(),
  language: z.string().nullable(),
  journeyStage: z.string().nullable(),
  receivedAt: z.string(),
  metadata: z.record(z.string(), z.unknown()),
});
export type Feedback = z.infer<typeof feedbackSchema>;
