import { NOTIFICATION_KINDS, type NotificationKind } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Case } from '../../cases/entities/case.entity';
import type { User } from '../../org/entities/user.entity';

/** Something a colleague should know (the bell). `dedupeKey` makes a repeated job notify once. */
@Entity({ name: 'staff_notification' })
@Index('staff_notification_user_idx', ['userId', 'createdAt'])
@Index('staff_notification_unread_idx', ['userId'], { where: 'read_at IS NULL' })
@Index('staff_notification_dedupe_idx', ['userId', 'dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
@Check('staff_notification_kind_check', oneOf('kind', NOTIFICATION_KINDS))
export class StaffNotification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'staff_notification_user_fk' })
  user?: User;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'staff_notification_case_fk' })
  case?: Case;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'staff_notification_actor_fk' })
  actor?: User;

  @Column({ type: 'text', nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
