import type { Department as DepartmentDto, User as UserDto } from '@fullcircle/shared';
import type { Department } from './entities/department.entity';
import type { User } from './entities/user.entity';

export interface DepartmentStats {
  ownerIds: string[];
  memberCount: number;
}

export function toDepartmentDto(d: Department, stats: DepartmentStats = { ownerIds: [], memberCount: 0 }): DepartmentDto {
  return {
    id: d.id,
    name: d.name,
    slug: d.slug,
    description: d.description,
    ownerIds: stats.ownerIds,
    memberCount: stats.memberCount,
    createdAt: d.createdAt.toISOString(),
  };
}

/** `u.memberships` must be loaded. */
export function toUserDto(u: User): UserDto {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    status: u.status,
    departmentIds: (u.memberships ?? []).map((m) => m.departmentId).sort(),
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
