import { useQuery } from '@tanstack/react-query';
import { listChannelStatuses } from '../../../api/intake.api';
import { intakeKeys } from '../intake.keys';

/** Refreshed every 15 s while the page is open, so new deliveries and errors show up without a reload. */
export function useChannelStatuses() {
  return useQuery({ queryKey: intakeKeys.channels(), queryFn: listChannelStatuses, refetchInterval: 15_000 });
}
