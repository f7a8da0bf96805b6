import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { User } from '../../org/entities/user.entity';
import type { Case } from './case.entity';

/**
 * Lets a colleague outside the case's department see it: given by an @mention, so the person
 * asked for help can open what they were asked about. Nothing else widens a case's audience.
 */
@Entity({ name: 'case_grant' })
@Index('case_grant_user_idx', ['userId'])
export class CaseGrant {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'case_grant_pkey' })
  caseId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'case_grant_pkey' })
  userId: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_grant_case_fk' })
  case?: Case;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'case_grant_user_fk' })
  user?: User;

  @Column({ type: 'uuid', nullable: true })
  grantedById: string | null;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
