import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { MessageChannel } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { OutboxService } from '../../queue/outbox/outbox.service';
import { QUEUE } from '../../queue/queue-names';
import { messageIdDomain } from './adapters/email-message';
import type { NotifyStaffInput, PostFeedInput, QueueMessageInput, QueueSignInInput, QueueStaffEmailInput, QueuedMessage, Reachability } from './communications.types';
import { OutboundMessage } from './entities/outbound-message.entity';
import { chooseChannel } from './outbound/channel-choice';
import { type ContactPurpose, consentRefusal } from './outbound/consent';
import { type PastMessage, budgetLookbackStart, budgetVerdict } from './outbound/contact-budget';
import { type Recipient, latestConsent, loadRecipient } from './outbound/recipient';
import { CommunicationSettingsService } from './settings/communication-settings.service';

const NO_ADDRESS: Record<MessageChannel, string> = {
  email: 'No email address is known for this customer',
  sms: 'No phone number is known for this customer',
  in_app: 'The customer cannot be reached in the app',
};

/**
 * The only way anything reaches a customer or a colleague (architecture rule 5): every method
 * writes inside the caller's transaction, so the message exists if and only if the state change
 * that caused it does; the worker dispatches it afterwards.
 */
@Injectable()
export class CommunicationsService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly settings: CommunicationSettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async queueMessage(manager: EntityManager, input: QueueMessageInput): Promise<QueuedMessage> {
    const recipient = await loadRecipient(manager, input.customerId);
    if (!recipient) throw new Error(`customer ${input.customerId} not found`);
    const reach = await this.reach(manager, recipient, input.purpose, input.channel, input.originalChannel);
    const dedupeKey = input.dedupeKey ?? `${input.purpose}:${input.templateId ?? createHash('sha256').update(`${input.subject ?? ''}\n${input.body}`).digest('hex').slice(0, 24)}`;
    const reason = reach.reason ?? (await this.budgetRefusal(manager, recipient.customerId, input.purpose, dedupeKey));
    const conversationReference = input.conversationReference ?? (input.caseId ? await this.referenceOf(manager, input.caseId) : null);

    const id = randomUUID();
    const status = reason ? 'suppressed' : 'queued';
    await manager.insert(OutboundMessage, {
      id,
      caseId: input.caseId ?? null,
      customerId: recipient.customerId,
      channel: reach.channel,
      purpose: input.purpose,
      toAddress: reach.address,
      subject: input.subject ?? null,
      body: input.body,
      status,
      statusReason: reason,
      authorId: input.authorId ?? null,
      templateId: input.templateId ?? null,
      language: input.language ?? null,
      emailMessageId: reach.channel === 'email' ? this.emailMessageId(id) : null,
      inReplyTo: input.inReplyTo ?? [],
      dedupeKey,
      context: { ...(input.context ?? {}), ...(conversationReference ? { conversationReference } : {}) },
    });
    if (status === 'queued') await this.outbox.enqueue(manager, QUEUE.communications, 'dispatch', { messageId: id });
    return { id, channel: reach.channel, status, reason, to: reach.address };
  }

  /**
   * A sign-in link or code (portal), to the address given rather than the customer's best one, and
   * never held back by consent or the contact budget: the customer asked for it. Returns its id.
   */
  async queueSignIn(manager: EntityManager, input: QueueSignInInput): Promise<string> {
    const id = randomUUID();
    await manager.save(manager.create(OutboundMessage, {
      id,
      caseId: null,
      customerId: input.customerId,
      channel: input.channel,
      purpose: 'sign_in',
      toAddress: input.to,
      subject: input.subject,
      body: input.body,
      status: 'queued',
      emailMessageId: input.channel === 'email' ? this.emailMessageId(id) : null,
      context: input.context ?? {},
    }));
    await this.outbox.enqueue(manager, QUEUE.communications, 'dispatch', { messageId: id });
    return id;
  }

  /** Whether a message of this purpose would reach the customer now, by which channel and address. */
  async reachability(
    manager: EntityManager,
    customerId: string,
    purpose: ContactPurpose,
    requestedChannel?: MessageChannel | null,
    originalChannel?: string | null,
  ): Promise<Reachability> {
    const recipient = await loadRecipient(manager, customerId);
    if (!recipient) return { ok: false, reason: 'The customer no longer exists', channel: requestedChannel ?? 'in_app', address: null };
    const reach = await this.reach(manager, recipient, purpose, requestedChannel, originalChannel);
    const reason = reach.reason ?? (await this.budgetRefusal(manager, recipient.customerId, purpose, null));
    return { ...reach, ok: reason === null, reason };
  }

  /**
   * In-app notifications, once per user and dedupe key; an email too for colleagues who keep
   * email notifications on (the default). Returns the ids of the notifications created now.
   */
  async notifyStaff(manager: EntityManager, input: NotifyStaffInput): Promise<string[]> {
    if (input.userIds.length === 0) return [];
    const created: { id: string; user_id: string }[] = await manager.query(
      `INSERT INTO staff_notification (user_id, kind, title, body, case_id, actor_id, dedupe_key)
       SELECT u, $2, $3, $4, $5, $6, $7 FROM unnest($1::uuid[]) AS u
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id, user_id`,
      [[...new Set(input.userIds)], input.kind, input.title, input.body, input.caseId ?? null, input.actorId ?? null, input.dedupeKey ?? null],
    );
    if (created.length === 0) return [];
    const emailTo: { id: string; email: string }[] = await manager.query(
      `SELECT u.id, u.email FROM app_user u LEFT JOIN communication_preferences p ON p.user_id = u.id
        WHERE u.id = ANY($1::uuid[]) AND u.status = 'active' AND COALESCE(p.email_notifications, true)`,
      [created.map((c) => c.user_id)],
    );
    const link = input.caseId && this.config.PUBLIC_URL ? `\n\nOpen the case: ${this.config.PUBLIC_URL.replace(/\/+$/, '')}/cases/${input.caseId}` : '';
    for (const user of emailTo) {
      await this.queueStaffEmail(manager, {
        userId: user.id,
        purpose: 'staff_notice',
        subject: input.title,
        body: input.body + link,
        caseId: input.caseId,
        authorId: input.actorId,
        dedupeKey: input.dedupeKey ? `staff_notice:${input.kind}:${input.dedupeKey}` : null,
        context: { notificationKind: input.kind },
      });
    }
    return created.map((c) => c.id);
  }

  /**
   * An email to a colleague (a notice, the feed digest), to their account's address. Returns the
   * message id, or null when the dedupe key was used for them before or they have no address.
   */
  async queueStaffEmail(manager: EntityManager, input: QueueStaffEmailInput): Promise<string | null> {
    const [user]: { email: string | null }[] = await manager.query(`SELECT email FROM app_user WHERE id = $1 AND status = 'active'`, [input.userId]);
    if (!user?.email) return null;
    if (input.dedupeKey) {
      // Serialised per colleague, so a job retried while the first attempt still runs cannot queue it twice.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('staff_email'), hashtext($1))`, [input.userId]);
      const seen: unknown[] = await manager.query('SELECT 1 FROM outbound_message WHERE recipient_user_id = $1 AND dedupe_key = $2 LIMIT 1', [input.userId, input.dedupeKey]);
      if (seen.length) return null;
    }
    const id = randomUUID();
    await manager.save(manager.create(OutboundMessage, {
      id,
      caseId: input.caseId ?? null,
      customerId: null,
      recipientUserId: input.userId,
      channel: 'email',
      purpose: input.purpose,
      toAddress: user.email,
      subject: input.subject,
      body: input.body,
      status: 'queued',
      authorId: input.authorId ?? null,
      emailMessageId: this.emailMessageId(id),
      dedupeKey: input.dedupeKey ?? null,
      context: input.context ?? {},
    }));
    await this.outbox.enqueue(manager, QUEUE.communications, 'dispatch', { messageId: id });
    return id;
  }

  /** One entry in the internal feed; a repeated dedupe key adds nothing. Returns the new entry's id, or null. */
  async postFeed(manager: EntityManager, input: PostFeedInput): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO feed_entry (kind, department_id, title, body, case_id, person_id, author_id, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [input.kind, input.departmentId, input.title, input.body, input.caseId ?? null, input.personId ?? null, input.authorId ?? null, input.dedupeKey ?? null],
    );
    return row?.id ?? null;
  }

  private async reach(manager: EntityManager, r: Recipient, purpose: ContactPurpose, requested?: MessageChannel | null, original?: string | null): Promise<Reachability> {
    const { channel, address } = chooseChannel({ requested, preferred: r.preferredChannel, original, email: r.email, phone: r.phone });
    const refusal = consentRefusal(purpose, await latestConsent(manager, r.customerId, purpose)) ?? (channel !== 'in_app' && !address ? NO_ADDRESS[channel] : null);
    return { ok: refusal === null, reason: refusal, channel, address };
  }

  private async budgetRefusal(manager: EntityManager, customerId: string, purpose: ContactPurpose, dedupeKey: string | null): Promise<string | null> {
    if (purpose === 'reply') return null;
    const settings = await this.settings.current(manager);
    const now = new Date();
    // Two surveys queued at once for one customer must not both pass: serialise per customer.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('contact_budget'), hashtext($1))`, [customerId]);
    const rows: { purpose: PastMessage['purpose']; status: PastMessage['status']; dedupe_key: string | null; created_at: Date }[] = await manager.query(
      `SELECT purpose, status, dedupe_key, created_at FROM outbound_message
        WHERE customer_id = $1 AND purpose IN ('survey', 'announcement') AND created_at > $2`,
      [customerId, budgetLookbackStart(now, settings)],
    );
    const verdict = budgetVerdict({ purpose, dedupeKey, now, settings, recent: rows.map((m) => ({ purpose: m.purpose, status: m.status, dedupeKey: m.dedupe_key, createdAt: m.created_at })) });
    return verdict.ok ? null : verdict.reason;
  }

  private async referenceOf(manager: EntityManager, caseId: string): Promise<string | null> {
    const [row]: { reference: string }[] = await manager.query('SELECT v.reference FROM cases c JOIN conversation v ON v.id = c.conversation_id WHERE c.id = $1', [caseId]);
    return row?.reference ?? null;
  }

  private emailMessageId(id: string): string {
    return `${id}@${messageIdDomain(this.config.INBOUND_EMAIL_ADDRESSES[0])}`;
  }
}
