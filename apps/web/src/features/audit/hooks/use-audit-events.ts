import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { listAuditEvents } from '../../../api/audit.api';
import { auditKeys, type AuditFilters } from '../audit.keys';

export const AUDIT_PAGE_SIZE = 50;

/** Pages of events, newest first; the next page starts before the oldest event shown. */
export function useAuditEvents(filters: AuditFilters = {}) {
  return useInfiniteQuery({
    queryKey: auditKeys.eventList(filters),
    queryFn: ({ pageParam }) => listAuditEvents({ ...filters, limit: AUDIT_PAGE_SIZE, before: pageParam }),
    initialPageParam: undefined as string | undefined,
    // A short page is the last one.
    getNextPageParam: (page) => (page.length < AUDIT_PAGE_SIZE ? undefined : page[page.length - 1].occurredAt),
    // The worker records events a moment after the change, so coming back to the tab should show them
    // even inside the app-wide 30 s staleTime.
    refetchOnWindowFocus: 'always',
    // Keep the list steady while another target type loads.
    placeholderData: keepPreviousData,
  });
}
