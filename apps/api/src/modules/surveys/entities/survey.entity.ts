import type { ScoreScale } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
// The foreign key needs org's entity class; surveys read the creator's name only through a join.
import { User } from '../../org/entities/user.entity';

/** One question on one scale (NPS, CSAT or CES) that customers answer through signed links. */
@Entity({ name: 'survey' })
@Check('survey_scale_check', oneOf('scale', ['nps', 'csat', 'ces']))
export class Survey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  scale: ScoreScale;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'text', nullable: true })
  commentPrompt: string | null;

  @Column({ type: 'text' })
  thankYouText: string;

  /** A closed survey keeps its answers; its links answer 410. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'survey_created_by_fk' })
  createdBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
