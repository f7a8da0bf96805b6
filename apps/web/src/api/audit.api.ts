import type { AuditEvent, ListAuditQuery } from '@fullcircle/shared';
import { request } from './http';

/** Newest first; `before` (an occurredAt) pages back in time. */
export function listAuditEvents(query: Partial<ListAuditQuery> = {}): Promise<AuditEvent[]> {
  return request<AuditEvent[]>('/api/audit', {
    query: { limit: query.limit === undefined ? undefined : String(query.limit), before: query.before, targetType: query.targetType },
  });
}
