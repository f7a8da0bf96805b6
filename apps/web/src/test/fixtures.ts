import type { ApiKey, CustomerDetail, CustomerSummary, Department, Role, SessionUser, TimelineEntry, User } from '@fullcircle/shared';

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

const HOUR = 3600_000;

export function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * HOUR).toISOString();
}

export function customerSummary(overrides: Partial<CustomerSummary> = {}): CustomerSummary {
  return {
    id: 'c0570e2a-0000-4c1b-9d55-8c4a8f0c0001',
    name: 'Jane Doe',
    primaryEmail: 'jane@example.test',
    primaryPhone: null,
    feedbackCount: 3,
    lastFeedbackAt: hoursAgo(2),
    createdAt: '2026-10-01T09:00:00.000Z',
    ...overrides,
  };
}

export function customerDetail(overrides: Partial<CustomerDetail> = {}): CustomerDetail {
  return {
    ...customerSummary(),
    locale: 'en-GB',
    identities: [
      { id: 'd1d1d1d1-0000-4c1b-9d55-8c4a8f0c0001', kind: 'email', value: 'jane@example.test', verified: true, createdAt: '2026-10-01T09:00:00.000Z' },
      { id: 'd1d1d1d1-0000-4c1b-9d55-8c4a8f0c0002', kind: 'phone', value: '+447700900123', verified: false, createdAt: '2026-10-02T09:00:00.000Z' },
    ],
    consents: [],
    consentHistory: [],
    ...overrides,
  };
}

export function feedbackEntry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    kind: 'feedback',
    id: 'fb000000-0000-4c1b-9d55-8c4a8f0c0001',
    channel: 'api',
    subject: null,
    text: 'The checkout page timed out.',
    score: null,
    language: 'en',
    sentiment: null,
    topics: [],
    conversationReference: 'FC-7K3M9QX2',
    at: hoursAgo(1),
    ...overrides,
  };
}

export function apiKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: 'a9a9a9a9-0000-4c1b-9d55-8c4a8f0c0001',
    name: 'Help centre',
    prefix: 'fc_3kq9',
    scopes: ['intake:write'],
    createdAt: hoursAgo(48),
    createdByName: 'Ada Admin',
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}
