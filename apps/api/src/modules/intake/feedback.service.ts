import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AcceptedFeedback, Channel, TimelineEntry } from '@fullcircle/shared';
import type { EntityManager, Repository } from 'typeorm';
import { Feedback, type LanguageSource } from './entities/feedback.entity';
import type { NewFeedback } from './feedback-row';
import { toAcceptedFeedback, toTimelineEntry } from './feedback.mapper';

export interface CustomerActivity {
  feedbackCount: number;
  lastFeedbackAt: string | null;
}

/** What enrichment writes onto an item, once. */
export type EnrichmentOutcome = Pick<
  Feedback,
  'language' | 'languageSource' | 'sentiment' | 'sentimentScore' | 'sentimentModel' | 'topics' | 'topicsModel' | 'urgency' | 'urgencyModel' | 'personalData'
>;

export interface FeedbackToEnrich {
  id: string;
  text: string;
  subject: string | null;
  language: string | null;
  languageSource: LanguageSource | null;
  enrichedAt: Date | null;
}

const INSERT_COLUMNS = [
  'customer_id', 'conversation_id', 'channel', 'source', 'subject', 'text', 'score_scale', 'score_value', 'language', 'language_source',
  'journey_stage', 'received_at', 'external_message_id', 'metadata', 'attachments', 'idempotency_key',
];

/** The feedback table, owned by intake; customers and enrichment read and update it through here. */
@Injectable()
export class FeedbackService {
  constructor(@InjectRepository(Feedback) private readonly feedback: Repository<Feedback>) {}

  /** Inserts unless the channel already delivered this message id; null means it had. */
  async insertNew(manager: EntityManager, row: NewFeedback, conversationReference: string): Promise<AcceptedFeedback | null> {
    const values = [
      row.customerId, row.conversationId, row.channel, row.source, row.subject, row.text, row.scoreScale, row.scoreValue, row.language, row.languageSource,
      // node-postgres would send arrays as PostgreSQL arrays, not JSON
      row.journeyStage, row.receivedAt, row.externalMessageId, JSON.stringify(row.metadata), JSON.stringify(row.attachments), row.idempotencyKey,
    ];
    const rows: { id: string; received_at: Date }[] = await manager.query(
      `INSERT INTO feedback (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (channel, external_message_id) WHERE external_message_id IS NOT NULL DO NOTHING
       RETURNING id, received_at`,
      values,
    );
    return rows[0] ? toAcceptedFeedback({ ...row, conversationReference, id: rows[0].id, receivedAt: rows[0].received_at }) : null;
  }

  async findByExternalMessageId(manager: EntityManager, channel: Channel, externalMessageId: string): Promise<AcceptedFeedback | null> {
    const existing = await manager.findOne(Feedback, { where: { channel, externalMessageId }, relations: { conversation: true } });
    return existing ? toAcceptedFeedback({ ...existing, conversationReference: existing.conversation!.reference }) : null;
  }

  /** A merge: every item of `fromCustomerId` now belongs to `toCustomerId`. Returns how many moved. */
  async reassignCustomer(manager: EntityManager, fromCustomerId: string, toCustomerId: string): Promise<number> {
    const result = await manager.update(Feedback, { customerId: fromCustomerId }, { customerId: toCustomerId });
    return result.affected ?? 0;
  }

  async activity(customerIds: string[]): Promise<Map<string, CustomerActivity>> {
    if (customerIds.length === 0) return new Map();
    const rows: { customer_id: string; n: number; last: Date }[] = await this.feedback.query(
      `SELECT customer_id, count(*)::int AS n, max(received_at) AS last FROM feedback WHERE customer_id = ANY($1) GROUP BY customer_id`,
      [customerIds],
    );
    return new Map(rows.map((r) => [r.customer_id, { feedbackCount: r.n, lastFeedbackAt: r.last.toISOString() }]));
  }

  /**
   * Newest first, keyset-paginated: `before` is the id of the oldest entry the reader already has.
   * Null when that id is not one of this customer's items.
   */
  async timeline(customerId: string, page: { before?: string; limit: number }): Promise<TimelineEntry[] | null> {
    const qb = this.feedback
      .createQueryBuilder('f')
      .innerJoinAndSelect('f.conversation', 'c')
      .where('f.customerId = :customerId', { customerId })
      .orderBy('f.receivedAt', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .limit(page.limit);
    if (page.before) {
      if (!(await this.feedback.exists({ where: { id: page.before, customerId } }))) return null;
      qb.andWhere('(f.received_at, f.id) < (SELECT received_at, id FROM feedback WHERE id = :before)', { before: page.before });
    }
    return (await qb.getMany()).map(toTimelineEntry);
  }

  async findToEnrich(id: string): Promise<FeedbackToEnrich | null> {
    const f = await this.feedback.findOne({ where: { id } });
    return f && { id: f.id, text: f.text, subject: f.subject, language: f.language, languageSource: f.languageSource, enrichedAt: f.enrichedAt };
  }

  /** Records the outcome once: a second call for the same item changes nothing and returns false. */
  async saveEnrichment(id: string, result: EnrichmentOutcome, manager: EntityManager = this.feedback.manager): Promise<boolean> {
    const update = await manager
      .createQueryBuilder()
      .update(Feedback)
      .set({ ...result, enrichedAt: () => 'now()' })
      .where('id = :id AND enriched_at IS NULL', { id })
      .execute();
    return (update.affected ?? 0) > 0;
  }
}
