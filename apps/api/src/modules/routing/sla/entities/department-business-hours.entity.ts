import type { BusinessHours } from '@fullcircle/shared';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Department } from '../../../org/entities/department.entity';

/** When a department works; a department without a row is always open. */
@Entity({ name: 'department_business_hours' })
export class DepartmentBusinessHours {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'department_business_hours_pkey' })
  departmentId: string;

  @Column({ type: 'jsonb' })
  hours: BusinessHours;

  @OneToOne(() => Department, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'department_business_hours_department_fk' })
  department?: Department;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
