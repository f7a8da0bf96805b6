import { INITIATIVE_LINK_SOURCES, type InitiativeLinkSource } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Customer } from '../../customers/entities/customer.entity';
import type { Feedback } from '../../intake/entities/feedback.entity';
import type { Initiative } from './initiative.entity';

/** One voice behind an initiative. Linking the same item twice is a no-op (the key). */
@Entity({ name: 'initiative_link' })
@Index('initiative_link_feedback_idx', ['feedbackId'])
@Index('initiative_link_customer_idx', ['customerId'])
@Check('initiative_link_source_check', oneOf('source', INITIATIVE_LINK_SOURCES))
export class InitiativeLink {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'initiative_link_pkey' })
  initiativeId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'initiative_link_pkey' })
  feedbackId: string;

  @ManyToOne('Initiative', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'initiative_link_initiative_fk' })
  initiative?: Initiative;

  @ManyToOne('Feedback', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'feedback_id', foreignKeyConstraintName: 'initiative_link_feedback_fk' })
  feedback?: Feedback;

  /** The item's customer, kept here so counting voices and telling them needs no join. */
  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne('Customer', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'initiative_link_customer_fk' })
  customer?: Customer;

  @Column({ type: 'text' })
  source: InitiativeLinkSource;

  /** Staff member who linked it; null for customers and surges. */
  @Column({ type: 'uuid', nullable: true })
  linkedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  linkedAt: Date;
}
