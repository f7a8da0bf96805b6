import type { CommunicationSettings } from '@fullcircle/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getCommunicationSettings, updateCommunicationSettings } from '../../../api/communications.api';
import { communicationsKeys } from '../communications.keys';

export function useCommunicationSettings() {
  return useQuery({ queryKey: communicationsKeys.settings(), queryFn: getCommunicationSettings });
}

export function useUpdateCommunicationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommunicationSettings) => updateCommunicationSettings(body),
    onSuccess: (saved) => queryClient.setQueryData(communicationsKeys.settings(), saved),
  });
}
