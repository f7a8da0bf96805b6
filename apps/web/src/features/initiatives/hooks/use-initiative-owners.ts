import { useQuery } from '@tanstack/react-query';
import { listInitiativeOwners } from '../../../api/initiatives.api';
import { initiativesKeys } from '../initiatives.keys';

/** Who may be named owner; rarely changes, so one fetch serves every dialog for a while. */
export function useInitiativeOwners() {
  return useQuery({ queryKey: initiativesKeys.owners(), queryFn: listInitiativeOwners, staleTime: 5 * 60_000 });
}
