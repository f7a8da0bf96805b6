import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * One person, whatever channel they write from (P2). A merged customer keeps its row, pointing at
 * the customer that absorbed it, so old links still lead somewhere.
 */
@Entity({ name: 'customer' })
@Index('customer_list_idx', ['createdAt', 'id'], { where: 'merged_into_id IS NULL' })
@Index('customer_merged_into_idx', ['mergedIntoId'], { where: 'merged_into_id IS NOT NULL' })
@Check('customer_not_merged_into_itself_check', '"merged_into_id" <> "id"')
@Check('customer_preferred_channel_check', `"preferred_channel" IN ('email', 'sms', 'in_app')`)
export class Customer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  locale: string | null;

  /** A segment staff put the customer in ("business", "frequent flyer"); routing rules can match it. */
  @Column({ type: 'text', nullable: true })
  segment: string | null;

  /** Marked by staff; routing rules can send VIPs elsewhere or raise their priority. */
  @Column({ type: 'boolean', default: false })
  vip: boolean;

  /** Where the customer wants replies (email, sms, in_app); null: the channel they wrote in. */
  @Column({ type: 'text', nullable: true })
  preferredChannel: 'email' | 'sms' | 'in_app' | null;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => Customer, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'customer_merged_into_fk' })
  mergedInto?: Customer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
