import { MESSAGE_CHANNELS, MESSAGE_PURPOSES, MESSAGE_STATUSES, type MessageChannel, type MessagePurpose, type MessageStatus } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Case } from '../../cases/entities/case.entity';
import type { Customer } from '../../customers/entities/customer.entity';
import type { User } from '../../org/entities/user.entity';

/**
 * One message Fullcircle sends (to a customer or a colleague). Written in the transaction of the
 * state change that causes it, together with the outbox row that dispatches it; the dispatch job
 * claims it (`queued` → `sending`) so one row is handed to a provider at most once per attempt
 * and never again once `sent`.
 */
@Entity({ name: 'outbound_message' })
@Index('outbound_message_case_idx', ['caseId', 'createdAt'], { where: 'case_id IS NOT NULL' })
// The contact budget: a customer's recent messages of one purpose.
@Index('outbound_message_budget_idx', ['customerId', 'purpose', 'createdAt'], { where: 'customer_id IS NOT NULL' })
@Index('outbound_message_email_id_idx', ['emailMessageId'], { unique: true, where: 'email_message_id IS NOT NULL' })
@Index('outbound_message_provider_idx', ['providerMessageId'], { where: 'provider_message_id IS NOT NULL' })
@Check('outbound_message_channel_check', oneOf('channel', MESSAGE_CHANNELS))
@Check('outbound_message_purpose_check', oneOf('purpose', MESSAGE_PURPOSES))
@Check('outbound_message_status_check', oneOf('status', MESSAGE_STATUSES))
@Check('outbound_message_recipient_check', '"customer_id" IS NOT NULL OR "recipient_user_id" IS NOT NULL')
export class OutboundMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne('Case', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'outbound_message_case_fk' })
  case?: Case;

  @Column({ type: 'uuid', nullable: true })
  customerId: string | null;

  @ManyToOne('Customer', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'outbound_message_customer_fk' })
  customer?: Customer;

  /** A colleague, for staff notices and digests. */
  @Column({ type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'outbound_message_recipient_user_fk' })
  recipientUser?: User;

  @Column({ type: 'text' })
  channel: MessageChannel;

  @Column({ type: 'text' })
  purpose: MessagePurpose;

  @Column({ type: 'text', nullable: true })
  toAddress: string | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', default: 'queued' })
  status: MessageStatus;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'outbound_message_author_fk' })
  author?: User;

  @Column({ type: 'uuid', nullable: true })
  templateId: string | null;

  @Column({ type: 'text', nullable: true })
  language: string | null;

  /** The email's Message-ID (without angle brackets): replies quote it in In-Reply-To. */
  @Column({ type: 'text', nullable: true })
  emailMessageId: string | null;

  /** Message-IDs this email answers (the customer's own emails), for threading in their mail client. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  inReplyTo: string[];

  /** The provider's id (SMS SID, SMTP queue id): status callbacks find the message by it. */
  @Column({ type: 'text', nullable: true })
  providerMessageId: string | null;

  /** Same purpose and content for one customer within the duplicate window: suppressed. */
  @Column({ type: 'text', nullable: true })
  dedupeKey: string | null;

  /** What else the message belongs to, e.g. { surveyInvitationId }. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  context: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
