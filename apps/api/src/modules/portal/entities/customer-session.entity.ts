import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Customer } from '../../customers/entities/customer.entity';

/** A signed-in customer in the portal or on the board. The cookie holds the secret; we keep its hash. */
@Entity({ name: 'customer_session' })
@Index('customer_session_hash_idx', ['tokenHash'], { unique: true })
@Index('customer_session_customer_idx', ['customerId'])
export class CustomerSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne('Customer', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'customer_session_customer_fk' })
  customer?: Customer;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
