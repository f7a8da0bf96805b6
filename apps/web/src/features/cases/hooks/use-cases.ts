import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { listCases } from '../../../api/cases.api';
import { casesKeys, type CaseListFilters } from '../cases.keys';

export const INBOX_PAGE_SIZE = 25;

/** Keyset pages of the inbox for one view and set of filters; the API says where the next page starts. */
export function useCases(filters: CaseListFilters, options: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: casesKeys.list(filters),
    // The signal drops the answer to a search the person has already typed past.
    queryFn: ({ pageParam, signal }) => listCases({ ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // Keep the table steady while another tab or filter loads.
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
