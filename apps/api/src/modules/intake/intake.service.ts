import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AcceptedFeedback } from '@fullcircle/shared';
import { isSupportedCountry } from 'libphonenumber-js';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxService } from '../../queue/outbox/outbox.service';
import { QUEUE } from '../../queue/queue-names';
import { CustomersService } from '../customers/customers.service';
import { ConversationsService } from './conversations/conversations.service';
import { type IntakeContext, type IntakeItem, feedbackRow } from './feedback-row';
import { FeedbackService } from './feedback.service';

/** Every channel hands its items to `accept` (P1: one model for every channel). */
@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly customers: CustomersService,
    private readonly feedback: FeedbackService,
    private readonly conversations: ConversationsService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Resolves the sender, threads the item onto its conversation, stores it and announces its
   * enrichment in one transaction. Only PostgreSQL is touched, so intake keeps accepting while
   * Redis is down: the outbox relay moves the announcements on when it is back. A channel message
   * id seen before answers with the item it created, and announces nothing again.
   */
  async accept(input: IntakeItem, context: IntakeContext): Promise<AcceptedFeedback> {
    return this.dataSource.transaction((manager) => this.acceptIn(manager, input, context));
  }

  /** `accept` inside a caller's transaction (a CSV batch, a survey answer): everything commits or nothing. */
  async acceptIn(manager: EntityManager, input: IntakeItem, context: IntakeContext): Promise<AcceptedFeedback> {
    const { externalMessageId } = input;
    if (externalMessageId) {
      const earlier = await this.feedback.findByExternalMessageId(manager, context.channel, externalMessageId);
      if (earlier) return earlier;
    }
    const customerId = await this.customerOf(manager, input, context);
    const now = new Date();
    const row = feedbackRow(input, context, { customerId, conversationId: '' }, now);
    const conversation = await this.conversations.thread(manager, customerId, context.channel, context.thread, row.receivedAt);
    const accepted = await this.feedback.insertNew(manager, { ...row, conversationId: conversation.id }, conversation.reference);
    if (!accepted) {
      // A concurrent delivery of the same message committed first (only possible with an id): it
      // threaded the message itself, so take back what this attempt added to the conversation.
      await this.conversations.undoThread(manager, conversation);
      return (await this.feedback.findByExternalMessageId(manager, context.channel, externalMessageId!))!;
    }
    await this.outbox.enqueue(manager, QUEUE.enrichment, 'enrich', { feedbackId: accepted.id });
    return accepted;
  }

  private async customerOf(manager: EntityManager, input: IntakeItem, context: IntakeContext): Promise<string> {
    if (context.customerId) return context.customerId;
    if (!input.customer) throw new Error(`intake: ${context.channel} item without a sender or a known customer`);
    const phoneRegion = context.phoneRegion && isSupportedCountry(context.phoneRegion) ? context.phoneRegion : undefined;
    return (await this.customers.resolveOrCreate(manager, input.customer, context.source, { phoneRegion })).id;
  }
}
