import { CONSENT_PURPOSES, type ConsentPurpose } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import { Customer } from './customer.entity';

/** Append-only: a change of mind is a new record; the latest per purpose is the one in force. */
@Entity({ name: 'consent_record' })
@Index('consent_record_customer_idx', ['customerId', 'purpose', 'recordedAt'])
@Check('consent_record_purpose_check', oneOf('purpose', CONSENT_PURPOSES))
export class ConsentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'consent_record_customer_fk' })
  customer?: Customer;

  @Column({ type: 'text' })
  purpose: ConsentPurpose;

  @Column({ type: 'boolean' })
  granted: boolean;

  @Column({ type: 'text' })
  source: string;

  /** The words the customer agreed to, as shown to them. */
  @Column({ type: 'text' })
  wording: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
