import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AcceptedFeedback, SubmitFeedbackRequest } from '@fullcircle/shared';
import { isSupportedCountry } from 'libphonenumber-js';
import { DataSource } from 'typeorm';
import { OutboxService } from '../../queue/outbox/outbox.service';
import { QUEUE } from '../../queue/queue-names';
import { CustomersService } from '../customers/customers.service';
import { type IntakeContext, feedbackRow } from './feedback-row';
import { FeedbackService } from './feedback.service';

/** Every channel hands its items to `accept` (P1: one model for every channel). */
@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly customers: CustomersService,
    private readonly feedback: FeedbackService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Resolves the sender, stores the item and announces its enrichment in one transaction. Only
   * PostgreSQL is touched, so intake keeps accepting while Redis is down: the outbox relay moves
   * the announcements on when it is back. A channel message id seen before answers with the
   * item it created, and announces nothing again.
   */
  async accept(input: SubmitFeedbackRequest, context: IntakeContext): Promise<AcceptedFeedback> {
    const phoneRegion = context.phoneRegion && isSupportedCountry(context.phoneRegion) ? context.phoneRegion : undefined;
    return this.dataSource.transaction(async (manager) => {
      const { externalMessageId } = input;
      if (externalMessageId) {
        const earlier = await this.feedback.findByExternalMessageId(manager, context.channel, externalMessageId);
        if (earlier) return earlier;
      }
      const customer = await this.customers.resolveOrCreate(manager, input.customer, context.source, { phoneRegion });
      const accepted = await this.feedback.insertNew(manager, feedbackRow(input, context, customer.id, new Date()));
      if (!accepted) {
        // a concurrent delivery of the same message committed first (only possible with an id)
        return (await this.feedback.findByExternalMessageId(manager, context.channel, externalMessageId!))!;
      }
      await this.outbox.enqueue(manager, QUEUE.enrichment, 'enrich', { feedbackId: accepted.id });
      return accepted;
    });
  }
}
