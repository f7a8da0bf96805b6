import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { User } from '../../org/entities/user.entity';

/** A colleague's own choices; absent row = defaults (no digest, email notifications on). */
@Entity({ name: 'communication_preferences' })
export class CommunicationPreferencesRow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'communication_preferences_pkey' })
  userId: string;

  @OneToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'communication_preferences_user_fk' })
  user?: User;

  @Column({ type: 'boolean', default: false })
  feedDigest: boolean;

  @Column({ type: 'boolean', default: true })
  emailNotifications: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
