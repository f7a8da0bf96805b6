import type { PortalCaseEvent } from '@fullcircle/shared';

/** Case events a customer sees. Internal notes, routing, assignment and SLA alarms are staff business. */
export const CUSTOMER_VISIBLE_EVENTS = [
  'opened',
  'attached',
  'status_changed',
  'reply_queued',
  'action_added',
  'action_updated',
  'resolved',
  'reopened',
  'closed',
  'merged',
  'survey_sent',
  'survey_answered',
  'initiative_linked',
  'initiative_update',
] as const;

const STATUS_WORDS: Record<string, string> = {
  triage: 'received',
  new: 'received',
  assigned: 'with a team member',
  in_progress: 'being worked on',
  waiting_on_customer: 'waiting for your answer',
  resolved: 'resolved',
  closed: 'closed',
};

export const customerStatus = (status: string) => STATUS_WORDS[status] ?? status.replaceAll('_', ' ');
const channelName = (channel: unknown) => (channel === 'sms' ? 'SMS' : channel === 'in_app' ? 'this portal' : 'email');

/**
 * A sentence for the customer about one event, or null when the event says nothing to them (a
 * suppressed reply). Staff-written free text (notes on a status change, resolution summaries,
 * reopen reasons) is left out: it was written for colleagues.
 */
export function customerEventSummary(type: string, data: Record<string, unknown>): string | null {
  switch (type) {
    case 'opened':
      return 'We received your feedback and opened a case';
    case 'attached':
      return 'You wrote again; your message joined this case';
    case 'status_changed':
      return `Your case is ${customerStatus(String(data.to))}`;
    case 'reply_queued':
      return data.status === 'suppressed' ? null : `We replied to you by ${channelName(data.channel)}`;
    case 'action_added':
      return `We are taking action: ${String(data.description ?? '')}`;
    case 'action_updated':
      return data.status === 'done' ? `Action completed: ${String(data.description ?? '')}` : data.status === 'cancelled' ? `Action cancelled: ${String(data.description ?? '')}` : null;
    case 'resolved':
      return 'We resolved your case';
    case 'reopened':
      return 'Your case was reopened';
    case 'closed':
      return 'Your case was closed';
    case 'merged':
      return `Joined with case ${String(data.intoReference ?? '')} about the same thing`;
    case 'survey_sent':
      return data.status === 'suppressed' ? null : `We asked you how we did, by ${channelName(data.channel)}`;
    case 'survey_answered':
      return `You answered our follow-up: ${String(data.scale ?? '').toUpperCase()} ${String(data.score ?? '')}`;
    case 'initiative_linked':
      return `Your feedback is part of “${String(data.title ?? 'an improvement')}”`;
    case 'initiative_update':
      return `Update on “${String(data.title ?? 'an improvement')}”: ${String(data.message ?? '')}`;
    default:
      return null;
  }
}

export function toPortalCaseEvent(row: { id: string; type: string; data: Record<string, unknown>; occurred_at: Date }): PortalCaseEvent | null {
  const summary = customerEventSummary(row.type, row.data ?? {});
  return summary ? { id: row.id, type: row.type, summary, at: row.occurred_at.toISOString() } : null;
}
