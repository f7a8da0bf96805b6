import type { LinkFromSearchRequest, LinkInitiativeRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { linkSearchToInitiative, linkToInitiative, unlinkFromInitiative } from '../../../api/initiatives.api';
import { initiativesKeys } from '../initiatives.keys';

/** Items or cases (the case view's picker), or a whole inbox search (the bulk action). */
export function useLinkInitiative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { initiativeId: string } & ({ items: LinkInitiativeRequest } | { search: LinkFromSearchRequest })) =>
      'items' in input ? linkToInitiative(input.initiativeId, input.items) : linkSearchToInitiative(input.initiativeId, input.search),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: initiativesKeys.all }), queryClient.invalidateQueries({ queryKey: ['cases'] })]),
  });
}

export function useUnlinkInitiative(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedbackId: string) => unlinkFromInitiative(initiativeId, feedbackId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativesKeys.all }),
  });
}
