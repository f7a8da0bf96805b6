import { useQuery } from '@tanstack/react-query';
import { getCaseContext } from '../../../api/cases.api';
import { casesKeys } from '../cases.keys';

export function useCaseContext(caseId: string) {
  return useQuery({ queryKey: casesKeys.context(caseId), queryFn: () => getCaseContext(caseId) });
}
