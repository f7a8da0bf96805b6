import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Customer } from '../../customers/entities/customer.entity';
import type { Initiative } from './initiative.entity';

/** A customer's vote on the public board: one per customer per initiative. */
@Entity({ name: 'initiative_vote' })
@Index('initiative_vote_customer_idx', ['customerId'])
export class InitiativeVote {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'initiative_vote_pkey' })
  initiativeId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'initiative_vote_pkey' })
  customerId: string;

  @ManyToOne('Initiative', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'initiative_vote_initiative_fk' })
  initiative?: Initiative;

  @ManyToOne('Customer', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'initiative_vote_customer_fk' })
  customer?: Customer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
