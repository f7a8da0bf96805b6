import { useQuery } from '@tanstack/react-query';
import { listApiKeys } from '../../../api/intake.api';
import { intakeKeys } from '../intake.keys';

export function useApiKeys() {
  return useQuery({ queryKey: intakeKeys.apiKeys(), queryFn: listApiKeys });
}
