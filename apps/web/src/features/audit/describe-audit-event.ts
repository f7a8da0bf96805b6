import type { AuditEvent } from '@fullcircle/shared';
import { departmentNames, idList, joinList, roleName, type AuditLookup } from './audit-lookup';

interface Context {
  actor: string;
  lookup: AuditLookup;
}

type Describer = (event: AuditEvent, context: Context) => string;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return isRecord(value) && 'from' in value && 'to' in value;
}

/** Who did it: the name snapshotted on the event, else today's name for the id, else the system. */
export function actorOf(event: AuditEvent, lookup: AuditLookup): string {
  if (event.actorName) return event.actorName;
  if (event.actorId) return lookup.users.get(event.actorId)?.name ?? 'A former user';
  return 'System';
}

function userName(event: AuditEvent, lookup: AuditLookup): string {
  return (event.targetId && lookup.users.get(event.targetId)?.name) || 'a user';
}

/** "Nia Okafor's", or "their" when people act on themselves. */
function userPossessive(event: AuditEvent, lookup: AuditLookup): string {
  if (event.actorId && event.actorId === event.targetId) return 'their';
  return `${userName(event, lookup)}'s`;
}

function departmentName(event: AuditEvent, lookup: AuditLookup, fallback: unknown): string {
  const current = event.targetId ? lookup.departments.get(event.targetId)?.name : undefined;
  return current ?? (typeof fallback === 'string' && fallback ? fallback : 'a department');
}

const DESCRIBERS: Record<string, Describer> = {
  'org.user.invited': (event, { actor, lookup }) => {
    const user = event.targetId ? lookup.users.get(event.targetId) : undefined;
    const who = user ? `${user.name} (${user.email})` : 'a user';
    const departments = idList(event.data.departmentIds);
    const where = departments.length ? ` in ${joinList(departmentNames(departments, lookup))}` : '';
    return `${actor} invited ${who} as ${roleName(event.data.role)}${where}`;
  },
  'org.user.updated': (event, { actor, lookup }) => {
    const parts: string[] = [];
    if (isChange(event.data.role)) parts.push(`role from ${roleName(event.data.role.from)} to ${roleName(event.data.role.to)}`);
    if (isChange(event.data.departmentIds)) {
      const to = idList(event.data.departmentIds.to);
      parts.push(`departments to ${to.length ? joinList(departmentNames(to, lookup)) : 'none'}`);
    }
    if (event.data.name !== undefined) parts.push('name');
    if (parts.length === 0) return `${actor} updated ${userName(event, lookup)}`;
    return `${actor} changed ${userPossessive(event, lookup)} ${joinList(parts)}`;
  },
  'org.user.deactivated': (event, { actor, lookup }) => `${actor} deactivated ${userName(event, lookup)}`,
  'org.user.reactivated': (event, { actor, lookup }) =>
    event.data.to === 'invited'
      ? `${actor} reactivated ${userName(event, lookup)}, whose invitation works again`
      : `${actor} reactivated ${userName(event, lookup)}`,
  'org.department.created': (event, { actor, lookup }) => `${actor} created the department ${departmentName(event, lookup, event.data.name)}`,
  'org.department.updated': (event, { actor, lookup }) => {
    const changes = isRecord(event.data.changes) ? event.data.changes : {};
    const name = departmentName(event, lookup, changes.name);
    const fields = Object.keys(changes);
    if (fields.length === 0) return `${actor} updated the department ${name}`;
    return `${actor} changed the ${joinList(fields)} of the department ${name}`;
  },
  'auth.password.changed': (_event, { actor }) => `${actor} changed their password`,
  'auth.invitation.accepted': (_event, { actor }) => `${actor} accepted their invitation`,
  'org.demo.seeded': (event, { actor }) => {
    const { departments, users } = event.data;
    return typeof departments === 'number' && typeof users === 'number'
      ? `${actor} set up the demo organisation with ${departments} departments and ${users} users`
      : `${actor} set up the demo organisation`;
  },
};

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * One readable sentence per event ("Ada Admin invited Milo (milo@…) as member"). Actions this
 * page does not know yet read as the actor and the raw action, so new events are never hidden.
 */
export function describeAuditEvent(event: AuditEvent, lookup: AuditLookup): string {
  const context = { actor: actorOf(event, lookup), lookup };
  const describe = DESCRIBERS[event.action];
  return capitalise(describe ? describe(event, context) : `${context.actor}: ${event.action}`);
}
