import type { ReopenCaseRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reopenCase } from '../../../api/cases.api';
import { afterCaseChanged } from './invalidate-cases';

export function useReopenCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReopenCaseRequest) => reopenCase(caseId, body),
    onSuccess: (updated) => afterCaseChanged(queryClient, updated),
  });
}
