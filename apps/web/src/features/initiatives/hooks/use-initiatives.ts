import type { ListInitiativesQuery } from '@fullcircle/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listInitiatives } from '../../../api/initiatives.api';
import { initiativesKeys } from '../initiatives.keys';

export function useInitiatives(filters: ListInitiativesQuery = {}) {
  return useQuery({ queryKey: initiativesKeys.list(filters), queryFn: ({ signal }) => listInitiatives(filters, signal), placeholderData: keepPreviousData });
}
