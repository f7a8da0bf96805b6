import type { CloseCaseRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { closeCase } from '../../../api/cases.api';
import { afterCaseChanged } from './invalidate-cases';

export function useCloseCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CloseCaseRequest) => closeCase(caseId, body),
    onSuccess: (updated) => afterCaseChanged(queryClient, updated),
  });
}
