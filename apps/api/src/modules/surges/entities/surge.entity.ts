import { SURGE_DIMENSIONS, SURGE_STATUSES, type SurgeDimension, type SurgeStatus } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Initiative } from '../../initiatives/entities/initiative.entity';

/**
 * A topic (or topic in one location or for one product) far above its own baseline. At most one
 * live surge per key: a detector run that finds it again updates it instead of raising another.
 */
@Entity({ name: 'surge' })
@Index('surge_live_key_idx', ['topic', 'dimension', 'dimensionValue'], {
  unique: true,
  where: "status IN ('open', 'incident')",
})
@Index('surge_detected_idx', ['detectedAt'])
@Check('surge_status_check', oneOf('status', SURGE_STATUSES))
@Check('surge_dimension_check', oneOf('dimension', SURGE_DIMENSIONS))
export class Surge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text', default: 'topic' })
  dimension: SurgeDimension;

  /** The location or product; '' for a topic-wide surge (so the unique key works without NULLs). */
  @Column({ type: 'text', default: '' })
  dimensionValue: string;

  @Column({ type: 'text', default: 'open' })
  status: SurgeStatus;

  /** Start of the recent window the surge was measured in. */
  @Column({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  volume: number;

  /** Items per window over the baseline period. */
  @Column({ type: 'real' })
  baselineVolume: number;

  @Column({ type: 'real' })
  negativeShare: number;

  @Column({ type: 'real' })
  baselineNegativeShare: number;

  @Column({ type: 'uuid', nullable: true })
  initiativeId: string | null;

  @ManyToOne('Initiative', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'surge_initiative_fk' })
  initiative?: Initiative;

  @CreateDateColumn({ type: 'timestamptz' })
  detectedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
