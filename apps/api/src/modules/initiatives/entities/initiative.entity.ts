import { INITIATIVE_KINDS, INITIATIVE_STATUSES, type InitiativeKind, type InitiativeStatus } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { User } from '../../org/entities/user.entity';

/** The outer loop: one improvement (or incident) that many customers' voices point at. */
@Entity({ name: 'initiative' })
@Index('initiative_status_idx', ['status', 'updatedAt'])
@Index('initiative_public_idx', ['isPublic', 'updatedAt'], { where: 'is_public' })
@Check('initiative_status_check', oneOf('status', INITIATIVE_STATUSES))
@Check('initiative_kind_check', oneOf('kind', INITIATIVE_KINDS))
export class Initiative {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  /** The problem in customers' words, as staff summarised it. */
  @Column({ type: 'text' })
  problem: string;

  @Column({ type: 'text', default: 'proposed' })
  status: InitiativeStatus;

  @Column({ type: 'text', default: 'improvement' })
  kind: InitiativeKind;

  /** Departments that own the work. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  departmentIds: string[];

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'initiative_owner_fk' })
  owner?: User;

  @Column({ type: 'date', nullable: true })
  targetDate: string | null;

  /** The enrichment topic whose KPIs show whether the change worked (before/after). */
  @Column({ type: 'text', nullable: true })
  topic: string | null;

  /** Shown on the public board. */
  @Column({ type: 'boolean', default: false })
  isPublic: boolean;

  /** What changed (on ship) or why not (on decline), in words customers read. */
  @Column({ type: 'text', nullable: true })
  outcomeNote: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  shippedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  declinedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
