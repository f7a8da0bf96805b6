import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Feedback } from '../../intake/entities/feedback.entity';
import type { User } from '../../org/entities/user.entity';

export const LABEL_KINDS = ['sentiment', 'topics', 'department'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];
export const LABEL_SOURCES = ['correction', 'confirmation', 'import'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

/**
 * What a person said an item really is: a corrected sentiment or topic set, a confirmed or
 * corrected department. The classifiers train on these; the latest label per item and kind wins.
 */
@Entity({ name: 'feedback_label' })
@Index('feedback_label_item_idx', ['feedbackId', 'kind', 'createdAt'])
@Index('feedback_label_kind_idx', ['kind', 'createdAt'])
@Check('feedback_label_kind_check', oneOf('kind', LABEL_KINDS))
@Check('feedback_label_source_check', oneOf('source', LABEL_SOURCES))
export class FeedbackLabel {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  feedbackId: string;

  @ManyToOne('Feedback', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'feedback_id', foreignKeyConstraintName: 'feedback_label_feedback_fk' })
  feedback?: Feedback;

  @Column({ type: 'text' })
  kind: LabelKind;

  /** The label: a sentiment, a list of topics or a department id. */
  @Column({ type: 'jsonb' })
  value: string | string[];

  @Column({ type: 'text' })
  source: LabelSource;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'feedback_label_created_by_fk' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
