import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { User } from '../../org/entities/user.entity';

/** The organisation's contact budget and follow-up rules: one row (id 1), absent until an admin first saves. */
@Entity({ name: 'communication_settings' })
@Check('communication_settings_single_row_check', '"id" = 1')
export class CommunicationSettingsRow {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'communication_settings_pkey' })
  id: number;

  /** CommunicationSettings from libs/shared, validated on save. */
  @Column({ type: 'jsonb' })
  settings: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'communication_settings_updated_by_fk' })
  updatedBy?: User;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
