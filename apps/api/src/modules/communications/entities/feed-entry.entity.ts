import { FEED_KINDS, type FeedKind } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Case } from '../../cases/entities/case.entity';
import type { Department } from '../../org/entities/department.entity';
import type { User } from '../../org/entities/user.entity';

/** The internal feed: what was learned, changed and recognised, per department or company-wide. */
@Entity({ name: 'feed_entry' })
@Index('feed_entry_created_idx', ['createdAt', 'id'])
@Index('feed_entry_department_idx', ['departmentId', 'createdAt'])
@Index('feed_entry_dedupe_idx', ['dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
@Check('feed_entry_kind_check', oneOf('kind', FEED_KINDS))
export class FeedEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: FeedKind;

  /** Null: company-wide. */
  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne('Department', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'feed_entry_department_fk' })
  department?: Department;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne('Case', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'feed_entry_case_fk' })
  case?: Case;

  /** The colleague recognised. */
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'feed_entry_person_fk' })
  person?: User;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'feed_entry_author_fk' })
  author?: User;

  @Column({ type: 'text', nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
