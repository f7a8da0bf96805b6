import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';

export const MODEL_KINDS = ['sentiment', 'topic', 'department'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];
export const MODEL_STATUSES = ['active', 'candidate', 'retired', 'rejected'] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

/**
 * One trained version of a classifier. At most one per kind is active; the one it replaced is kept
 * (retired), and a candidate that scored worse on the held-out slice is kept as rejected.
 */
@Entity({ name: 'classifier_model' })
@Index('classifier_model_version_idx', ['kind', 'version'], { unique: true })
@Index('classifier_model_active_idx', ['kind'], { unique: true, where: "status = 'active'" })
@Check('classifier_model_kind_check', oneOf('kind', MODEL_KINDS))
@Check('classifier_model_status_check', oneOf('status', MODEL_STATUSES))
export class ClassifierModel {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: ModelKind;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  status: ModelStatus;

  /** The algorithm, e.g. "logistic-regression". */
  @Column({ type: 'text' })
  algorithm: string;

  @Column({ type: 'integer' })
  trainingSize: number;

  @Column({ type: 'integer' })
  holdoutSize: number;

  @Column({ type: 'real' })
  holdoutAccuracy: number;

  /** Per-label precision, recall and F1, and the confusion matrix on the held-out slice. */
  @Column({ type: 'jsonb' })
  evaluation: Record<string, unknown>;

  /** The serialised model. */
  @Column({ type: 'jsonb' })
  parameters: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  trainedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  promotedAt: Date | null;
}
