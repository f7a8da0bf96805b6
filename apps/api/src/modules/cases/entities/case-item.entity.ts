import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Feedback } from '../../intake/entities/feedback.entity';
import type { Case } from './case.entity';

/** A feedback item's place in a case. One case per item: the key makes routing an item twice a no-op. */
@Entity({ name: 'case_item' })
@Index('case_item_case_idx', ['caseId', 'attachedAt'])
export class CaseItem {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'case_item_pkey' })
  feedbackId: string;

  @ManyToOne('Feedback', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'feedback_id', foreignKeyConstraintName: 'case_item_feedback_fk' })
  feedback?: Feedback;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_item_case_fk' })
  case?: Case;

  @CreateDateColumn({ type: 'timestamptz' })
  attachedAt: Date;
}
