import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportJob } from './import-job.entity';

/** A row of an import that was not stored, and why; the error report lists them. */
@Entity({ name: 'import_row_error' })
@Index('import_row_error_job_row_idx', ['jobId', 'rowNumber'])
export class ImportRowError {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  jobId: string;

  @ManyToOne('ImportJob', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'import_row_error_job_fk' })
  job?: ImportJob;

  /** As a spreadsheet numbers it: the header is row 1. */
  @Column({ type: 'integer' })
  rowNumber: number;

  /** The CSV column at fault; null when the row as a whole failed. */
  @Column({ type: 'text', nullable: true })
  field: string | null;

  @Column({ type: 'text' })
  message: string;
}
