import { CHANNELS, SCORE_SCALES, SENTIMENTS, URGENCIES, type Attachment, type Channel, type ScoreScale, type Sentiment, type Urgency } from '@fullcircle/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Customer } from '../../customers/entities/customer.entity';
import type { Conversation } from './conversation.entity';

export interface PersonalDataSpan {
  kind: 'email' | 'phone' | 'card' | 'iban';
  /** Character offsets into `text` (or into `subject` when field says so). */
  field: 'text' | 'subject';
  start: number;
  end: number;
}

export const LANGUAGE_SOURCES = ['declared', 'detected'] as const;
export type LanguageSource = (typeof LANGUAGE_SOURCES)[number];

/** A score needs both its scale and a value within that scale's range, or neither. */
const SCORE_CHECK = [
  '("score_scale" IS NULL AND "score_value" IS NULL)',
  ...Object.entries(SCORE_SCALES).map(
    ([scale, { min, max }]) => `("score_scale" = '${scale}' AND "score_value" BETWEEN ${min} AND ${max})`,
  ),
].join(' OR ');

/**
 * One thing a customer said, from one channel. `text` is stored exactly as received (it is
 * escaped when rendered, never rewritten here).
 */
@Entity({ name: 'feedback' })
@Index('feedback_customer_timeline_idx', ['customerId', 'receivedAt', 'id'])
// GIN over to_tsvector('simple', subject || text): the inbox's full-text search (created in the CloseTheLoop migration).
@Index('feedback_text_search_idx', { synchronize: false })
// A channel's own message id (email Message-ID, SMS MessageSid, ...) arrives at most once.
@Index('feedback_channel_message_idx', ['channel', 'externalMessageId'], { unique: true, where: 'external_message_id IS NOT NULL' })
@Check('feedback_channel_check', oneOf('channel', CHANNELS))
@Check('feedback_score_check', SCORE_CHECK)
@Check('feedback_sentiment_check', `"sentiment" IS NULL OR ${oneOf('sentiment', SENTIMENTS)}`)
@Check('feedback_sentiment_score_check', '"sentiment_score" IS NULL OR "sentiment_score" BETWEEN -1 AND 1')
@Check('feedback_urgency_check', `"urgency" IS NULL OR ${oneOf('urgency', URGENCIES)}`)
@Check(
  'feedback_language_check',
  `("language" IS NULL AND "language_source" IS NULL) OR ("language" IS NOT NULL AND ${oneOf('language_source', LANGUAGE_SOURCES)})`,
)
export class Feedback {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne('Customer')
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'feedback_customer_fk' })
  customer?: Customer;

  /** The thread it belongs to (see Conversation); a case is opened per conversation. */
  @Index('feedback_conversation_idx')
  @Column({ type: 'uuid' })
  conversationId: string;

  @ManyToOne('Conversation')
  @JoinColumn({ name: 'conversation_id', foreignKeyConstraintName: 'feedback_conversation_fk' })
  conversation?: Conversation;

  @Column({ type: 'text' })
  channel: Channel;

  /** Which sender within the channel: an API key, a form, an import mapping. */
  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  scoreScale: ScoreScale | null;

  @Column({ type: 'smallint', nullable: true })
  scoreValue: number | null;

  /** ISO 639-1 code, declared by the sender or detected during enrichment. */
  @Column({ type: 'text', nullable: true })
  language: string | null;

  @Column({ type: 'text', nullable: true })
  languageSource: LanguageSource | null;

  @Column({ type: 'text', nullable: true })
  journeyStage: string | null;

  /** When the customer sent it (the channel's time when it has one). */
  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  /** When Fullcircle durably accepted it. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  acceptedAt: Date;

  @Column({ type: 'text', nullable: true })
  externalMessageId: string | null;

  @Column({ type: 'jsonb' })
  metadata: Record<string, string | number | boolean | null>;

  @Column({ type: 'jsonb' })
  attachments: Attachment[];

  @Column({ type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'text', nullable: true })
  sentiment: Sentiment | null;

  /** -1 (most negative) … 1 (most positive), from the model named in sentimentModel. */
  @Column({ type: 'real', nullable: true })
  sentimentScore: number | null;

  /** "<model>@<version>" that gave the sentiment, or "staff@correction" once someone corrected it. */
  @Column({ type: 'text', nullable: true })
  sentimentModel: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'text', nullable: true })
  topicsModel: string | null;

  @Column({ type: 'text', nullable: true })
  urgency: Urgency | null;

  @Column({ type: 'text', nullable: true })
  urgencyModel: string | null;

  /**
   * Where personal data sits in the text (kind and character range, never the value itself), so
   * exports and logs can redact it without finding it again.
   */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  personalData: PersonalDataSpan[];

  /** Set once enrichment has run; a replayed enrichment job stops here. */
  @Column({ type: 'timestamptz', nullable: true })
  enrichedAt: Date | null;
}
