import type { ChangeCaseStatusRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changeCaseStatus } from '../../../api/cases.api';
import { afterCaseChanged } from './invalidate-cases';

export function useChangeCaseStatus(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangeCaseStatusRequest) => changeCaseStatus(caseId, body),
    onSuccess: (updated) => afterCaseChanged(queryClient, updated),
  });
}
