import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DepartmentMembership } from './entities/department-membership.entity';
import { User } from './entities/user.entity';
import { membershipRows } from './org-rules';

/** The user with their memberships, row-locked for the rest of the transaction. */
export async function lockUser(manager: EntityManager, id: string): Promise<User> {
  const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!user) throw new NotFoundException('User not found');
  user.memberships = await manager.find(DepartmentMembership, { where: { userId: id } });
  return user;
}

export async function loadUserWithMemberships(manager: EntityManager, id: string): Promise<User | null> {
  return manager.findOne(User, { where: { id }, relations: { memberships: true } });
}

/**
 * Ids of the active admins, locked: two admins demoting or deactivating each other at the same
 * moment are serialised, so the organisation never ends up with no admin.
 */
export async function lockActiveAdminIds(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM app_user WHERE role = 'admin' AND status = 'active' ORDER BY id FOR UPDATE`,
  );
  return rows.map((r) => r.id);
}

/** Replaces the user's departments; the owner flag follows the role. */
export async function replaceMemberships(manager: EntityManager, user: Pick<User, 'id' | 'role'>, departmentIds: readonly string[]): Promise<void> {
  await manager.delete(DepartmentMembership, { userId: user.id });
  const rows = membershipRows(user.id, user.role, departmentIds);
  if (rows.length) await manager.insert(DepartmentMembership, rows);
}
