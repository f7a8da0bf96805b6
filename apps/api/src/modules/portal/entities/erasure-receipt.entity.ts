import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Customer } from '../../customers/entities/customer.entity';

/**
 * Proof that an erasure happened: what was removed (counts per table, never the values). It
 * outlives the personal data; the customer row it points at is anonymised, not deleted.
 */
@Entity({ name: 'erasure_receipt' })
@Index('erasure_receipt_customer_idx', ['customerId'])
export class ErasureReceipt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne('Customer', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'erasure_receipt_customer_fk' })
  customer?: Customer;

  /** 'customer' (portal) or a staff user id. */
  @Column({ type: 'text' })
  requestedBy: string;

  /** Rows changed per table, e.g. { feedback: 4, customer_identity: 2 }. */
  @Column({ type: 'jsonb' })
  summary: Record<string, number>;

  @CreateDateColumn({ type: 'timestamptz' })
  completedAt: Date;
}
