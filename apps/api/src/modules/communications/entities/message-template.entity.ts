import { TEMPLATE_PURPOSES, type TemplatePurpose, type TemplateVersionDto } from '@fullcircle/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { User } from '../../org/entities/user.entity';

/** A reusable message with one version per language (Settings → Templates). */
@Entity({ name: 'message_template' })
@Index('message_template_name_idx', ['name'], { unique: true })
@Check('message_template_purpose_check', oneOf('purpose', TEMPLATE_PURPOSES))
export class MessageTemplate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  purpose: TemplatePurpose;

  /** One per language, the first being the fallback; validated by the shared schema on save. */
  @Column({ type: 'jsonb' })
  versions: TemplateVersionDto[];

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'message_template_updated_by_fk' })
  updatedBy?: User;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
