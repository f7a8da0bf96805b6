import type { MessageChannel, MessagePurpose } from '@fullcircle/shared';

/** What an adapter needs to send one outbound_message row. */
export interface OutgoingMessage {
  id: string;
  channel: MessageChannel;
  purpose: MessagePurpose;
  to: string;
  subject: string | null;
  body: string;
  /** The email's Message-ID without angle brackets, fixed when the row was written: the same on every attempt. */
  emailMessageId: string | null;
  inReplyTo: string[];
  /** FC-XXXXXXXX: the customer's answer threads back to the conversation (Reply-To plus-address, subject tag). */
  conversationReference: string | null;
}

export interface SendResult {
  /** The provider's id (SMS SID, SMTP queue id), for status callbacks. */
  providerMessageId: string | null;
  /** True when the channel confirms delivery on the spot (in-app). */
  delivered: boolean;
}

/** One way out (email, SMS, in-app). Throws DeliveryError (permanent or not) when the send fails. */
export interface ChannelAdapter {
  readonly channel: MessageChannel;
  send(message: OutgoingMessage): Promise<SendResult>;
}
