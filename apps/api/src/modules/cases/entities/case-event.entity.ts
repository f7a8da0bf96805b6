import { CASE_EVENT_TYPES, type CaseEventType } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { User } from '../../org/entities/user.entity';
import type { Case } from './case.entity';

/**
 * Something that happened to a case: who, when, why. `dedupeKey` makes steps that must happen
 * once (an SLA warning, breach or escalation for one due time) safe to attempt twice.
 */
@Entity({ name: 'case_event' })
@Index('case_event_case_idx', ['caseId', 'seq'])
@Index('case_event_dedupe_idx', ['caseId', 'dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
@Check('case_event_type_check', oneOf('type', CASE_EVENT_TYPES))
export class CaseEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Order of writing: events of one transaction share `occurredAt`. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_event_case_fk' })
  case?: Case;

  @Column({ type: 'text' })
  type: CaseEventType;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'case_event_actor_fk' })
  actor?: User;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
