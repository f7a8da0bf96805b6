import { IMPORT_JOB_STATUSES, type ImportJobOrigin, type ImportJobStatus } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../../database/check-constraints';
import type { User } from '../../../org/entities/user.entity';

/**
 * One CSV file being imported. The file itself is kept here (uploads only) so the worker can read
 * it after a restart; the counters are updated in the same transaction as each batch's rows, so
 * `processedRows` is exactly where a restarted job resumes.
 */
@Entity({ name: 'import_job' })
@Index('import_job_created_idx', ['createdAt'])
@Check('import_job_status_check', oneOf('status', IMPORT_JOB_STATUSES))
@Check('import_job_origin_check', oneOf('origin', ['upload', 'cli']))
export class ImportJob {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  mapping: string;

  @Column({ type: 'text' })
  origin: ImportJobOrigin;

  @Column({ type: 'text', default: 'queued' })
  status: ImportJobStatus;

  /** The uploaded file; null for CLI imports, which stream from the disk. Never loaded with the job. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'integer' })
  totalRows: number;

  @Column({ type: 'integer', default: 0 })
  processedRows: number;

  @Column({ type: 'integer', default: 0 })
  acceptedRows: number;

  @Column({ type: 'integer', default: 0 })
  duplicateRows: number;

  @Column({ type: 'integer', default: 0 })
  failedRows: number;

  @Index('import_job_created_by_idx')
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'import_job_created_by_fk' })
  createdBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
