import type { MessageChannel, MessagePurpose, NotificationKind, FeedKind } from '@fullcircle/shared';

/**
 * What another capability asks CommunicationsService.queueMessage(manager, input) to send, inside
 * its own transaction. The service picks the channel (requested, else the customer's preferred,
 * else `originalChannel`), finds the address, applies consent, the contact budget and duplicate
 * suppression, writes the outbound_message row (`queued`, or `suppressed` with a reason) and, when
 * queued, the outbox row that dispatches it.
 */
export interface QueueMessageInput {
  customerId: string;
  caseId?: string | null;
  purpose: Extract<MessagePurpose, 'reply' | 'survey' | 'announcement'>;
  /** Staff's explicit choice in the composer. */
  channel?: MessageChannel;
  /** The channel the customer wrote in (email, sms → same; anything else → email if known, else in_app). */
  originalChannel?: string | null;
  subject?: string | null;
  body: string;
  authorId?: string | null;
  templateId?: string | null;
  language?: string | null;
  /** Email Message-IDs of the customer's messages this answers (threading). */
  inReplyTo?: string[];
  /** The conversation reference, so replies thread back (Reply-To plus-address, subject tag). */
  conversationReference?: string | null;
  /** Purpose-specific duplicate key (e.g. survey invitation id); default: purpose + template or body hash. */
  dedupeKey?: string | null;
  context?: Record<string, unknown>;
}

export interface QueuedMessage {
  id: string;
  channel: MessageChannel;
  status: 'queued' | 'suppressed';
  /** Why it was suppressed, for people. */
  reason: string | null;
  to: string | null;
}

/** Whether a message of this purpose can reach the customer now, and where (the context card, the composer). */
export interface Reachability {
  ok: boolean;
  reason: string | null;
  channel: MessageChannel;
  address: string | null;
}

/** CommunicationsService.notifyStaff(manager, input): in-app notifications (and email when the colleague wants it). */
export interface NotifyStaffInput {
  userIds: string[];
  kind: NotificationKind;
  title: string;
  body: string;
  caseId?: string | null;
  actorId?: string | null;
  /** Same key for the same user: notified once (safe to repeat in retried jobs). */
  dedupeKey?: string | null;
}

/** CommunicationsService.postFeed(manager, input): the internal feed. */
export interface PostFeedInput {
  kind: FeedKind;
  departmentId: string | null;
  title: string;
  body: string;
  caseId?: string | null;
  personId?: string | null;
  authorId?: string | null;
  dedupeKey?: string | null;
}

/** CommunicationsService.queueStaffEmail(manager, input): an email to a colleague (notices, the feed digest). */
export interface QueueStaffEmailInput {
  userId: string;
  purpose: Extract<MessagePurpose, 'staff_notice' | 'digest'>;
  subject: string;
  body: string;
  caseId?: string | null;
  authorId?: string | null;
  /** Same key for the same colleague: queued once. */
  dedupeKey?: string | null;
  context?: Record<string, unknown>;
}

/**
 * CommunicationsService.queueSignIn(manager, input): a portal sign-in link or verification code to
 * exactly the address the customer typed. Transactional: the customer asked for it just now.
 */
export interface QueueSignInInput {
  customerId: string;
  channel: 'email' | 'sms';
  to: string;
  subject: string | null;
  body: string;
  context?: Record<string, unknown>;
}
