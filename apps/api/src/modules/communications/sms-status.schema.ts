import { z } from 'zod';

/**
 * Twilio's delivery status callback (StatusCallback of an outbound SMS). Twilio's contract, not
 * ours, so it lives here and is loose like the inbound SMS form (see sms-webhook.schema.ts).
 */
export const twilioSmsStatusSchema = z.looseObject({
  MessageSid: z.string().regex(/^\w{10,64}$/, 'must be a message SID like SM followed by 32 hex digits'),
  MessageStatus: z.string().trim().min(1, 'is required').max(32),
  ErrorCode: z.string().max(16).optional(),
  ErrorMessage: z.string().max(500).optional(),
});
export type TwilioSmsStatus = z.infer<typeof twilioSmsStatusSchema>;
