import { ROLES, type Department, type Role, type User } from '@fullcircle/shared';
import { ROLE_LABELS } from '../../app/role-home';

/**
 * Events carry ids, not names (the API snapshots only the actor's name), so the page resolves
 * targets against the users and departments lists it already has.
 */
export interface AuditLookup {
  users: ReadonlyMap<string, Pick<User, 'name' | 'email'>>;
  departments: ReadonlyMap<string, Pick<Department, 'name'>>;
}

export const EMPTY_LOOKUP: AuditLookup = { users: new Map(), departments: new Map() };

export function buildLookup(users: readonly User[] = [], departments: readonly Department[] = []): AuditLookup {
  return { users: new Map(users.map((u) => [u.id, u])), departments: new Map(departments.map((d) => [d.id, d])) };
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** "member", "department owner"; anything else as it came. */
export function roleName(value: unknown): string {
  return isRole(value) ? ROLE_LABELS[value].toLowerCase() : String(value);
}

export function idList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function departmentNames(ids: readonly string[], lookup: AuditLookup): string[] {
  return ids.map((id) => lookup.departments.get(id)?.name ?? 'an unknown department');
}

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "Support", "Support and Billing", "Support, Billing and Returns". */
export function joinList(items: readonly string[]): string {
  return LIST.format(items);
}

/** Target types as the filter and the entries name them. */
export const TARGET_TYPE_LABELS: Record<string, { one: string; many: string }> = {
  user: { one: 'User', many: 'Users' },
  department: { one: 'Department', many: 'Departments' },
  session: { one: 'Session', many: 'Sessions' },
  organisation: { one: 'Organisation', many: 'Organisation' },
};

export function targetTypeLabel(type: string, form: 'one' | 'many' = 'one'): string {
  // No guessed plurals for types this page does not know yet: "Team" reads fine as a filter too.
  return TARGET_TYPE_LABELS[type]?.[form] ?? type.charAt(0).toUpperCase() + type.slice(1);
}

/** What an entry names as its target: today's name where known, else a short id. */
export function targetOf(type: string, id: string | null, lookup: AuditLookup): { label: string; name: string | null; title?: string } {
  const label = targetTypeLabel(type);
  if (!id) return { label, name: null };
  if (type === 'user') {
    const user = lookup.users.get(id);
    return user ? { label, name: user.name, title: user.email } : { label, name: 'Unknown user', title: id };
  }
  if (type === 'department') {
    const department = lookup.departments.get(id);
    return department ? { label, name: department.name } : { label, name: 'Unknown department', title: id };
  }
  return { label, name: id.slice(0, 8), title: id };
}
