import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getInitiative } from '../../../api/initiatives.api';
import { initiativesKeys } from '../initiatives.keys';

export function useInitiative(id: string, linksOffset = 0) {
  return useQuery({
    queryKey: initiativesKeys.detail(id, linksOffset),
    queryFn: () => getInitiative(id, { linksOffset }),
    placeholderData: keepPreviousData,
    // Told counts fill in as the worker fans an update out.
    refetchInterval: (q) => (q.state.data?.updates.some((u) => !u.fannedOutAt) ? 2_000 : false),
  });
}
