import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { User } from '../../../org/entities/user.entity';

/** The organisation's routing settings: one row (id 1), absent until an admin first saves. */
@Entity({ name: 'routing_settings' })
@Check('routing_settings_single_row_check', '"id" = 1')
@Check('routing_settings_threshold_check', '"auto_route_threshold" >= 0.5 AND "auto_route_threshold" < 1')
@Check('routing_settings_assignment_check', `"default_assignment" IN ('round_robin', 'least_open', 'none')`)
export class RoutingSettingsRow {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'routing_settings_pkey' })
  id: number;

  @Column({ type: 'real' })
  autoRouteThreshold: number;

  @Column({ type: 'text' })
  defaultAssignment: 'round_robin' | 'least_open' | 'none';

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'routing_settings_updated_by_fk' })
  updatedBy?: User;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
