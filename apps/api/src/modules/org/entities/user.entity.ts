import { ROLES, USER_STATUSES, type Role, type UserStatus } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DepartmentMembership } from './department-membership.entity';

const oneOf = (column: string, values: readonly string[]) => `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;

/** A staff member. `user` is a reserved word in PostgreSQL, hence the table name. */
@Entity({ name: 'app_user' })
@Index('app_user_email_idx', ['email'], { unique: true })
@Index('app_user_invitation_token_idx', ['invitationTokenHash'], { unique: true, where: 'invitation_token_hash IS NOT NULL' })
@Check('app_user_email_lower_check', '"email" = lower("email")')
@Check('app_user_role_check', oneOf('role', ROLES))
@Check('app_user_status_check', oneOf('status', USER_STATUSES))
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased (the check enforces it), so the unique index is case-insensitive. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text', default: 'invited' })
  status: UserStatus;

  /** argon2id; null until the invitation is accepted. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  /** SHA-256 of the invitation token; the token itself is only ever in the invitation link. */
  @Column({ type: 'text', nullable: true })
  invitationTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  invitationExpiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @OneToMany('DepartmentMembership', (m: DepartmentMembership) => m.user)
  memberships?: DepartmentMembership[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
