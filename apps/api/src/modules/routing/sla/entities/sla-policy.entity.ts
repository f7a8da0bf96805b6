import type { SlaTargets } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** First-response and resolution targets per priority, in business minutes. Exactly one is the default. */
@Entity({ name: 'sla_policy' })
@Index('sla_policy_name_idx', ['name'], { unique: true })
@Index('sla_policy_default_idx', ['isDefault'], { unique: true, where: '"is_default"' })
@Check('sla_policy_warn_at_check', '"warn_at_fraction" > 0 AND "warn_at_fraction" < 1')
export class SlaPolicy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'jsonb' })
  targets: SlaTargets;

  @Column({ type: 'real' })
  warnAtFraction: number;

  @Column({ type: 'boolean', default: false })
  isDefault: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
