import type { TimelineEntry } from '@fullcircle/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getCustomerTimeline } from '../../../api/customers.api';
import { customersKeys } from '../customers.keys';

export const TIMELINE_PAGE_SIZE = 25;

/** The customer's cross-channel history, newest first; each older page starts before the oldest entry shown. */
export function useCustomerTimeline(customerId: string) {
  return useInfiniteQuery({
    queryKey: customersKeys.timeline(customerId),
    queryFn: ({ pageParam }) => getCustomerTimeline(customerId, { before: pageParam, limit: TIMELINE_PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    // A short page is the last one.
    getNextPageParam: (page) => (page.length < TIMELINE_PAGE_SIZE ? undefined : page[page.length - 1].id),
  });
}

/** One row per entry, even if a page boundary moved while older pages loaded. */
export function uniqueEntries(pages: TimelineEntry[][] | undefined): TimelineEntry[] {
  const seen = new Set<string>();
  return (pages ?? []).flat().filter((entry) => {
    const key = `${entry.kind}:${entry.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
