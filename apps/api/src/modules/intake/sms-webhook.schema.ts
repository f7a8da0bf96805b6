import { storableText } from '@fullcircle/shared';
import { z } from 'zod';

/**
 * The form Twilio (or a compatible provider) posts for an inbound SMS. It lives here rather than
 * in libs/shared because it is Twilio's contract, not ours: no web form ever builds it. Loose
 * rather than strict (house rule 6 bends here): Twilio sends a dozen more fields (AccountSid,
 * NumMedia, FromCity, ...) and adds new ones without notice; we only read these.
 */
export const twilioInboundSmsSchema = z.looseObject({
  MessageSid: z.string().regex(/^\w{10,64}$/, 'must be a message SID like SM followed by 32 hex digits'),
  From: storableText().trim().min(3, 'is required').max(32),
  To: storableText().trim().max(32).optional(),
  Body: storableText().trim().min(1, 'is required').max(20_000),
});
export type TwilioInboundSms = z.infer<typeof twilioInboundSmsSchema>;
