import type { CommunicationPreferences } from '@fullcircle/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getCommunicationPreferences, updateCommunicationPreferences } from '../../../api/communications.api';
import { communicationsKeys } from '../communications.keys';

export function useCommunicationPreferences() {
  return useQuery({ queryKey: communicationsKeys.preferences(), queryFn: getCommunicationPreferences });
}

export function useUpdateCommunicationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommunicationPreferences) => updateCommunicationPreferences(body),
    onSuccess: (saved) => queryClient.setQueryData(communicationsKeys.preferences(), saved),
  });
}
