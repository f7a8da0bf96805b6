import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listCases } from '../../../api/cases.api';
import { casesKeys } from '../cases.keys';

/** Cases matching a reference or words, open or not, for picking one (merge target). */
export function useFindCases(q: string) {
  const filters = { view: 'all', q, sort: 'newest', limit: 8 } as const;
  return useQuery({
    queryKey: casesKeys.list(filters),
    queryFn: ({ signal }) => listCases(filters, signal),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}
