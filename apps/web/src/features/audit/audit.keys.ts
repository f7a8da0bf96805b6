import type { ListAuditQuery } from '@fullcircle/shared';

export type AuditFilters = Pick<ListAuditQuery, 'targetType'>;

export const auditKeys = {
  all: ['audit'] as const,
  events: () => [...auditKeys.all, 'events'] as const,
  eventList: (filters: AuditFilters) => [...auditKeys.events(), 'list', filters] as const,
};
