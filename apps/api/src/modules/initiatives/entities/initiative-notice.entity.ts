import { INITIATIVE_NOTICE_OUTCOMES, type InitiativeNoticeOutcome } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Customer } from '../../customers/entities/customer.entity';
import type { InitiativeUpdate } from './initiative-update.entity';

/** Who was told about an update, how, or why not. The key makes "exactly once per update" hold. */
@Entity({ name: 'initiative_notice' })
@Index('initiative_notice_customer_idx', ['customerId'])
@Check('initiative_notice_outcome_check', oneOf('outcome', INITIATIVE_NOTICE_OUTCOMES))
export class InitiativeNotice {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'initiative_notice_pkey' })
  updateId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'initiative_notice_pkey' })
  customerId: string;

  @ManyToOne('InitiativeUpdate', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'update_id', foreignKeyConstraintName: 'initiative_notice_update_fk' })
  update?: InitiativeUpdate;

  @ManyToOne('Customer', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'initiative_notice_customer_fk' })
  customer?: Customer;

  @Column({ type: 'text' })
  outcome: InitiativeNoticeOutcome;

  /** email, sms or in_app when queued. */
  @Column({ type: 'text', nullable: true })
  channel: string | null;

  @Column({ type: 'uuid', nullable: true })
  outboundMessageId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
