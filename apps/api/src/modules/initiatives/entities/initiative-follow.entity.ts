import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Customer } from '../../customers/entities/customer.entity';
import type { Initiative } from './initiative.entity';

/** A customer following an initiative on the board: told when it ships or is declined. */
@Entity({ name: 'initiative_follow' })
@Index('initiative_follow_customer_idx', ['customerId'])
export class InitiativeFollow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'initiative_follow_pkey' })
  initiativeId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'initiative_follow_pkey' })
  customerId: string;

  @ManyToOne('Initiative', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'initiative_follow_initiative_fk' })
  initiative?: Initiative;

  @ManyToOne('Customer', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'initiative_follow_customer_fk' })
  customer?: Customer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
