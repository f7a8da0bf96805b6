import { BOARD_COMMENT_STATUSES, type BoardCommentStatus } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Customer } from '../../customers/entities/customer.entity';
import type { Initiative } from './initiative.entity';

/** A customer's comment on the board; shown to the public only once staff approve it. */
@Entity({ name: 'initiative_comment' })
@Index('initiative_comment_initiative_idx', ['initiativeId', 'createdAt'])
@Index('initiative_comment_customer_idx', ['customerId'])
@Index('initiative_comment_pending_idx', ['createdAt'], { where: "status = 'pending'" })
@Check('initiative_comment_status_check', oneOf('status', BOARD_COMMENT_STATUSES))
export class InitiativeComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  initiativeId: string;

  @ManyToOne('Initiative', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'initiative_comment_initiative_fk' })
  initiative?: Initiative;

  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne('Customer', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'initiative_comment_customer_fk' })
  customer?: Customer;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', default: 'pending' })
  status: BoardCommentStatus;

  @Column({ type: 'uuid', nullable: true })
  moderatedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  moderatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
