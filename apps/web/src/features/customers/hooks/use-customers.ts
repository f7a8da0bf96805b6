import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { listCustomers } from '../../../api/customers.api';
import { customersKeys } from '../customers.keys';

export const CUSTOMERS_PAGE_SIZE = 25;

/** Keyset pages of customers matching `search`; the API says where the next page starts. */
export function useCustomers(search: string | undefined, limit = CUSTOMERS_PAGE_SIZE) {
  return useInfiniteQuery({
    queryKey: customersKeys.list({ search, limit }),
    // The signal drops the answer to a search the person has already typed past.
    queryFn: ({ pageParam, signal }) => listCustomers({ search, limit, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // Keep the list steady while the next search loads.
    placeholderData: keepPreviousData,
  });
}
