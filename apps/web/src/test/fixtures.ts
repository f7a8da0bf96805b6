import type { Department, Role, SessionUser, User } from '@fullcircle/shared';

export const DEPARTMENTS: Department[] = [
  { id: '8d1f6f3e-5d43-4c1b-9d55-8c4a8f0b0001', name: 'Support', slug: 'support', description: 'Help for customers', ownerIds: [], memberCount: 3, createdAt: '2026-11-01T10:00:00.000Z' },
  { id: '8d1f6f3e-5d43-4c1b-9d55-8c4a8f0b0002', name: 'Billing', slug: 'billing', description: null, ownerIds: [], memberCount: 1, createdAt: '2026-11-01T10:00:00.000Z' },
];

export function sessionUser(role: Role, departmentIds: string[] = []): SessionUser {
  return { id: '0b7a4f0e-1111-4c1b-9d55-8c4a8f0b1111', email: `${role}@example.test`, name: `Test ${role}`, role, departmentIds };
}

export function user(overrides: Partial<User> = {}): User {
  return {
    id: '0b7a4f0e-2222-4c1b-9d55-8c4a8f0b2222',
    email: 'sam@example.test',
    name: 'Sam Rivera',
    role: 'member',
    status: 'active',
    departmentIds: [DEPARTMENTS[0].id],
    lastLoginAt: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}
