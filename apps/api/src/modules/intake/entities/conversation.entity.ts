import { CHANNELS, type Channel } from '@fullcircle/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Customer } from '../../customers/entities/customer.entity';

/**
 * A thread of feedback from one customer in one channel: an email and its replies, SMS messages
 * from one number, a chat in the widget. Intake decides the thread; routing later opens one case
 * per conversation, so a follow-up lands on the case its thread already has.
 */
@Entity({ name: 'conversation' })
@Index('conversation_customer_channel_idx', ['customerId', 'channel', 'lastMessageAt'])
@Check('conversation_channel_check', oneOf('channel', CHANNELS))
export class Conversation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne('Customer')
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'conversation_customer_fk' })
  customer?: Customer;

  @Column({ type: 'text' })
  channel: Channel;

  /**
   * A short random reference customers can quote (`feedback+<reference>@…`, "[FC-…]" in a subject);
   * it only ever joins a thread of the customer it already belongs to.
   */
  @Index('conversation_reference_idx', { unique: true })
  @Column({ type: 'text' })
  reference: string;

  /** sha256 of the secret a chat widget holds to post follow-ups; null for other channels. */
  @Index('conversation_access_token_idx', { unique: true, where: 'access_token_hash IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  accessTokenHash: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastMessageAt: Date;

  @Column({ type: 'integer', default: 1 })
  messageCount: number;
}
