import type { UpdateRoutingSettingsRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateRoutingSettings } from '../../../../api/routing.api';
import { routingKeys } from '../../routing.keys';

export function useUpdateRoutingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateRoutingSettingsRequest) => updateRoutingSettings(body),
    onSuccess: (settings) => queryClient.setQueryData(routingKeys.settings(), settings),
  });
}
