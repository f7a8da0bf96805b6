import { IDENTITY_KINDS, type IdentityKind } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import { Customer } from './customer.entity';

/**
 * An address a customer reaches us from. `value` is normalised (see identity-normaliser.ts), so the
 * unique index makes one identity belong to exactly one customer.
 */
@Entity({ name: 'customer_identity' })
@Index('customer_identity_kind_value_idx', ['kind', 'value'], { unique: true })
@Index('customer_identity_customer_idx', ['customerId'])
@Check('customer_identity_kind_check', oneOf('kind', IDENTITY_KINDS))
export class CustomerIdentity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'customer_identity_customer_fk' })
  customer?: Customer;

  @Column({ type: 'text' })
  kind: IdentityKind;

  @Column({ type: 'text' })
  value: string;

  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
