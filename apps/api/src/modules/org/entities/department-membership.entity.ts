import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Department } from './department.entity';
import { User } from './user.entity';

/** A staff member's place in a department; owners lead it (isOwner mirrors the user's 'owner' role). */
@Entity({ name: 'department_membership' })
@Index('department_membership_department_idx', ['departmentId'])
export class DepartmentMembership {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'department_membership_pkey' })
  userId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'department_membership_pkey' })
  departmentId: string;

  @Column({ type: 'boolean', default: false })
  isOwner: boolean;

  @ManyToOne(() => User, (u) => u.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'department_membership_user_fk' })
  user?: User;

  @ManyToOne(() => Department, (d) => d.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'department_membership_department_fk' })
  department?: Department;
}
