import { useQuery } from '@tanstack/react-query';
import { getRoutingSettings } from '../../../../api/routing.api';
import { routingKeys } from '../../routing.keys';

export function useRoutingSettings(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: routingKeys.settings(), queryFn: getRoutingSettings, enabled: options.enabled ?? true });
}
