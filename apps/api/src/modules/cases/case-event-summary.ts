import type { CaseEventType } from '@fullcircle/shared';

const STEP_TARGET: Record<string, string> = { first_response: 'first response', resolution: 'resolution' };

interface Named {
  id: string;
  name: string;
  as?: string;
}

const people = (list: Named[] | undefined) =>
  list && list.length ? list.map((p) => (p.as ? `${p.name} (${p.as})` : p.name)).join(', ') : 'nobody (no one holds that role)';

/**
 * A sentence for people about one case event. `names` resolves department and user ids that the
 * event's data refers to (as they are called now).
 */
export function summariseCaseEvent(type: CaseEventType, data: Record<string, unknown>, names: ReadonlyMap<string, string>): string {
  const name = (id: unknown) => (typeof id === 'string' ? (names.get(id) ?? 'someone no longer here') : 'nobody');
  const target = STEP_TARGET[String(data.target)] ?? 'SLA';
  switch (type) {
    case 'opened':
      return 'Case opened for new feedback';
    case 'routed':
      return String(data.explanation ?? 'Routed');
    case 'attached':
      return data.sameConversation ? 'The customer wrote again in the same conversation' : 'Follow-up from the same customer joined this case';
    case 'assigned':
      return `Assigned to ${name(data.assigneeId)}${data.strategy === 'round_robin' ? ' (round robin)' : data.strategy === 'least_open' ? ' (fewest open cases)' : ''}`;
    case 'reassigned': {
      const reason = `: “${String(data.reason ?? '')}”`;
      const person = data.toAssigneeId ? name(data.toAssigneeId) : null;
      if (data.toDepartmentId === data.fromDepartmentId) return `${person ? `Reassigned to ${person}` : 'Unassigned'}${reason}`;
      const moved = `Moved from ${data.fromDepartmentId ? name(data.fromDepartmentId) : 'triage'} to ${name(data.toDepartmentId)}`;
      return `${moved}${person ? `, assigned to ${person}` : ', unassigned'}${reason}`;
    }
    case 'status_changed':
      return `Status changed to ${String(data.to).replaceAll('_', ' ')}${data.note ? `: “${String(data.note)}”` : ''}`;
    case 'paused':
      return 'SLA clock paused while waiting on the customer';
    case 'resumed':
      return `SLA clock resumed: ${String(data.reason ?? 'work started again')}`;
    case 'sla_warning':
      return `${capitalise(target)} due soon: warned ${people(data.notified as Named[])}`;
    case 'sla_breached':
      return `${capitalise(target)} overdue: escalated to ${people(data.notified as Named[])}`;
    case 'escalated':
      return `${capitalise(target)} still overdue: escalated to ${people(data.notified as Named[])}`;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
