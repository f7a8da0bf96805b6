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
    case 'reply_queued':
      return data.status === 'suppressed'
        ? `Reply by ${channelName(data.channel)} not sent: ${String(data.reason ?? 'not allowed')}`
        : `Reply queued by ${channelName(data.channel)}`;
    case 'message_status':
      return `${capitalise(purposeName(data.purpose))} by ${channelName(data.channel)} ${String(data.status)}${data.reason ? `: ${String(data.reason)}` : ''}`;
    case 'note_added': {
      const mentions = Array.isArray(data.mentions) ? data.mentions : [];
      return mentions.length ? `Internal note, mentioning ${mentions.map(name).join(', ')}` : 'Internal note added';
    }
    case 'action_added':
      return `Action added: ${String(data.description ?? '')}`;
    case 'action_updated':
      return `Action ${data.status ? `marked ${String(data.status)}` : 'updated'}: ${String(data.description ?? '')}`;
    case 'resolved':
      return data.noReplyReason
        ? `Resolved without a reply to the customer: “${String(data.noReplyReason)}”`
        : `Resolved${data.summary ? `: “${String(data.summary)}”` : ''}`;
    case 'reopened':
      return `Reopened: ${String(data.reason ?? '')}`;
    case 'closed':
      return data.automatic ? `Closed automatically, ${String(data.days ?? '')} days after it was resolved` : `Closed${data.reason ? `: “${String(data.reason)}”` : ''}`;
    case 'merged':
      return `Merged into ${String(data.intoReference ?? 'another case')} as a duplicate`;
    case 'merged_from':
      return `${String(data.fromReference ?? 'A duplicate case')} was merged into this case (${String(data.items ?? 0)} items)`;
    case 'survey_scheduled':
      return `Follow-up ${String(data.scale ?? '').toUpperCase()} survey scheduled for ${formatInstant(data.at)}`;
    case 'survey_sent':
      return data.status === 'suppressed'
        ? `Follow-up survey not sent: ${String(data.reason ?? '')}`
        : `Follow-up survey sent by ${channelName(data.channel)}`;
    case 'survey_answered':
      return `The customer answered the follow-up: ${String(data.scale ?? '').toUpperCase()} ${String(data.score)}${data.comment ? `, “${String(data.comment)}”` : ''}`;
    case 'survey_cancelled':
      return `Follow-up survey cancelled: ${String(data.reason ?? '')}`;
    case 'initiative_linked':
      return `Linked to the initiative “${String(data.title ?? '')}”`;
    case 'initiative_update':
      return `Initiative “${String(data.title ?? '')}” ${data.kind === 'declined' ? 'declined' : data.kind === 'shipped' ? 'shipped' : 'update'}: ${String(data.message ?? '')}`;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const channelName = (channel: unknown) => (channel === 'sms' ? 'SMS' : channel === 'in_app' ? 'the customer portal' : 'email');
const purposeName = (purpose: unknown) => (purpose === 'survey' ? 'survey' : purpose === 'announcement' ? 'announcement' : 'reply');
const formatInstant = (at: unknown) => (typeof at === 'string' ? new Date(at).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : 'later');
