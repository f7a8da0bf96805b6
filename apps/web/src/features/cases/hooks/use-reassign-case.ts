import type { ReassignCaseRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reassignCase } from '../../../api/cases.api';
import { afterCaseChanged } from './invalidate-cases';

export function useReassignCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReassignCaseRequest) => reassignCase(caseId, body),
    onSuccess: (updated) => afterCaseChanged(queryClient, updated),
  });
}
