import { z } from 'zod';
import { channelSchema } from './channels';

/** One delivery attempt into a channel, kept briefly so admins can see what arrives and what fails. */
export const channelDeliverySchema = z.object({
  at: z.string(),
  channel: channelSchema,
  outcome: z.enum(['accepted', 'rejected']),
  /** The HTTP status answered (or the SMTP reply code for email). */
  status: z.number().int(),
  /** For rejections, why (the error message or the first field issue); for acceptances, a short summary. */
  detail: z.string().nullable(),
  /** Which sender within the channel, when known (an API key, a form, a webhook source). */
  source: z.string().nullable(),
  feedbackId: z.string().nullable(),
});
export type ChannelDelivery = z.infer<typeof channelDeliverySchema>;

export const channelSetupSchema = z.object({
  state: z.enum(['live', 'not_configured']),
  /** One line: what is set up ("2 forms", "Listening on port 2525"), or what is missing. */
  summary: z.string(),
  /** Addresses and URLs senders use, with a label each. A value starting with '/' is a path on this server (the page adds the origin). */
  endpoints: z.array(z.object({ label: z.string(), value: z.string() })),
});
export type ChannelSetup = z.infer<typeof channelSetupSchema>;

/** GET /api/intake/channels: one entry per channel. */
export const channelStatusSchema = channelSetupSchema.extend({
  channel: channelSchema,
  accepted24h: z.number().int(),
  rejected24h: z.number().int(),
  recent: z.array(channelDeliverySchema),
});
export type ChannelStatus = z.infer<typeof channelStatusSchema>;
export const channelStatusListSchema = z.object({ channels: z.array(channelStatusSchema) });
export type ChannelStatusList = z.infer<typeof channelStatusListSchema>;
