import { INITIATIVE_UPDATE_KINDS, type InitiativeUpdateKind } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Initiative } from './initiative.entity';

/** One announcement to everyone behind an initiative: it shipped, was declined, or an incident moved on. */
@Entity({ name: 'initiative_update' })
@Index('initiative_update_initiative_idx', ['initiativeId', 'createdAt'])
@Check('initiative_update_kind_check', oneOf('kind', INITIATIVE_UPDATE_KINDS))
export class InitiativeUpdate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  initiativeId: string;

  @ManyToOne('Initiative', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'initiative_update_initiative_fk' })
  initiative?: Initiative;

  @Column({ type: 'text' })
  kind: InitiativeUpdateKind;

  /** What staff wrote; the template wraps it, personalised per customer. */
  @Column({ type: 'text' })
  message: string;

  /** Set once every recipient has a notice row: a rerun of the fan-out job stops here. */
  @Column({ type: 'timestamptz', nullable: true })
  fannedOutAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
