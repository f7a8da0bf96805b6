import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listMentionable } from '../../../api/cases.api';
import { casesKeys } from '../cases.keys';

/** Colleagues who may be mentioned on the case whose names start with `q` (all of them, up to `limit`, for an empty `q`). */
export function useMentionable(caseId: string, q: string, options: { enabled?: boolean; limit?: number } = {}) {
  return useQuery({
    queryKey: [...casesKeys.mentionable(caseId, q), options.limit ?? null],
    queryFn: ({ signal }) => listMentionable(caseId, { q, limit: options.limit }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    enabled: options.enabled ?? true,
  });
}
