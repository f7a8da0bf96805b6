import type { RuleActions, RuleCondition } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Department } from '../../../org/entities/department.entity';
import { User } from '../../../org/entities/user.entity';

/**
 * A routing rule: conditions on an enriched item and what to do when they hold. Rules run in
 * `position` order; the first enabled match decides. `departmentId` is whose owners may edit it
 * (null: an organisation-wide rule only admins edit).
 */
@Entity({ name: 'routing_rule' })
@Index('routing_rule_position_idx', ['position'])
@Index('routing_rule_department_idx', ['departmentId'])
@Check('routing_rule_match_check', `"match" IN ('all', 'any')`)
export class RoutingRule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'text', default: 'all' })
  match: 'all' | 'any';

  @Column({ type: 'jsonb' })
  conditions: RuleCondition[];

  @Column({ type: 'jsonb' })
  actions: RuleActions;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'routing_rule_department_fk' })
  department?: Department;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'routing_rule_created_by_fk' })
  creator?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
