import type { ListSurgesQuery } from '@fullcircle/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dismissSurge, getSurge, listSurges, openIncident, publishSurgeUpdate, resolveSurgeCases } from '../../../api/surges.api';
import { surgesKeys } from '../surges.keys';

/** Surges change every minute (the detector): refetched every 30 s. */
const POLL_MS = 30_000;

export function useSurges(query: ListSurgesQuery) {
  return useQuery({ queryKey: surgesKeys.list(query), queryFn: () => listSurges(query), refetchInterval: POLL_MS });
}

export function useSurge(id: string, page: number) {
  return useQuery({ queryKey: surgesKeys.detail(id, page), queryFn: () => getSurge(id, page), refetchInterval: POLL_MS });
}

function useSurgeMutation<TArg, TResult>(id: string, fn: (arg: TArg) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: surgesKeys.details(id) }), queryClient.invalidateQueries({ queryKey: surgesKeys.lists() })]);
    },
  });
}

export const useOpenIncident = (id: string) => useSurgeMutation(id, () => openIncident(id));
export const useDismissSurge = (id: string) => useSurgeMutation(id, () => dismissSurge(id));
export const usePublishSurgeUpdate = (id: string) => useSurgeMutation(id, (message: string) => publishSurgeUpdate(id, { message }));
export const useResolveSurgeCases = (id: string) => useSurgeMutation(id, (message: string) => resolveSurgeCases(id, { message }));
