import { ACTION_KINDS, ACTION_STATUSES, type ActionKind, type ActionStatus } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { User } from '../../org/entities/user.entity';
import type { Case } from './case.entity';

/** What was done about a case: a kind the organisation can count, an owner, a due date, a status. */
@Entity({ name: 'case_action' })
@Index('case_action_case_idx', ['caseId', 'createdAt'])
@Index('case_action_owner_idx', ['ownerId', 'status'])
@Check('case_action_kind_check', oneOf('kind', ACTION_KINDS))
@Check('case_action_status_check', oneOf('status', ACTION_STATUSES))
export class CaseAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_action_case_fk' })
  case?: Case;

  @Column({ type: 'text' })
  kind: ActionKind;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'case_action_owner_fk' })
  owner?: User;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'text', default: 'open' })
  status: ActionStatus;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'case_action_created_by_fk' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
