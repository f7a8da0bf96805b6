import type { Role } from '@fullcircle/shared';

/** Where each role lands after signing in, and what "/" means for them. */
export const ROLE_HOME = {
  admin: '/settings/users',
  executive: '/dashboard',
  owner: '/inbox',
  member: '/inbox',
} as const satisfies Record<Role, string>;

export type RoleHomePath = (typeof ROLE_HOME)[Role];

export function homePathFor(role: Role): RoleHomePath {
  return ROLE_HOME[role];
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  executive: 'Executive',
  owner: 'Department owner',
  member: 'Member',
};
