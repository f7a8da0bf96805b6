import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Who did what to which record. The id is the outbox message id, which makes recording idempotent. */
@Entity({ name: 'audit_event' })
@Index('audit_event_occurred_at_idx', ['occurredAt'])
@Index('audit_event_target_idx', ['targetType', 'targetId'])
export class AuditEvent {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  actorName: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  targetType: string;

  @Column({ type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
