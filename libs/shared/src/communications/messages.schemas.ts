import { z } from 'zod';
import { storableText } from '../common/storable-text';

/** Channels Fullcircle writes to customers in. `in_app`: shown in the customer portal. */
export const MESSAGE_CHANNELS = ['email', 'sms', 'in_app'] as const;
export const messageChannelSchema = z.enum(MESSAGE_CHANNELS);
export type MessageChannel = z.infer<typeof messageChannelSchema>;

/**
 * An outbound message's delivery state. `queued`: written with the state change, waiting for the
 * worker; `sending`: claimed by an attempt; `sent`: the provider accepted it; `delivered`: the
 * provider confirmed delivery (SMS status callback, in-app); `failed`: permanently refused or out of
 * retries; `bounced`: a bounce came back after it was sent; `suppressed`: deliberately not sent
 * (consent withdrawn, contact budget spent, duplicate, no address): `statusReason` says why.
 */
export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'delivered', 'failed', 'bounced', 'suppressed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/**
 * Why a message is sent. Replies to a customer's own feedback are never held back by the contact
 * budget; surveys and announcements are.
 */
// `sign_in`: a portal sign-in link or code, or a code proving a new address; transactional (the customer asked for it), so neither consent nor the budget applies.
export const MESSAGE_PURPOSES = ['reply', 'survey', 'announcement', 'staff_notice', 'digest', 'sign_in'] as const;
export type MessagePurpose = (typeof MESSAGE_PURPOSES)[number];

export interface OutboundMessageDto {
  id: string;
  caseId: string | null;
  customerId: string | null;
  channel: MessageChannel;
  purpose: MessagePurpose;
  /** Email address or phone number it went to; null for in-app and suppressed-before-addressing. */
  to: string | null;
  subject: string | null;
  body: string;
  status: MessageStatus;
  /** For people: why it was suppressed or failed ("the customer withdrew consent to be contacted about feedback"). */
  statusReason: string | null;
  attempts: number;
  author: { id: string; name: string } | null;
  templateId: string | null;
  language: string | null;
  createdAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
}

/** A message in the built-in development mailbox (outbound email and SMS when no provider is configured). */
export interface MailboxMessageDto {
  id: string;
  channel: 'email' | 'sms';
  from: string;
  to: string;
  subject: string | null;
  text: string;
  /** RFC 822 headers of interest (Message-ID, In-Reply-To, Reply-To) for email. */
  headers: Record<string, string>;
  outboundMessageId: string | null;
  receivedAt: string;
}

export interface MailboxPage {
  messages: MailboxMessageDto[];
  nextCursor: string | null;
}

export const listMailboxQuerySchema = z.strictObject({
  to: z.string().trim().max(320).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListMailboxQuery = z.input<typeof listMailboxQuerySchema>;

/** The customer "answers" a development-mailbox email: it is mailed to the inbound SMTP channel for real. */
export const replyFromMailboxRequestSchema = z.strictObject({
  text: storableText().trim().min(1, 'write something').max(10_000),
});
export type ReplyFromMailboxRequest = z.infer<typeof replyFromMailboxRequestSchema>;
